package io.handspec.generator.model;

import java.util.List;

/**
 * A security scheme, with our {@code x-handspec-auth} refinements.
 *
 * @param key         its key under {@code components/securitySchemes}
 * @param kind        what the client must send
 * @param in          header, query or cookie, for API keys
 * @param paramName   header, query or cookie name, for API keys
 * @param description Javadoc text
 * @param fixedPassword for basic schemes whose password is a constant (Toggl's {@code api_token}), else {@code null}
 * @param scopes      OAuth2 scopes
 */
public record SecurityScheme(String key, Kind kind, String in, String paramName, String description,
                             String fixedPassword, List<String> scopes) {

    /** Credential forms. */
    public enum Kind { API_KEY, BASIC, BASIC_TOKEN, BEARER, OAUTH2, SESSION }

    public SecurityScheme {
        scopes = List.copyOf(scopes);
        description = description == null ? "" : description;
    }
}
