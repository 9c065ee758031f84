package io.handspec.runtime;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A credential the client puts on requests to the base URL's origin. Create them with {@link Auth}.
 *
 * <p>Every secret value is registered in {@link #secrets()} when it is configured or produced (a
 * refreshed token, a new session id), before it is sent, so the client masks it everywhere it prints.
 * State that changes (sessions) is one immutable {@link Credential} per request: all headers of a
 * request come from the same state, and {@link #expired} compares against what that request used.
 */
public interface Authentication {

    /** The credential for one request; completes later when a login by another request is in flight. */
    CompletableFuture<Credential> acquire();

    /** The live set of secret values, read by redaction. */
    Secrets secrets();

    /** Header names whose values are credentials: masked in events, dropped on the way to another origin. */
    default Set<String> credentialHeaders() {
        return Set.of();
    }

    /** Query parameter names whose values are credentials. */
    default Set<String> credentialQueryNames() {
        return Set.of();
    }

    /** Sees the response to a request sent with {@code used}, e.g. to keep a session id the server handed out. */
    default void onResponse(Credential used, HttpResult result) {}

    /**
     * The request sent with {@code used} got no response: an I/O failure, a timeout, another
     * credential that failed, a listener that threw. Called for every acquired credential, so a
     * pending login always ends.
     */
    default void onFailure(Credential used) {}

    /**
     * Whether {@code status}, answered to a request sent with {@code used}, means that credential is
     * no longer valid; when it returns {@code true} the state is reset and the request is sent again
     * with a newly {@linkplain #acquire() acquired} credential.
     */
    default boolean expired(Credential used, int status) {
        return false;
    }

    /** What one request carries: an immutable snapshot of the credential state. */
    @FunctionalInterface
    interface Credential {
        /** Adds the credential to a request about to be sent. */
        void applyTo(AuthTarget target);
    }

    /** What a {@link Credential} may change on a request. */
    interface AuthTarget {
        /** The request's method. */
        String method();

        /** Sets a header, replacing earlier values. */
        void setHeader(String name, String value);

        /** Adds a query parameter (name and value are encoded by the target). */
        void addQuery(String name, String value);
    }
}
