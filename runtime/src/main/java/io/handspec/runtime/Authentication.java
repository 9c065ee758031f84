package io.handspec.runtime;

import java.util.Set;

/**
 * A credential the client puts on each request. Create them with {@link Auth}.
 *
 * <p>Implementations never show the secret in {@link Object#toString()}; they list it in
 * {@link #secrets()} so the client can redact it from errors, logs and listener events.
 */
public interface Authentication {

    /** Adds the credential to a request about to be sent. */
    void apply(AuthTarget target);

    /** Secret strings to redact wherever the runtime prints a request. */
    Set<String> secrets();

    /** Query parameter names whose values are credentials. */
    default Set<String> secretQueryNames() {
        return Set.of();
    }

    /** Sees every response, e.g. to keep a session id the server handed out. */
    default void onResponse(HttpResult result) {
    }

    /**
     * Called when a response says the credential is no longer valid (status {@code status});
     * returns {@code true} when it was reset and the request should be sent once more.
     */
    default boolean recover(int status) {
        return false;
    }

    /** What an {@link Authentication} may change on a request. */
    interface AuthTarget {
        /** The request's method. */
        String method();

        /** Sets a header, replacing earlier values. */
        void setHeader(String name, String value);

        /** Adds a query parameter (name and value are encoded by the target). */
        void addQuery(String name, String value);
    }
}
