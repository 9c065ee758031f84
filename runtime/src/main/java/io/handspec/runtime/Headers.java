package io.handspec.runtime;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Case-insensitive header maps. */
final class Headers {
    private Headers() {}

    /**
     * An immutable, case-insensitive copy with immutable value lists; a map this made before is
     * returned as it is (requests and calls pass theirs on through every layer).
     */
    static Map<String, List<String>> copyOf(Map<String, List<String>> headers) {
        if (headers instanceof Copy made) {
            return made;
        }
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> {
                if (name != null && values != null) {
                    List<String> earlier = copy.get(name);
                    if (earlier == null) {
                        copy.put(name, List.copyOf(values));
                    } else {
                        List<String> joined = new ArrayList<>(earlier);
                        joined.addAll(values);
                        copy.put(name, List.copyOf(joined));
                    }
                }
            });
        }
        return new Copy(Collections.unmodifiableMap(copy));
    }

    /** A map {@link #copyOf} made. */
    private static final class Copy extends AbstractMap<String, List<String>> {
        private final Map<String, List<String>> map;

        Copy(Map<String, List<String>> map) {
            this.map = map;
        }

        @Override
        public Set<Entry<String, List<String>>> entrySet() {
            return map.entrySet();
        }

        @Override
        public List<String> get(Object name) {
            return map.get(name);
        }

        @Override
        public boolean containsKey(Object name) {
            return map.containsKey(name);
        }

        @Override
        public int size() {
            return map.size();
        }
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
