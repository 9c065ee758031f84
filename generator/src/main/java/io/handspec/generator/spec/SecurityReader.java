package io.handspec.generator.spec;

import io.handspec.generator.model.Credential;
import io.handspec.generator.model.SecurityScheme;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads {@code components/securitySchemes} and their {@code x-handspec-auth} into one {@link Credential} per scheme. */
final class SecurityReader {
    static final String X_AUTH = "x-handspec-auth";
    private static final Set<String> SESSION_KEYS = Set.of("bodyField", "csrfHeader", "expiredStatus");

    private final Problems problems;
    private final ExtensionValues values;

    SecurityReader(Problems problems) {
        this.problems = problems;
        this.values = new ExtensionValues(problems);
    }

    List<SecurityScheme> read(OpenAPI api) {
        List<SecurityScheme> out = new ArrayList<>();
        if (api.getComponents() == null || api.getComponents().getSecuritySchemes() == null) {
            return out;
        }
        for (Map.Entry<String, io.swagger.v3.oas.models.security.SecurityScheme> e :
                new TreeMap<>(api.getComponents().getSecuritySchemes()).entrySet()) {
            io.swagger.v3.oas.models.security.SecurityScheme s = e.getValue();
            String pointer = "/components/securitySchemes/" + SourceIndex.escape(e.getKey());
            Object auth = s.getExtensions() == null
                    ? null
                    : ExtensionValues.plain(s.getExtensions().get(X_AUTH));
            Credential credential = credential(s, auth, pointer);
            if (credential != null) {
                out.add(new SecurityScheme(e.getKey(), s.getDescription(), credential));
            }
        }
        return out;
    }

    private Credential credential(io.swagger.v3.oas.models.security.SecurityScheme s, Object auth, String pointer) {
        String authPointer = pointer + "/" + X_AUTH;
        if (s.getType() == null) {
            return null;
        }
        switch (s.getType()) {
            case APIKEY -> {
                Credential.Location in = s.getIn() == null
                        ? Credential.Location.HEADER
                        : Credential.Location.valueOf(s.getIn().name().toUpperCase(Locale.ROOT));
                if (auth == null) {
                    return new Credential.ApiKey(in, s.getName());
                }
                if ("cookie-session".equals(auth)) {
                    if (in != Credential.Location.COOKIE) {
                        problems.error(
                                authPointer,
                                X_AUTH + ": cookie-session needs an apiKey scheme with in: cookie, naming the cookie");
                        return null;
                    }
                    return new Credential.CookieSession(s.getName());
                }
                Map<String, Object> m = auth instanceof Map ? values.object(auth, authPointer, "") : null;
                if (m == null || !m.containsKey("session") || m.size() != 1 || in != Credential.Location.HEADER) {
                    problems.error(
                            authPointer,
                            X_AUTH + " on an apiKey scheme must be cookie-session (in: cookie) or, on a header scheme, "
                                    + "{session: {bodyField: session_id, expiredStatus: 454}}: the response body field holding the session id "
                                    + "and the status meaning the session is gone");
                    return null;
                }
                return session(m.get("session"), authPointer + "/session", s.getName());
            }
            case HTTP -> {
                String scheme = s.getScheme() == null ? "" : s.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("basic")) {
                    return auth == null
                            ? new Credential.Bearer()
                            : refuse(authPointer, "an http " + scheme + " scheme");
                }
                if (auth == null) {
                    return new Credential.Basic();
                }
                if ("token-only".equals(auth)) {
                    return new Credential.BasicTokenOnly();
                }
                Map<String, Object> m = auth instanceof Map ? values.object(auth, authPointer, "") : null;
                if (m != null && m.size() == 1 && m.get("password") instanceof String password) {
                    return new Credential.BasicFixedPassword(password);
                }
                problems.error(
                        authPointer,
                        X_AUTH + " on a basic scheme must be 'token-only' or {password: <constant password>}");
                return null;
            }
            case OAUTH2, OPENIDCONNECT -> {
                return auth == null
                        ? new Credential.OAuth2(scopes(s.getFlows()))
                        : refuse(authPointer, "an " + s.getType() + " scheme");
            }
            default -> {
                problems.warn(
                        pointer,
                        "security scheme type " + s.getType() + " is not supported; "
                                + "add the credential with ClientConfig.Builder.authentication");
                return null;
            }
        }
    }

    private Credential refuse(String pointer, String what) {
        problems.error(pointer, X_AUTH + " has no meaning on " + what + "; remove it");
        return null;
    }

    private Credential session(Object value, String pointer, String header) {
        Map<String, Object> m = values.object(value, pointer, "{bodyField: session_id, expiredStatus: 454}");
        if (m == null) {
            return null;
        }
        values.onlyKeys(m, pointer, SESSION_KEYS);
        String bodyField = values.string(m, "bodyField", pointer, null);
        String csrfHeader = values.string(m, "csrfHeader", pointer, null);
        long expired = values.integer(m, "expiredStatus", pointer, 100, 599, 0);
        if (bodyField == null || bodyField.isEmpty() || !m.containsKey("expiredStatus")) {
            problems.error(
                    pointer,
                    "a session needs bodyField (the response field holding the session id) and "
                            + "expiredStatus (the status meaning the session is gone)");
            return null;
        }
        return expired == 0 ? null : new Credential.Session(header, bodyField, csrfHeader, (int) expired);
    }

    private static List<String> scopes(OAuthFlows flows) {
        List<String> scopes = new ArrayList<>();
        if (flows != null) {
            for (OAuthFlow flow : new OAuthFlow[] {
                flows.getAuthorizationCode(), flows.getImplicit(), flows.getPassword(), flows.getClientCredentials()
            }) {
                if (flow != null && flow.getScopes() != null) {
                    flow.getScopes().keySet().stream()
                            .filter(k -> !scopes.contains(k))
                            .forEach(scopes::add);
                }
            }
        }
        return scopes;
    }
}
