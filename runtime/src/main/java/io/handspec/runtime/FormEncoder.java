package io.handspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code application/x-www-form-urlencoded} as OpenAPI 3.0 defines it: each property in its
 * encoding's {@code style} and {@code explode}, by default {@code form} with explode
 * ({@code ids=1&ids=2}, an object's properties as pairs of their own); {@code explode: false} joins
 * with commas ({@code array_items=1,2,3}); {@code deepObject} writes {@code name[key]=value}. An
 * explicit null is an empty value; binary is base64 (Jackson writes {@code byte[]} so).
 */
final class FormEncoder {
    private FormEncoder() {}

    /** How one property is written: its style (with explode) and whether reserved characters stay. */
    record Rule(ParamStyle style, boolean allowReserved) {
        static final Rule DEFAULT = new Rule(ParamStyle.FORM_EXPLODED, false);
    }

    static byte[] encode(ObjectNode fields, Map<String, Rule> rules) {
        StringJoiner out = new StringJoiner("&");
        fields.properties().forEach(field -> {
            Rule rule = rules.getOrDefault(field.getKey(), Rule.DEFAULT);
            write(out, field.getKey(), field.getValue(), rule);
        });
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(StringJoiner out, String name, JsonNode value, Rule rule) {
        if (value.isContainerNode() && value.isEmpty()) {
            return; // RFC 6570 section 2.3: an empty list or object is undefined; "ids=" would read as [""]
        }
        String delimiter =
                switch (rule.style()) {
                    case SPACE_DELIMITED -> "%20";
                    case PIPE_DELIMITED -> "|";
                    default -> ",";
                };
        if (rule.style() == ParamStyle.DEEP_OBJECT && (value.isObject() || value.isArray())) {
            deep(out, name, value, rule);
        } else if (value.isArray()) {
            if (rule.style() == ParamStyle.FORM_EXPLODED) {
                value.forEach(item -> pair(out, name, item, rule));
            } else {
                StringJoiner items = new StringJoiner(delimiter);
                value.forEach(item -> items.add(text(item, rule)));
                out.add(encode(name, rule) + "=" + items);
            }
        } else if (value.isObject()) {
            if (rule.style() == ParamStyle.FORM_EXPLODED) {
                value.properties().forEach(e -> pair(out, e.getKey(), e.getValue(), rule));
            } else {
                StringJoiner pairs = new StringJoiner(delimiter);
                value.properties()
                        .forEach(e -> pairs.add(encode(e.getKey(), rule)).add(text(e.getValue(), rule)));
                out.add(encode(name, rule) + "=" + pairs);
            }
        } else {
            pair(out, name, value, rule);
        }
    }

    /** {@code name[key]=value}, nesting further for nested objects; an array repeats its key. */
    private static void deep(StringJoiner out, String name, JsonNode value, Rule rule) {
        if (value.isObject()) {
            value.properties().forEach(e -> deep(out, name + "[" + e.getKey() + "]", e.getValue(), rule));
        } else if (value.isArray()) {
            value.forEach(item -> deep(out, name, item, rule));
        } else {
            pair(out, name, value, rule);
        }
    }

    private static void pair(StringJoiner out, String name, JsonNode value, Rule rule) {
        out.add(encode(name, rule) + "=" + text(value, rule));
    }

    /** A value's text, escaped; a value that is itself a list or object goes as JSON. */
    private static String text(JsonNode value, Rule rule) {
        if (value.isNull()) {
            return "";
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        String encoded = encode(text, rule);
        // the delimiter of the style must not appear inside a value
        return rule.style() == ParamStyle.FORM_EXPLODED ? encoded : encoded.replace(",", "%2C");
    }

    private static String encode(String text, Rule rule) {
        return rule.allowReserved() ? UrlEncoding.encodeFormReserved(text) : UrlEncoding.encodeForm(text);
    }
}
