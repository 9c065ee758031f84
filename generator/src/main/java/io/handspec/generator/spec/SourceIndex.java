package io.handspec.generator.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.handspec.generator.SpecProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Where things stand in a YAML or JSON file. The file is read once into a tree, from which the
 * {@code $ref}s and the pointers of the first three levels (where {@code #/components/schemas/Name}
 * lives) are taken; the tree also serves the checks that need values ({@link #tree()}) until
 * {@link #releaseTree()}, so that it is not held while the parser builds its own. The line and column
 * of a problem are looked up by a streaming pass over the text when a problem is placed, which is rare.
 */
final class SourceIndex {
    private static final int SHALLOW = 3;
    /** The longest key the parser's JSON mapper reads, in characters. */
    private static final int MAX_NAME = StreamReadConstraints.defaults().getMaxNameLength();

    private final String file;
    /** The text, or {@code null} for a JSON object read from {@link #utf8}. */
    private final String text;
    /** The UTF-8 bytes of a JSON object, read without being decoded into a string first; or {@code null}. */
    private final byte[] utf8;

    private final boolean json;
    private final Set<String> shallow = new HashSet<>();
    private final List<Ref> refs = new ArrayList<>();
    private final Map<String, Boolean> deepCache = new HashMap<>();
    private final List<Extension> misplacedExtensions = new ArrayList<>();
    private final List<String> infiniteNumbers = new ArrayList<>();
    private JsonNode tree;
    /** The length of the longest key, in characters. */
    private int longestName;

    private SourceIndex(String file, String text) {
        this.file = file;
        this.text = text;
        this.utf8 = null;
        String start = text.stripLeading();
        this.json = start.startsWith("{") || start.startsWith("[");
    }

    private SourceIndex(String file, byte[] utf8) {
        this.file = file;
        this.text = null;
        this.utf8 = utf8;
        this.json = true;
    }

    /**
     * Indexes a file's {@code text}: a JSON object from its bytes (half the size of a string holding
     * a text that is not all ASCII, and parsed faster), anything else from its string.
     */
    static SourceIndex of(String file, SpecText.Text text, List<SpecProblem> problems) {
        byte[] json = text.jsonObject();
        return json != null ? index(new SourceIndex(file, json), problems) : of(file, text.text(), problems);
    }

    /** Indexes {@code text}; a syntax error becomes a {@link SpecProblem} at its line and column. */
    static SourceIndex of(String file, String text, List<SpecProblem> problems) {
        if (text.isBlank()) {
            problems.add(new SpecProblem(
                    file, 1, 1, "", "the file is empty; an OpenAPI document starts with 'openapi: 3.0.3'"));
            return null;
        }
        return index(new SourceIndex(file, text), problems);
    }

    private static SourceIndex index(SourceIndex index, List<SpecProblem> problems) {
        String file = index.file;
        try {
            JsonNode tree = index.readTree();
            // only comments or document markers: no value, no pointer
            index.tree = tree == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : tree;
            if (!index.tree.isMissingNode()) {
                index.collect(index.tree, new String[16], 0, true, true);
            }
            if (index.utf8 != null && index.longestName > MAX_NAME) {
                return index.fromText(problems);
            }
            return index;
        } catch (JsonProcessingException e) {
            if (index.utf8 != null) {
                return index.fromText(problems);
            }
            JsonLocation at = e.getLocation();
            problems.add(new SpecProblem(
                    file,
                    at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(),
                    "",
                    "syntax error: "
                            + e.getOriginalMessage().lines().findFirst().orElse("")
                            + "; fix the YAML/JSON at this place"));
            return null;
        } catch (IOException | RuntimeException e) {
            problems.add(new SpecProblem(file, 0, 0, "", "cannot read the file: " + e.getMessage()));
            return null;
        }
    }

    /**
     * Records the pointers of the first levels and every {@code $ref} under {@code node}, whose keys
     * from the root are {@code keys[0..depth)}. A pointer is spelt only where one is recorded: most of a
     * large document lies deeper than the first levels and holds no {@code $ref}.
     *
     * <p>The same pass finds what {@link RawChecks} reports about the whole document, so that a large
     * tree is walked once: with {@code extensions}, {@code x-handspec-*} keys standing where the
     * generator does not read them (an example is data and not looked into, nor a misplaced key's
     * value); with {@code numbers}, numbers beyond a double's range (another vendor's extension is left
     * to whoever reads it).
     */
    private void collect(JsonNode node, String[] keys, int depth, boolean extensions, boolean numbers) {
        if (depth <= SHALLOW) {
            shallow.add(pointer(keys, depth));
        }
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                refs.add(new Ref(pointer(keys, depth), ref.textValue()));
            }
            String[] below = depth < keys.length ? keys : Arrays.copyOf(keys, keys.length * 2);
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String key = e.getKey();
                if (key.length() > longestName) {
                    longestName = key.length();
                }
                below[depth] = key;
                boolean ours = key.startsWith("x-handspec-");
                boolean extensionsBelow = extensions;
                if (extensions && ours && !RawChecks.extensionPlace(pointer(below, depth + 1))) {
                    misplacedExtensions.add(new Extension(pointer(below, depth + 1), key));
                    extensionsBelow = false;
                } else if (key.equals("example") || key.equals("examples")) {
                    extensionsBelow = false;
                }
                collect(e.getValue(), below, depth + 1, extensionsBelow, numbers && (ours || !key.startsWith("x-")));
            }
        } else if (node.isArray()) {
            String[] below = depth < keys.length ? keys : Arrays.copyOf(keys, keys.length * 2);
            for (int i = 0; i < node.size(); i++) {
                below[depth] = Integer.toString(i);
                collect(node.get(i), below, depth + 1, extensions, numbers);
            }
        } else if (numbers && (node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
            infiniteNumbers.add(pointer(keys, depth));
        }
    }

    /** The {@code x-handspec-*} keys that stand where the generator does not read them, in document order. */
    List<Extension> misplacedExtensions() {
        return misplacedExtensions;
    }

    /**
     * An extension key where it stands.
     *
     * @param pointer where
     * @param key     the key as written
     */
    record Extension(String pointer, String key) {}

    /** The numbers beyond a double's range, in document order, but for those in other vendors' extensions. */
    List<String> infiniteNumbers() {
        return infiniteNumbers;
    }

    String file() {
        return file;
    }

    /** Whether something stands at {@code pointer}. */
    boolean has(String pointer) {
        if (depth(pointer) <= SHALLOW) {
            return shallow.contains(pointer);
        }
        if (tree != null && pointer.startsWith("/")) {
            return !tree.at(pointer).isMissingNode();
        }
        return deepCache.computeIfAbsent(pointer, p -> locate(p) != null && locate(p).exact);
    }

    /** Every {@code $ref} in the file. */
    List<Ref> refs() {
        return refs;
    }

    /**
     * One {@code $ref}.
     *
     * @param holder the pointer of the object holding it
     * @param target its value
     */
    record Ref(String holder, String target) {}

    /** A problem at {@code pointer}, placed at it or at its nearest ancestor in the file. */
    SpecProblem problem(String pointer, String message) {
        Found found = locate(pointer);
        return new SpecProblem(
                file, found == null ? 0 : found.line, found == null ? 0 : found.column, pointer, message);
    }

    static String escape(String token) {
        return token.indexOf('~') < 0 && token.indexOf('/') < 0
                ? token
                : token.replace("~", "~0").replace("/", "~1");
    }

    /** The whole document as a tree, for checks that need values rather than places. */
    JsonNode tree() throws IOException {
        return tree != null ? tree : readTree();
    }

    private JsonNode readTree() throws IOException {
        ObjectMapper mapper = new ObjectMapper(factory());
        return text != null ? mapper.readTree(text) : mapper.readTree(utf8);
    }

    /**
     * The 1-based column of {@code at} in characters: a parser reading bytes counts bytes, which is
     * not the same on a line with a character beyond ASCII before the place.
     */
    private int column(JsonLocation at) {
        long offset = at.getByteOffset();
        if (text != null || offset < 0) {
            return at.getColumnNr();
        }
        int end = (int) Math.min(offset, utf8.length);
        int start = end;
        while (start > 0 && utf8[start - 1] != '\n' && utf8[start - 1] != '\r') {
            start--;
        }
        return new String(utf8, start, end - start, StandardCharsets.UTF_8).length() + 1;
    }

    /** Lets the tree go: what it served is done, and a large spec's tree is large. */
    void releaseTree() {
        tree = null;
    }

    /** Where {@code pointer} (or its deepest existing ancestor) starts. */
    private Found locate(String pointer) {
        Found[] best = {null};
        try {
            walk((segments, depth, field, parser) -> {
                String here = pointer(segments, depth);
                if (pointer.equals(here) || pointer.startsWith(here + "/") || here.isEmpty()) {
                    JsonLocation at = parser.currentTokenLocation();
                    if (best[0] == null || here.length() >= best[0].pointer.length()) {
                        best[0] = new Found(here, at.getLineNr(), column(at), pointer.equals(here));
                    }
                    return false;
                }
                return true;
            });
        } catch (IOException e) {
            return null;
        }
        return best[0];
    }

    private record Found(String pointer, int line, int column, boolean exact) {}

    /** Sees each value; returns {@code true} to skip its children. */
    private interface Visitor {
        boolean visit(String[] segments, int depth, String field, JsonParser parser) throws IOException;
    }

    private void walk(Visitor visitor) throws IOException {
        try (JsonParser p =
                text != null ? factory().createParser(text) : factory().createParser(utf8)) {
            String[] segments = new String[64];
            int[] indexes = new int[64];
            boolean[] arrays = new boolean[64];
            int depth = 0;
            String field = null;
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    field = p.currentName();
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                    continue;
                }
                String name = null;
                if (depth > 0) {
                    if (arrays[depth - 1]) {
                        name = Integer.toString(indexes[depth - 1]++);
                    } else {
                        name = field;
                    }
                }
                int valueDepth = depth;
                if (valueDepth > 0) {
                    segments[valueDepth - 1] = name;
                }
                boolean skip = visitor.visit(segments, valueDepth, depth > 0 && !arrays[depth - 1] ? name : null, p);
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    if (skip) {
                        p.skipChildren();
                        continue;
                    }
                    if (depth >= segments.length - 1) {
                        p.skipChildren();
                        continue;
                    }
                    arrays[depth] = token == JsonToken.START_ARRAY;
                    indexes[depth] = 0;
                    depth++;
                }
            }
        }
    }

    private static String pointer(String[] segments, int depth) {
        if (depth <= 0) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            s.append('/').append(escape(segments[i] == null ? "" : segments[i]));
        }
        return s.toString();
    }

    private static int depth(String pointer) {
        int d = 0;
        for (int i = 0; i < pointer.length(); i++) {
            if (pointer.charAt(i) == '/') {
                d++;
            }
        }
        return d;
    }

    /**
     * Whether the parser reads this text as JSON into the same tree as {@link #tree()}: it takes a text
     * for JSON when it starts with <code>{</code> after {@link String#trim()}.
     */
    boolean parserJson() {
        if (text == null) {
            return true;
        }
        int i = 0;
        while (i < text.length() && text.charAt(i) <= ' ') {
            i++;
        }
        return json && i < text.length() && text.charAt(i) == '{';
    }

    /**
     * The same text indexed from its string: the parser reads a string, and a syntax error or a key
     * longer than it accepts is reported as reading the string reports it.
     */
    private SourceIndex fromText(List<SpecProblem> problems) {
        return of(file, new String(utf8, StandardCharsets.UTF_8), problems);
    }

    private JsonFactory factory() {
        if (json) {
            // as the parser's JSON mapper reads: a key given twice is an error, not the last one winning
            JsonFactoryBuilder builder = new JsonFactoryBuilder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
            if (utf8 != null) {
                // a key's length is counted in bytes here, in characters in a string: a key of up to the parser's
                // limit in characters is read, and one longer is found by its length in the tree
                builder.streamReadConstraints(StreamReadConstraints.builder()
                        .maxNameLength(MAX_NAME * 4)
                        .build());
            }
            return builder.build();
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return YAMLFactory.builder().loaderOptions(options).build();
    }
}
