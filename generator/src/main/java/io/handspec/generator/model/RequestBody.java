package io.handspec.generator.model;

/**
 * The request body of an operation, for the media type the client will send.
 *
 * @param mediaType   chosen media type (JSON first, then form, then binary)
 * @param encoding    how the runtime writes it
 * @param type        its type
 * @param required    whether it must be given
 * @param description Javadoc text, may be empty
 */
public record RequestBody(String mediaType, Encoding encoding, TypeRef type, boolean required, String description) {

    /** How a body is written. */
    public enum Encoding {
        JSON,
        FORM,
        BINARY
    }
}
