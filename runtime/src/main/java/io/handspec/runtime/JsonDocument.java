package io.handspec.runtime;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;

/**
 * The JSON document of an answer, parsed once: the typed value was read straight from the bytes and
 * everything around it kept as a tree ({@link #at} answers from it: an envelope's total, a next link);
 * the whole tree, value included, is built from the bytes only when someone asks for it.
 */
final class JsonDocument {
    private static final JsonDocument NONE =
            new JsonDocument(null, null, null, null, 0, null, MissingNode.getInstance(), -1, -1);

    private final byte[] bytes;
    private final ObjectMapper mapper;
    /**
     * The document without the value (a null in its place), or {@code null} when the value is all of
     * it or the document is only the path to it.
     */
    private final JsonNode outside;
    /**
     * For a document that is only the path to the value (each container has one member, the next on
     * the path), that path, whose tree is made when asked for; else {@code null}.
     */
    private final JsonPointer onlyPath;
    /** Which depths of {@link #onlyPath} are arrays, by bit. */
    private final long pathArrays;
    /** Where the value sits, as text ("" for the whole document). */
    private final String valueAt;

    private final int valueStart;
    private final int valueEnd;
    private volatile JsonNode whole;

    private JsonDocument(
            byte[] bytes,
            ObjectMapper mapper,
            JsonNode outside,
            JsonPointer onlyPath,
            long pathArrays,
            String valueAt,
            JsonNode whole,
            int valueStart,
            int valueEnd) {
        this.bytes = bytes;
        this.mapper = mapper;
        this.outside = outside;
        this.onlyPath = onlyPath;
        this.pathArrays = pathArrays;
        this.valueAt = valueAt;
        this.whole = whole;
        this.valueStart = valueStart;
        this.valueEnd = valueEnd;
    }

    /** A document known as a whole tree, or none ({@code null}). */
    static JsonDocument of(JsonNode tree) {
        return tree == null ? NONE : new JsonDocument(null, null, null, null, 0, null, tree, -1, -1);
    }

    /**
     * A document whose value at {@code valueAt} was read from {@code bytes[valueStart, valueEnd)}.
     *
     * @param outside    the rest of the document, or {@code null} when the value is the whole document
     *     or the document is only the path to it
     * @param onlyPath   the path to the value when the document is only that, else {@code null}
     * @param pathArrays which depths of {@code onlyPath} are arrays, by bit
     */
    static JsonDocument read(
            byte[] bytes,
            ObjectMapper mapper,
            JsonNode outside,
            JsonPointer onlyPath,
            long pathArrays,
            String valueAt,
            int valueStart,
            int valueEnd) {
        return new JsonDocument(bytes, mapper, outside, onlyPath, pathArrays, valueAt, null, valueStart, valueEnd);
    }

    /** The whole document, parsed from the bytes the first time it is asked for. */
    JsonNode whole() {
        JsonNode tree = whole;
        if (tree == null) {
            synchronized (this) {
                tree = whole;
                if (tree == null) {
                    try {
                        tree = mapper.readTree(bytes);
                    } catch (IOException e) {
                        // it was read once already, as far as the value: anything after is not there
                        tree = MissingNode.getInstance();
                    }
                    whole = tree == null ? MissingNode.getInstance() : tree;
                    tree = whole;
                }
            }
        }
        return tree;
    }

    /** The node at {@code pointer}: from the tree around the value where it can be, else from the whole document. */
    JsonNode at(String pointer) {
        JsonPointer compiled = POINTERS.get(pointer);
        if (outside == null && onlyPath == null || whole != null || related(pointer, valueAt)) {
            return whole().at(compiled);
        }
        JsonNode around =
                outside != null ? outside : ResponseReader.pathTree(onlyPath, pathArrays, 0, mapper.getNodeFactory());
        return around.at(compiled);
    }

    /** Pointers compiled once: a pager asks for the same few on every page. */
    private static final Memo<JsonPointer> POINTERS = new Memo<>(256, JsonPointer::compile);

    /** Whether one pointer leads to or through the other: the tree around the value cannot answer it. */
    private static boolean related(String pointer, String value) {
        return pointer.isEmpty() || leadsTo(pointer, value) || leadsTo(value, pointer);
    }

    /** Whether {@code path} is {@code prefix} or goes on from it by a further step. */
    private static boolean leadsTo(String prefix, String path) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }

    /** The bytes the value was read from, as {@code [start, end)} of the body, or {@code null} when not known. */
    int[] valueRange() {
        return valueStart < 0 || valueEnd < valueStart ? null : new int[] {valueStart, valueEnd};
    }
}
