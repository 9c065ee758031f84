package io.handspec.runtime;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The secret values one credential knows, registered when they are configured or produced (a new
 * token, a session id), before they are first sent. Redaction reads this set live, so a value is
 * masked in every message, {@code toString} and listener event from the moment it exists.
 */
public final class Secrets {
    /** Shorter values are not masked: they would garble ordinary text. */
    static final int MIN_LENGTH = 3;

    private final Set<String> values = ConcurrentHashMap.newKeySet();
    private final List<Secrets> included = new CopyOnWriteArrayList<>();

    /** Registers a secret; {@code null} and values shorter than three characters are ignored. */
    public Secrets add(String secret) {
        if (secret != null && secret.length() >= MIN_LENGTH) {
            values.add(secret);
        }
        return this;
    }

    /**
     * Registers a credential header's value: the whole value, the credentials after an
     * authentication scheme ({@code Bearer xyz}) and each cookie's value ({@code a=xyz; b=uvw}).
     */
    public Secrets addHeaderValue(String value) {
        if (value == null) {
            return this;
        }
        add(value.trim());
        int space = value.trim().indexOf(' ');
        if (space > 0) {
            add(value.trim().substring(space + 1).trim());
        }
        for (String cookie : value.split(";")) {
            int eq = cookie.indexOf('=');
            if (eq > 0) {
                add(cookie.substring(eq + 1).trim());
            }
        }
        return this;
    }

    /** Also reports every secret {@code other} holds, now and later (a session's opening credential). */
    public Secrets include(Secrets other) {
        if (other != this) {
            included.add(other);
        }
        return this;
    }

    /** A snapshot of the registered values, included sets' values too. */
    Set<String> values() {
        Set<String> all = new HashSet<>(values);
        included.forEach(other -> all.addAll(other.values()));
        return all;
    }

    @Override
    public String toString() {
        return "Secrets[" + values().size() + " registered]";
    }
}
