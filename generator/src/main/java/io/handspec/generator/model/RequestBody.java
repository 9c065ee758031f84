package io.handspec.generator.model;

import java.util.List;
import java.util.Map;

/**
 * The request body of an operation, for the media type the client will send.
 *
 * @param mediaType   chosen media type (JSON first, then form, then multipart, then binary)
 * @param encoding    how the runtime writes it
 * @param type        its type ({@code binary} for a multipart body, whose parts say the rest)
 * @param required    whether it must be given
 * @param description Javadoc text, may be empty
 * @param parts       the parts of a multipart body, in the order of the schema's properties
 * @param formRules   the {@code encoding} of form body properties that say more than the default
 */
public record RequestBody(
        String mediaType,
        Encoding encoding,
        TypeRef type,
        boolean required,
        String description,
        List<Part> parts,
        List<FormRule> formRules) {

    /** How a body is written. */
    public enum Encoding {
        JSON,
        FORM,
        MULTIPART,
        BINARY
    }

    public RequestBody {
        parts = List.copyOf(parts);
        formRules = List.copyOf(formRules);
    }

    /** A body without parts or form rules. */
    public RequestBody(String mediaType, Encoding encoding, TypeRef type, boolean required, String description) {
        this(mediaType, encoding, type, required, description, List.of(), List.of());
    }

    /**
     * One part of a {@code multipart/form-data} body: a schema property with its {@code encoding}.
     *
     * @param name        the part name (the property name)
     * @param type        its type; {@code binary} (or an array of it) is a file part
     * @param required    listed in the schema's {@code required}
     * @param description Javadoc text, may be empty
     * @param contentType the encoding's {@code contentType} when it names one type, or {@code null}
     * @param headers     headers of the encoding that have a default value: name to value
     */
    public record Part(
            String name,
            TypeRef type,
            boolean required,
            String description,
            String contentType,
            Map<String, String> headers) {
        public Part {
            description = description == null ? "" : description;
            headers = Map.copyOf(headers);
        }
    }

    /**
     * How one property of a form body is written, from its {@code encoding}.
     *
     * @param property      the property name
     * @param style         its style
     * @param explode       its explode flag (defaulted as OpenAPI says: true for {@code form})
     * @param allowReserved its {@code allowReserved}
     */
    public record FormRule(String property, Parameter.Style style, boolean explode, boolean allowReserved) {}
}
