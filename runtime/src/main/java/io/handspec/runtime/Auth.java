package io.handspec.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The credential forms the supported APIs use. Each checks its values when it is created (a value
 * with a line break fails with a {@link HandspecException} that does not show it) and registers
 * them as secrets at once.
 *
 * <pre>{@code
 * Auth.apiKeyHeader("X-Kalo-Api-Key", key)      // an API key in a header
 * Auth.apiKeyQuery("apikey", key)               // an API key in the query
 * Auth.bearer(() -> tokens.current())           // OAuth2 bearer, refreshed by you
 * Auth.basic(user, password)                    // Basic: user and password both secret
 * Auth.basicToken(token, "api_token")           // Basic: a secret token and a documented constant password
 * Auth.basicToken(token)                        // Basic: base64 of the token alone
 * }</pre>
 */
public final class Auth {
    private Auth() {}

    /** An API key sent in a header. */
    public static Authentication apiKeyHeader(String header, String key) {
        HeaderValues.check(header, required(key, "key"));
        return new Fixed(
                "api key in header " + header,
                new Secrets().add(key),
                Set.of(header),
                Set.of(),
                t -> t.setHeader(header, key));
    }

    /** An API key (or access token) sent as a query parameter. */
    public static Authentication apiKeyQuery(String parameter, String key) {
        required(key, "key");
        return new Fixed(
                "api key in query " + parameter,
                new Secrets().add(key).add(UrlEncoding.encode(key)),
                Set.of(),
                Set.of(parameter),
                t -> t.addQuery(parameter, key));
    }

    /** A fixed bearer token. */
    public static Authentication bearer(String token) {
        HeaderValues.check("Authorization", required(token, "token"));
        return bearer(() -> token);
    }

    /**
     * A bearer token asked for on every request, so a supplier can refresh it. Each token is
     * checked and registered as a secret when the supplier returns it, before it is sent.
     */
    public static Authentication bearer(Supplier<String> tokens) {
        required(tokens, "tokens");
        return new RefreshingBearer(tokens);
    }

    /** HTTP Basic with user and password; both are secrets (masked in every message). */
    public static Authentication basic(String user, String password) {
        required(user, "user");
        required(password, "password");
        String encoded = base64(user + ":" + password);
        HeaderValues.check("Authorization", user + ":" + password);
        Secrets secrets =
                new Secrets().add(user).add(password).add(user + ":" + password).add(encoded);
        return new Fixed(
                "basic auth",
                secrets,
                Set.of("Authorization"),
                Set.of(),
                t -> t.setHeader("Authorization", "Basic " + encoded));
    }

    /**
     * HTTP Basic whose user is a secret token and whose password is a constant the API documents
     * (Toggl's {@code api_token}): the token is masked, the constant is not.
     */
    public static Authentication basicToken(String token, String constantPassword) {
        required(token, "token");
        required(constantPassword, "constantPassword");
        HeaderValues.check("Authorization", token + ":" + constantPassword);
        String encoded = base64(token + ":" + constantPassword);
        Secrets secrets =
                new Secrets().add(token).add(token + ":" + constantPassword).add(encoded);
        return new Fixed(
                "basic token",
                secrets,
                Set.of("Authorization"),
                Set.of(),
                t -> t.setHeader("Authorization", "Basic " + encoded));
    }

    /** HTTP Basic whose credential is a token alone, base64 without a colon. */
    public static Authentication basicToken(String token) {
        HeaderValues.check("Authorization", required(token, "token"));
        String encoded = base64(token);
        return new Fixed(
                "basic token",
                new Secrets().add(token).add(encoded),
                Set.of("Authorization"),
                Set.of(),
                t -> t.setHeader("Authorization", "Basic " + encoded));
    }

    static String base64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> T required(T value, String what) {
        if (value == null) {
            throw new HandspecException(what + " == null", null);
        }
        return value;
    }

    /** A credential that is the same on every request. */
    private record Fixed(
            String description,
            Secrets secrets,
            Set<String> credentialHeaders,
            Set<String> credentialQueryNames,
            Credential credential)
            implements Authentication {
        @Override
        public CompletableFuture<Credential> acquire() {
            return CompletableFuture.completedFuture(credential);
        }

        @Override
        public String toString() {
            return description + " (redacted)";
        }
    }

    /** A bearer token from a supplier, registered as a secret the moment it is produced. */
    private record RefreshingBearer(Supplier<String> tokens, Secrets secrets) implements Authentication {
        RefreshingBearer(Supplier<String> tokens) {
            this(tokens, new Secrets());
        }

        @Override
        public CompletableFuture<Credential> acquire() {
            String token = tokens.get();
            if (token == null) {
                return CompletableFuture.failedFuture(
                        new HandspecException("the bearer token supplier returned null", null));
            }
            secrets.add(token);
            try {
                HeaderValues.check("Authorization", token);
            } catch (HandspecException e) {
                return CompletableFuture.failedFuture(e);
            }
            return CompletableFuture.completedFuture(t -> t.setHeader("Authorization", "Bearer " + token));
        }

        @Override
        public Set<String> credentialHeaders() {
            return Set.of("Authorization");
        }

        @Override
        public String toString() {
            return "bearer token (redacted)";
        }
    }
}
