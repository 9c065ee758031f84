package io.handspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code application/x-www-form-urlencoded} as Kayako reads it: arrays comma-separated
 * ({@code array_items=1,2,3}), nested objects as {@code name[key]=value}, explicit nulls as an empty
 * value, base64 for binary (Jackson already writes {@code byte[]} as base64 text).
 */
final class FormEncoder {
    private FormEncoder() {}

    static byte[] encode(ObjectNode fields) {
        StringJoiner out = new StringJoiner("&");
        write(out, null, fields);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(StringJoiner out, String prefix, ObjectNode object) {
        Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = prefix == null ? field.getKey() : prefix + "[" + field.getKey() + "]";
            JsonNode value = field.getValue();
            if (value instanceof ObjectNode nested) {
                write(out, name, nested);
            } else if (value.isArray()) {
                StringJoiner items = new StringJoiner(",");
                value.forEach(item -> items.add(item.asText()));
                out.add(UrlEncoding.encodeForm(name) + "="
                        + UrlEncoding.encodeForm(items.toString()).replace("%2C", ","));
            } else {
                out.add(UrlEncoding.encodeForm(name) + "="
                        + (value.isNull() ? "" : UrlEncoding.encodeForm(value.asText())));
            }
        }
    }
}
