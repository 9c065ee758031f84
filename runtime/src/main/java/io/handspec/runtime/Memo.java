package io.handspec.runtime;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values made once per key and kept, for what the generated code asks for on every call with the same
 * few constants (query names, JSON pointers, patterns, delimiter sets). Past a limit of keys a value
 * is made each time and not kept, so a caller that passes ever new keys cannot grow the memory.
 *
 * @param <V> the value made from a key
 */
final class Memo<V> {
    private final ConcurrentHashMap<String, V> values = new ConcurrentHashMap<>();
    private final int limit;
    private final Function<String, V> make;

    Memo(int limit, Function<String, V> make) {
        this.limit = limit;
        this.make = make;
    }

    /** The value for {@code key}; an exception {@code make} throws is passed on and nothing is kept. */
    V get(String key) {
        V value = values.get(key);
        if (value == null) {
            value = make.apply(key);
            if (values.size() < limit) {
                values.put(key, value);
            }
        }
        return value;
    }
}
