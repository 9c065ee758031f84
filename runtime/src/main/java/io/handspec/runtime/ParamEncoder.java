package io.handspec.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;

/**
 * Writes path and query parameters in every OpenAPI style, escaping each part with the reserved set
 * of its place ({@link UrlEncoding}): values never leak a delimiter that would change their meaning.
 */
final class ParamEncoder {
    private ParamEncoder() {}

    /** The text that replaces {@code {name}} in the path. */
    static String path(String name, ParamStyle style, Object value) {
        String delimiter = style == ParamStyle.LABEL || style == ParamStyle.LABEL_EXPLODED ? "." : "";
        UnaryOperator<String> enc = v -> UrlEncoding.encodePath(v, delimiter);
        List<String> list = ParamValues.list(value);
        Map<String, String> object = list == null ? ParamValues.object(value) : null;
        String n = UrlEncoding.encodePath(name, "");
        return switch (style) {
            case LABEL, LABEL_EXPLODED -> {
                String sep = style == ParamStyle.LABEL_EXPLODED ? "." : ",";
                yield "." + join(list, object, enc, sep, style == ParamStyle.LABEL_EXPLODED ? "=" : ",", value);
            }
            case MATRIX_EXPLODED -> {
                if (list != null) {
                    StringBuilder s = new StringBuilder();
                    list.forEach(item -> s.append(matrix(n, enc.apply(item))));
                    yield s.toString();
                }
                if (object != null) {
                    StringBuilder s = new StringBuilder();
                    object.forEach((k, v) -> s.append(matrix(enc.apply(k), enc.apply(v))));
                    yield s.toString();
                }
                yield matrix(n, enc.apply(ParamValues.text(value)));
            }
            case MATRIX -> matrix(n, join(list, object, enc, ",", ",", value));
            case SIMPLE_EXPLODED -> join(list, object, enc, ",", "=", value);
            default -> join(list, object, enc, ",", ",", value);
        };
    }

    /** The query pairs of one parameter, both parts encoded. */
    static List<ApiRequest.QueryPair> query(String name, ParamStyle style, boolean allowReserved, Object value) {
        String extra =
                switch (style) {
                    case FORM -> ",";
                    case PIPE_DELIMITED -> "|";
                    default -> "";
                };
        UnaryOperator<String> enc = v -> UrlEncoding.encodeQuery(v, extra, allowReserved);
        String n = queryName(name);
        List<String> list = ParamValues.list(value);
        Map<String, String> object = list == null ? ParamValues.object(value) : null;
        List<ApiRequest.QueryPair> out = new ArrayList<>();
        if ((list != null && list.isEmpty()) || (object != null && object.isEmpty())) {
            // RFC 6570 section 2.3: an empty list or object is undefined; "ids=" would read as [""]
            return out;
        }
        switch (style) {
            case SPACE_DELIMITED, PIPE_DELIMITED -> {
                String sep = style == ParamStyle.SPACE_DELIMITED ? "%20" : "%7C";
                out.add(new ApiRequest.QueryPair(n, join(list, object, enc, sep, sep, value)));
            }
            case DEEP_OBJECT -> {
                if (object != null) {
                    object.forEach((k, v) -> out.add(new ApiRequest.QueryPair(
                            n + "%5B" + UrlEncoding.encodeQuery(k, "[]", false) + "%5D", enc.apply(v))));
                } else {
                    exploded(n, list, value, enc, out);
                }
            }
            case FORM_EXPLODED -> {
                if (object != null) {
                    object.forEach((k, v) -> out.add(new ApiRequest.QueryPair(queryName(k), enc.apply(v))));
                } else {
                    exploded(n, list, value, enc, out);
                }
            }
            default -> out.add(new ApiRequest.QueryPair(n, join(list, object, enc, ",", ",", value)));
        }
        return out;
    }

    /** A query parameter's name as it appears on the wire. */
    static String queryName(String name) {
        return QUERY_NAMES.get(name);
    }

    /** Pagers look up the same names on every page. */
    private static final Memo<String> QUERY_NAMES = new Memo<>(256, name -> UrlEncoding.encodeQuery(name, "", false));

    private static void exploded(
            String n, List<String> list, Object value, UnaryOperator<String> enc, List<ApiRequest.QueryPair> out) {
        if (list != null) {
            list.forEach(item -> out.add(new ApiRequest.QueryPair(n, enc.apply(item))));
        } else {
            out.add(new ApiRequest.QueryPair(n, enc.apply(ParamValues.text(value))));
        }
    }

    private static String matrix(String name, String value) {
        return value.isEmpty() ? ";" + name : ";" + name + "=" + value;
    }

    /** A list joined by {@code sep}, an object's pairs as key{@code pair}value joined by {@code sep}, or the scalar. */
    private static String join(
            List<String> list,
            Map<String, String> object,
            UnaryOperator<String> enc,
            String sep,
            String pair,
            Object value) {
        StringJoiner out = new StringJoiner(sep);
        if (list != null) {
            list.forEach(item -> out.add(enc.apply(item)));
        } else if (object != null) {
            object.forEach((k, v) -> out.add(enc.apply(k) + pair + enc.apply(v)));
        } else {
            return enc.apply(ParamValues.text(value));
        }
        return out.toString();
    }
}
