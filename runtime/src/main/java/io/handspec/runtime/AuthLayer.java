package io.handspec.runtime;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        List<CompletableFuture<Authentication.Credential>> acquiring = new ArrayList<>();
        auths.forEach(auth -> acquiring.add(auth.acquire()));
        return CompletableFuture.allOf(acquiring.toArray(CompletableFuture[]::new)).thenCompose(ready -> {
            List<Authentication.Credential> used = acquiring.stream().map(CompletableFuture::join).toList();
            HttpCall call = withCredentials(attempt.http(), used);
            return next.send(attempt.with(call)).handle((result, error) -> {
                if (error != null) {
                    for (int i = 0; i < auths.size(); i++) {
                        auths.get(i).onFailure(used.get(i));
                    }
                    return CompletableFuture.<HttpResult>failedFuture(error);
                }
                boolean again = false;
                for (int i = 0; i < auths.size(); i++) {
                    auths.get(i).onResponse(used.get(i), result);
                }
                for (int i = 0; i < auths.size(); i++) {
                    again |= auths.get(i).expired(used.get(i), result.status());
                }
                return again && renewals < MAX_RENEWALS ? sendAuthenticated(attempt, renewals + 1)
                        : CompletableFuture.completedFuture(result);
            }).thenCompose(Function.identity());
        });
    }

    private static HttpCall withCredentials(HttpCall call, List<Authentication.Credential> credentials) {
        Map<String, List<String>> headers = new LinkedHashMap<>(call.headers());
        StringBuilder query = new StringBuilder();
        Authentication.AuthTarget target = new Authentication.AuthTarget() {
            @Override
            public String method() {
                return call.method();
            }

            @Override
            public void setHeader(String name, String value) {
                HeaderValues.check(name, value);
                headers.keySet().removeIf(k -> k.equalsIgnoreCase(name));
                headers.put(name, List.of(value));
            }

            @Override
            public void addQuery(String name, String value) {
                query.append('&').append(UrlEncoding.encode(name)).append('=').append(UrlEncoding.encode(value));
            }
        };
        credentials.forEach(c -> c.applyTo(target));
        URI uri = call.uri();
        if (query.length() > 0) {
            String s = uri.toString();
            uri = URI.create(s + (uri.getRawQuery() == null ? "?" + query.substring(1) : query));
        }
        return call.with(uri, headers);
    }

    /** The call without any header or query parameter that carries a credential. */
    private HttpCall stripCredentials(HttpCall call) {
        Map<String, List<String>> headers = new LinkedHashMap<>(call.headers());
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
        return call.with(uri, headers);
    }
}
