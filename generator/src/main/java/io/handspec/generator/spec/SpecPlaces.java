package io.handspec.generator.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.handspec.generator.SpecProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where things stand in one spec file, and what is written there: lines of JSON pointers, and the
 * raw values the model does not keep (such as {@code default}). For reports that place what they say.
 */
public final class SpecPlaces {
    private final String file;
    private final SourceIndex index;
    private final JsonNode tree;

    private SpecPlaces(String file, SourceIndex index, JsonNode tree) {
        this.file = file;
        this.index = index;
        this.tree = tree;
    }

    /** The places of {@code file}; a file that cannot be read has none (every line 0). */
    public static SpecPlaces of(Path file) {
        String name = file.toString();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            SourceIndex index = SourceIndex.of(name, text, new ArrayList<>());
            return new SpecPlaces(name, index, index == null ? MissingNode.getInstance() : index.tree());
        } catch (IOException | RuntimeException e) {
            return new SpecPlaces(name, null, MissingNode.getInstance());
        }
    }

    /** The file. */
    public String file() {
        return file;
    }

    /** {@code pointer} if something stands there, else its nearest ancestor that does. */
    public String nearest(String pointer) {
        String p = pointer;
        while (!p.isEmpty() && !has(p)) {
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return p;
    }

    /** Whether something stands at {@code pointer}. */
    public boolean has(String pointer) {
        return index != null && (pointer.isEmpty() || index.has(pointer));
    }

    /** The line {@code pointer} (or its nearest ancestor) starts on, 0 when unknown. */
    public int line(String pointer) {
        if (index == null) {
            return 0;
        }
        SpecProblem at = index.problem(pointer, "");
        return at.line();
    }

    /** The value at {@code pointer}, following {@code $ref}s to this file on the way; missing when none. */
    public JsonNode at(String pointer) {
        JsonNode node = tree;
        if (pointer.isEmpty()) {
            return node;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            node = followed(node);
            String segment = raw.replace("~1", "/").replace("~0", "~");
            node = node.isArray() && segment.matches("\\d+")
                    ? node.path(Integer.parseInt(segment))
                    : node.path(segment);
        }
        return followed(node);
    }

    private JsonNode followed(JsonNode node) {
        // a few hops at most: a ref to a ref is rare, a cycle is refused by the loader before
        for (int hops = 0;
                hops < 8 && node.has("$ref") && node.get("$ref").asText().startsWith("#/");
                hops++) {
            node = tree.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    /**
     * The pointer of the parameter {@code name} in {@code in} of the operation at {@code operation}
     * ({@code /paths/~1tasks/get}): in the operation's list, else in its path's, else the operation.
     */
    public String parameter(String operation, String name, String in) {
        String path = operation.substring(0, operation.lastIndexOf('/'));
        for (String holder : List.of(operation, path)) {
            JsonNode list = at(holder + "/parameters");
            for (int i = 0; i < list.size(); i++) {
                JsonNode p = followed(list.get(i));
                if (name.equals(p.path("name").asText())
                        && in.equalsIgnoreCase(p.path("in").asText())) {
                    return holder + "/parameters/" + i;
                }
            }
        }
        return operation;
    }

    /** {@code token} escaped for a JSON pointer. */
    public static String escape(String token) {
        return SourceIndex.escape(token);
    }
}
