package io.handspec.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The credential forms the supported APIs use.
 *
 * <pre>{@code
 * Auth.apiKeyHeader("X-Kalo-Api-Key", key)      // Kalo
 * Auth.apiKeyQuery("apikey", key)               // Kiliaro system key
 * Auth.bearer(() -> tokens.current())           // Kiliaro / Kayako OAuth2, refreshed by you
 * Auth.basic(token, "api_token")                // Toggl API token
 * Auth.basicToken(token)                        // Kickfolio: base64 of the token alone
 * }</pre>
 */
public final class Auth {
    private Auth() {
    }

    /** An API key sent in a header. */
    public static Authentication apiKeyHeader(String header, String key) {
        Objects.requireNonNull(key, "key == null");
        return new Simple("api key in header " + header, Set.of(key), Set.of(),
                t -> t.setHeader(header, key));
    }

    /** An API key (or access token) sent as a query parameter. */
    public static Authentication apiKeyQuery(String parameter, String key) {
        Objects.requireNonNull(key, "key == null");
        return new Simple("api key in query " + parameter, Set.of(key), Set.of(parameter),
                t -> t.addQuery(parameter, key));
    }

    /** A fixed bearer token. */
    public static Authentication bearer(String token) {
        Objects.requireNonNull(token, "token == null");
        return bearer(() -> token);
    }

    /** A bearer token asked for on every request, so a supplier can refresh it. */
    public static Authentication bearer(Supplier<String> tokens) {
        Objects.requireNonNull(tokens, "tokens == null");
        return new Authentication() {
            private volatile String last = "";

            @Override
            public void apply(AuthTarget target) {
                String token = tokens.get();
                last = token;
                target.setHeader("Authorization", "Bearer " + token);
            }

            @Override
            public Set<String> secrets() {
                return Set.of(last);
            }

            @Override
            public String toString() {
                return "bearer token (redacted)";
            }
        };
    }

    /** HTTP Basic with user and password. */
    public static Authentication basic(String user, String password) {
        Objects.requireNonNull(user, "user == null");
        Objects.requireNonNull(password, "password == null");
        String encoded = base64(user + ":" + password);
        return new Simple("basic auth", Set.of(password, user + ":" + password, encoded), Set.of(),
                t -> t.setHeader("Authorization", "Basic " + encoded));
    }

    /** HTTP Basic whose credential is a token alone, base64 without a colon (Kickfolio). */
    public static Authentication basicToken(String token) {
        Objects.requireNonNull(token, "token == null");
        String encoded = base64(token);
        return new Simple("basic token", Set.of(token, encoded), Set.of(),
                t -> t.setHeader("Authorization", "Basic " + encoded));
    }

    static String base64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    /** A credential that is the same on every request. */
    private record Simple(String description, Set<String> secrets, Set<String> secretQueryNames,
                          java.util.function.Consumer<AuthTarget> action) implements Authentication {
        @Override
        public void apply(AuthTarget target) {
            action.accept(target);
        }

        @Override
        public String toString() {
            return description + " (redacted)";
        }
    }
}
