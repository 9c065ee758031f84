package io.handspec.generator.model;

/**
 * One property of an object schema.
 *
 * @param name        JSON name
 * @param type        its type
 * @param required    listed in {@code required}
 * @param nullable    {@code nullable: true} (3.0) or {@code type: [.., "null"]} (3.1)
 * @param readOnly    {@code readOnly: true}: sent by the server only
 * @param description Javadoc text, may be empty
 * @param deprecated  {@code deprecated: true}
 * @param secret      {@code format: password} or {@code writeOnly: true}: printed masked
 */
public record Property(
        String name,
        TypeRef type,
        boolean required,
        boolean nullable,
        boolean readOnly,
        String description,
        boolean deprecated,
        boolean secret) {
    public Property {
        description = description == null ? "" : description;
    }
}
