package io.handspec.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Case-insensitive header maps. */
final class Headers {
    private Headers() {}

    static Map<String, List<String>> copyOf(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> {
                if (name != null && values != null) {
                    copy.computeIfAbsent(name, k -> new ArrayList<>()).addAll(values);
                }
            });
        }
        copy.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(copy);
    }

    static Optional<String> first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        if (values == null) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    values = e.getValue();
                }
            }
        }
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
