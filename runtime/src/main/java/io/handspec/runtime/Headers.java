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
        if (headers == null || headers.isEmpty()) {
            return EMPTY;
        }
        TreeMap<String, List<String>> copy = newMap();
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
        return new Copy(copy);
    }

    /** No headers: most requests add none of their own. */
    private static final Copy EMPTY = new Copy(newMap());

    /** An empty case-insensitive map for {@link #own} to take over. */
    static TreeMap<String, List<String>> newMap() {
        return new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    }

    /**
     * A case-insensitive, mutable copy of headers, to change and hand to {@link #own}: one copy where
     * a layer changes a few headers, instead of one copy to change and another to freeze.
     */
    static TreeMap<String, List<String>> mutableCopy(Map<String, List<String>> headers) {
        if (headers instanceof Copy made && made.map instanceof java.util.SortedMap<String, List<String>> sorted) {
            // the same case-insensitive order: the tree is built from the sorted entries without comparisons
            return new TreeMap<>(sorted);
        }
        TreeMap<String, List<String>> copy = newMap();
        copy.putAll(copyOf(headers));
        return copy;
    }

    /**
     * Takes over a map made by {@link #newMap} or {@link #mutableCopy} whose value lists are immutable,
     * without copying it: the caller hands it over and keeps no reference.
     */
    static Map<String, List<String>> own(TreeMap<String, List<String>> headers) {
        return new Copy(headers);
    }

    /**
     * The JDK's response headers, taken as they are: {@link java.net.http.HttpHeaders#map()} is
     * immutable and case-insensitive, with immutable value lists.
     */
    static Map<String, List<String>> ofJdk(java.net.http.HttpHeaders headers) {
        return new Copy(headers.map());
    }

    /** A map {@link #copyOf} made. */
    private static final class Copy extends AbstractMap<String, List<String>> {
        /** Case-insensitive; never changed once here. */
        private final Map<String, List<String>> map;

        /** Made when first asked for: most maps are only looked up or walked with {@link #forEach}. */
        private Set<Entry<String, List<String>>> entries;

        Copy(Map<String, List<String>> map) {
            this.map = map;
        }

        @Override
        public Set<Entry<String, List<String>>> entrySet() {
            Set<Entry<String, List<String>>> e = entries;
            if (e == null) {
                // entries that cannot be changed through setValue
                e = Collections.unmodifiableMap(map).entrySet();
                entries = e;
            }
            return e;
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

        @Override
        public void forEach(java.util.function.BiConsumer<? super String, ? super List<String>> action) {
            map.forEach(action);
        }
    }

    static Optional<String> first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        if (values == null && !(headers instanceof Copy)) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    values = e.getValue();
                }
            }
        }
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
