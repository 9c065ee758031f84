package io.handspec.generator.model;

/**
 * A security scheme, with our {@code x-handspec-auth} refinements.
 *
 * @param key         its key under {@code components/securitySchemes}
 * @param description Javadoc text, may be empty
 * @param credential  what the client must send
 */
public record SecurityScheme(String key, String description, Credential credential) {
    public SecurityScheme {
        description = description == null ? "" : description;
    }
}
