package io.handspec.generator.spec;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads the root's {@code x-handspec-headers}: header names that are HTTP tokens, values on one line. */
final class HeadersReader {
    static final String X_HEADERS = "x-handspec-headers";
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private HeadersReader() {}

    static Map<String, String> read(Object value, Problems problems) {
        Map<String, String> out = new TreeMap<>();
        if (value == null) {
            return out;
        }
        String pointer = "/" + X_HEADERS;
        Map<String, Object> m =
                new ExtensionValues(problems).object(value, pointer, "{Accept: application/vnd.example.v1}");
        if (m == null) {
            return out;
        }
        m.forEach((name, v) -> {
            String at = pointer + "/" + SourceIndex.escape(name);
            if (!TOKEN.matcher(name).matches()) {
                problems.error(at, "'" + name + "' is not a valid HTTP header name; use letters, digits and - only");
            } else if (!(v instanceof String || v instanceof Number || v instanceof Boolean)
                    || String.valueOf(v).matches("(?s).*[\\r\\n\\x00].*")) {
                problems.error(at, "the value of header " + name + " must be one line of text, not '" + v + "'");
            } else {
                out.put(name, String.valueOf(v));
            }
        });
        return out;
    }
}
