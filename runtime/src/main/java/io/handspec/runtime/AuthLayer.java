package io.handspec.runtime;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Puts credentials on requests to the base URL's origin, and only there: a request to any other
 * origin (a redirect, a link) loses every credential-bearing header and query parameter, whoever set
 * it. Shows each response to the credential that was used and re-sends once a session expired.
 */
final class AuthLayer implements Layer {
    /** How often one call may re-authenticate; more means the server keeps refusing new sessions. */
    private static final int MAX_RENEWALS = 3;

    private final URI base;
    private final List<Authentication> auths;
    private final Redactor redactor;
    private final Layer next;

    AuthLayer(URI base, List<Authentication> auths, Redactor redactor, Layer next) {
        this.base = base;
        this.auths = auths;
        this.redactor = redactor;
        this.next = next;
    }

    @Override
    public CompletableFuture<HttpResult> send(Attempt attempt) {
        if (!Origins.same(base, attempt.http().uri())) {
            return next.send(attempt.with(stripCredentials(attempt.http())));
        }
        return auths.isEmpty() ? next.send(attempt) : sendAuthenticated(attempt, 0);
    }

    private CompletableFuture<HttpResult> sendAuthenticated(Attempt attempt, int renewals) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        CompletableFuture<Authentication.Credential>[] acquiring = new CompletableFuture[auths.size()];
        boolean ready = true;
        for (int i = 0; i < acquiring.length; i++) {
            CompletableFuture<Authentication.Credential> credential = acquire(auths.get(i));
            acquiring[i] = credential;
            ready &= credential.isDone() && !credential.isCompletedExceptionally();
        }
        if (ready) {
            // credentials at hand (a key, a live session): sent at once, without waiting stages
            return sendWith(attempt, renewals, acquiring, null);
        }
        return CompletableFuture.allOf(acquiring)
                .handle((done, acquireError) -> sendWith(attempt, renewals, acquiring, acquireError))
                .thenCompose(Function.identity());
    }

    private CompletableFuture<HttpResult> sendWith(
            Attempt attempt,
            int renewals,
            CompletableFuture<Authentication.Credential>[] acquiring,
            Throwable acquireError) {
        Authentication.Credential[] used = new Authentication.Credential[acquiring.length];
        for (int i = 0; i < used.length; i++) {
            used[i] = acquiring[i].isCompletedExceptionally() ? null : acquiring[i].join();
        }
        if (acquireError != null) {
            // a credential acquired next to one that failed (a login begun) must not stay in flight
            release(used);
            return CompletableFuture.failedFuture(acquireError);
        }
        CompletableFuture<HttpResult> sent;
        try {
            sent = next.send(attempt.with(withCredentials(attempt.http(), used)));
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return Layer.then(sent, (result, error) -> {
            if (error != null) {
                release(used);
                return CompletableFuture.<HttpResult>failedFuture(error);
            }
            boolean again = false;
            for (int i = 0; i < used.length; i++) {
                auths.get(i).onResponse(used[i], result);
            }
            for (int i = 0; i < used.length; i++) {
                again |= auths.get(i).expired(used[i], result.status());
            }
            // a body read from a stream cannot be re-sent after a new login: the refusal stands
            return again && renewals < MAX_RENEWALS && attempt.http().replayable()
                    ? sendAuthenticated(attempt, renewals + 1)
                    : CompletableFuture.completedFuture(result);
        });
    }

    /** A credential, or a failed future when acquiring it throws (a token supplier that failed). */
    private static CompletableFuture<Authentication.Credential> acquire(Authentication auth) {
        try {
            CompletableFuture<Authentication.Credential> credential = auth.acquire();
            return credential != null
                    ? credential
                    : CompletableFuture.failedFuture(
                            new HandspecException("a credential gave nothing to send: " + auth, null));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Tells every credential that was acquired that its request got no answer, so a pending login ends. */
    private void release(Authentication.Credential[] used) {
        for (int i = 0; i < used.length; i++) {
            if (used[i] != null) {
                auths.get(i).onFailure(used[i]);
            }
        }
    }

    private static HttpCall withCredentials(HttpCall call, Authentication.Credential[] credentials) {
        Target target = new Target(call.method(), Headers.mutableCopy(call.headers()));
        for (Authentication.Credential credential : credentials) {
            credential.applyTo(target);
        }
        URI uri = call.uri();
        if (target.query != null) {
            String s = uri.toString();
            uri = URI.create(s + (uri.getRawQuery() == null ? "?" + target.query.substring(1) : target.query));
        }
        return call.with(uri, Headers.own(target.headers));
    }

    /** What credentials are put on: the call's headers, copied once, and query pairs, made when one is added. */
    private static final class Target implements Authentication.AuthTarget {
        private final String method;
        private final java.util.TreeMap<String, List<String>> headers;
        private StringBuilder query;

        Target(String method, java.util.TreeMap<String, List<String>> headers) {
            this.method = method;
            this.headers = headers;
        }

        @Override
        public String method() {
            return method;
        }

        @Override
        public void setHeader(String name, String value) {
            HeaderValues.check(name, value);
            // removed first, so the name is spelled as the credential gives it
            headers.remove(name);
            headers.put(name, List.of(value));
        }

        @Override
        public void addQuery(String name, String value) {
            if (query == null) {
                query = new StringBuilder();
            }
            query.append('&').append(UrlEncoding.encode(name)).append('=').append(UrlEncoding.encode(value));
        }
    }

    /** The call without any header or query parameter that carries a credential. */
    private HttpCall stripCredentials(HttpCall call) {
        java.util.TreeMap<String, List<String>> headers = Headers.mutableCopy(call.headers());
        headers.keySet().removeIf(redactor::isCredentialHeader);
        URI uri = call.uri();
        String raw = uri.getRawQuery();
        if (raw != null) {
            StringBuilder kept = new StringBuilder();
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                if (!redactor.isCredentialQuery(name)) {
                    kept.append(kept.length() == 0 ? "" : "&").append(pair);
                }
            }
            String s = uri.toString();
            String head = s.substring(0, s.indexOf('?'));
            String fragment = uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment();
            uri = URI.create(head + (kept.length() == 0 ? "" : "?" + kept) + fragment);
        }
        return call.with(uri, Headers.own(headers));
    }
}
