package io.handspec.generator.model;

/**
 * An operation parameter.
 *
 * @param name        name on the wire
 * @param in          where it goes
 * @param required    whether it must be given
 * @param type        its type
 * @param style       serialization style, defaulted as OpenAPI says
 * @param explode     serialization explode flag, defaulted as OpenAPI says
 * @param description Javadoc text, may be empty
 * @param deprecated  {@code deprecated: true}
 * @param maximum     the schema's {@code maximum} when it is a whole number, or {@code null}
 * @param constraints what the schema allows, checked before sending
 * @param allowReserved {@code allowReserved: true} (query parameters)
 */
public record Parameter(
        String name,
        Location in,
        boolean required,
        TypeRef type,
        Style style,
        boolean explode,
        String description,
        boolean deprecated,
        Long maximum,
        Constraints constraints,
        boolean allowReserved) {

    /** Where a parameter goes. */
    public enum Location {
        PATH,
        QUERY,
        HEADER,
        COOKIE
    }

    /** OpenAPI's {@code style} values. */
    public enum Style {
        SIMPLE,
        MATRIX,
        LABEL,
        FORM,
        SPACE_DELIMITED,
        PIPE_DELIMITED,
        DEEP_OBJECT
    }

    public Parameter {
        description = description == null ? "" : description;
        constraints = constraints == null ? Constraints.NONE : constraints;
    }

    /** A parameter without constraints beyond a documented maximum. */
    public Parameter(
            String name,
            Location in,
            boolean required,
            TypeRef type,
            Style style,
            boolean explode,
            String description,
            boolean deprecated,
            Long maximum) {
        this(name, in, required, type, style, explode, description, deprecated, maximum, Constraints.NONE, false);
    }

    /** A parameter without a documented maximum. */
    public Parameter(
            String name,
            Location in,
            boolean required,
            TypeRef type,
            Style style,
            boolean explode,
            String description,
            boolean deprecated) {
        this(name, in, required, type, style, explode, description, deprecated, null);
    }
}
