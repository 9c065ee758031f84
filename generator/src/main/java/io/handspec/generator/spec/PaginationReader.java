package io.handspec.generator.spec;

import io.handspec.generator.model.Pagination;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads {@code x-handspec-pagination} (an object, or the name of an entry of the root's
 * {@code x-handspec-paginations}) into one {@link Pagination} record per style.
 */
final class PaginationReader {
    static final String X_PAGINATION = "x-handspec-pagination";
    static final String X_PAGINATIONS = "x-handspec-paginations";
    private static final Set<String> OFFSET = Set.of("style", "items", "total", "offsetParam", "limitParam", "next");
    private static final Set<String> PAGE = Set.of("style", "items", "total", "pageParam", "sizeParam", "firstPage");
    private static final Set<String> HEADER_CURSOR = Set.of("style", "items", "cursor");

    private final Problems problems;
    private final ExtensionValues values;
    private final Map<String, Object> named;

    /** {@code rootExtensions}: the document's extensions, where named paginations live. */
    PaginationReader(Problems problems, Map<String, Object> rootExtensions) {
        this.problems = problems;
        this.values = new ExtensionValues(problems);
        Object all = rootExtensions.get(X_PAGINATIONS);
        Map<String, Object> m =
                all == null ? Map.of() : values.object(all, "/" + X_PAGINATIONS, "{kalo: {style: offset, ...}}");
        this.named = m == null ? Map.of() : m;
    }

    /** The pagination of the operation at {@code operationPointer}, or {@code null} when it does not page. */
    Pagination read(Object value, String operationPointer) {
        if (value == null) {
            return null;
        }
        String pointer = operationPointer + "/" + X_PAGINATION;
        Object definition = ExtensionValues.plain(value);
        if (definition instanceof String name) {
            if (!named.containsKey(name)) {
                problems.error(
                        pointer,
                        "pagination '" + name + "' is not defined; define it under " + X_PAGINATIONS
                                + " at the document root, or correct the name");
                return null;
            }
            definition = named.get(name);
            pointer = "/" + X_PAGINATIONS + "/" + SourceIndex.escape(name);
        }
        Map<String, Object> m = values.object(
                definition, pointer, "{style: offset, offsetParam: offset, limitParam: limit, items: /data}");
        if (m == null) {
            return null;
        }
        String style = values.string(m, "style", pointer, "");
        String items = values.jsonPointer(m, "items", pointer, "");
        switch (style) {
            case "offset" -> {
                values.onlyKeys(m, pointer, OFFSET);
                return new Pagination.Offset(
                        required(m, "offsetParam", pointer, style),
                        required(m, "limitParam", pointer, style),
                        items,
                        values.jsonPointer(m, "total", pointer, null),
                        values.jsonPointer(m, "next", pointer, null));
            }
            case "page" -> {
                values.onlyKeys(m, pointer, PAGE);
                return new Pagination.Page(
                        required(m, "pageParam", pointer, style),
                        values.string(m, "sizeParam", pointer, null),
                        (int) values.integer(m, "firstPage", pointer, 0, Integer.MAX_VALUE, 1),
                        items,
                        values.jsonPointer(m, "total", pointer, null));
            }
            case "header-cursor" -> {
                values.onlyKeys(m, pointer, HEADER_CURSOR);
                return new Pagination.HeaderCursor(items, cursor(m.get("cursor"), pointer + "/cursor"));
            }
            default -> {
                problems.error(
                        pointer + "/style",
                        "pagination style must be offset, page or header-cursor, not '" + style + "'");
                return null;
            }
        }
    }

    private String required(Map<String, Object> m, String key, String pointer, String style) {
        String value = values.string(m, key, pointer, null);
        if (value == null || value.isEmpty()) {
            problems.error(pointer, style + " pagination needs " + key + ": the name of its query parameter");
            return "";
        }
        return value;
    }

    private Map<String, String> cursor(Object value, String pointer) {
        Map<String, String> out = new TreeMap<>();
        Map<String, Object> m = value == null ? Map.of() : values.object(value, pointer, "{X-Next-ID: first_id}");
        if (m != null) {
            m.forEach((header, field) -> {
                if (field instanceof String f && !f.isEmpty()) {
                    out.put(header, f);
                } else {
                    problems.error(
                            pointer + "/" + SourceIndex.escape(header),
                            "a cursor maps a response header to a request body field name, not '" + field + "'");
                }
            });
        }
        if (out.isEmpty() && (m == null || m.isEmpty())) {
            problems.error(
                    pointer.substring(0, pointer.lastIndexOf('/')),
                    "header-cursor pagination needs cursor: {Response-Header: body_field}");
        }
        return out;
    }
}
