package io.handspec.generator.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.handspec.generator.SpecProblem;
import java.io.IOException;
import java.util.ArrayList;
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

    private final String file;
    private final String text;
    private final boolean json;
    private final Set<String> shallow = new HashSet<>();
    private final List<Ref> refs = new ArrayList<>();
    private final Map<String, Boolean> deepCache = new HashMap<>();
    private JsonNode tree;

    private SourceIndex(String file, String text) {
        this.file = file;
        this.text = text;
        String start = text.stripLeading();
        this.json = start.startsWith("{") || start.startsWith("[");
    }

    /** Indexes {@code text}; a syntax error becomes a {@link SpecProblem} at its line and column. */
    static SourceIndex of(String file, String text, List<SpecProblem> problems) {
        SourceIndex index = new SourceIndex(file, text);
        if (text.isBlank()) {
            problems.add(new SpecProblem(
                    file, 1, 1, "", "the file is empty; an OpenAPI document starts with 'openapi: 3.0.3'"));
            return null;
        }
        try {
            JsonNode tree = new ObjectMapper(index.factory()).readTree(text);
            // only comments or document markers: no value, no pointer
            index.tree = tree == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : tree;
            if (!index.tree.isMissingNode()) {
                index.collect(index.tree, new StringBuilder(), 0);
            }
            return index;
        } catch (JsonProcessingException e) {
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
        } catch (RuntimeException e) {
            problems.add(new SpecProblem(file, 0, 0, "", "cannot read the file: " + e.getMessage()));
            return null;
        }
    }

    /** Records the pointers of the first levels and every {@code $ref} under {@code node}, which stands at {@code pointer}. */
    private void collect(JsonNode node, StringBuilder pointer, int depth) {
        if (depth <= SHALLOW) {
            shallow.add(pointer.toString());
        }
        int length = pointer.length();
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                refs.add(new Ref(pointer.toString(), ref.textValue()));
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                pointer.append('/').append(escape(e.getKey()));
                collect(e.getValue(), pointer, depth + 1);
                pointer.setLength(length);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointer.append('/').append(i);
                collect(node.get(i), pointer, depth + 1);
                pointer.setLength(length);
            }
        }
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
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** The whole document as a tree, for checks that need values rather than places. */
    JsonNode tree() throws IOException {
        return tree != null ? tree : new ObjectMapper(factory()).readTree(text);
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
                        best[0] = new Found(here, at.getLineNr(), at.getColumnNr(), pointer.equals(here));
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
        try (JsonParser p = factory().createParser(text)) {
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

    private JsonFactory factory() {
        if (json) {
            return new JsonFactory();
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return YAMLFactory.builder().loaderOptions(options).build();
    }
}
