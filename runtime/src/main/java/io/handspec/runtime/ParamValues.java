package io.handspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parameter value reduced to what styles write: one text, a list of texts, or ordered name/text
 * pairs (a map, or a model object's properties as its JSON names them).
 */
final class ParamValues {
    /** For model objects only: their JSON form gives the property names and values the wire carries. */
    private static final ObjectMapper MAPPER = Json.newMapper();

    private ParamValues() {}

    /** The texts of a collection, {@code null} when {@code value} is not one. */
    static List<String> list(Object value) {
        if (value instanceof Collection<?> items) {
            List<String> out = new ArrayList<>();
            items.forEach(item -> out.add(text(item)));
            return out;
        }
        return null;
    }

    /** The name/text pairs of a map or model object without its unset ones, {@code null} for scalars and lists. */
    static Map<String, String> object(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, String> out = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (v != null) {
                    out.put(ApiRequest.scalar(k), text(v));
                }
            });
            return out;
        }
        if (isScalar(value) || value instanceof Collection<?>) {
            return null;
        }
        JsonNode tree = MAPPER.valueToTree(value);
        if (!tree.isObject()) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        tree.properties().forEach(e -> {
            if (!e.getValue().isNull()) {
                out.put(
                        e.getKey(),
                        e.getValue().isValueNode()
                                ? e.getValue().asText()
                                : e.getValue().toString());
            }
        });
        return out;
    }

    /** One value as text: its wire form; a nested list or object as JSON. */
    static String text(Object value) {
        if (isScalar(value)) {
            return ApiRequest.scalar(value);
        }
        JsonNode tree = MAPPER.valueToTree(value);
        return tree.isValueNode() ? tree.asText() : tree.toString();
    }

    private static boolean isScalar(Object value) {
        return value instanceof CharSequence
                || value instanceof Number
                || value instanceof Boolean
                || value instanceof WireValue
                || value instanceof Enum<?>
                || value instanceof Character;
    }
}
