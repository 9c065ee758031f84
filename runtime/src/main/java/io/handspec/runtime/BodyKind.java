package io.handspec.runtime;

/** The encodings a request body can have. */
public enum BodyKind {
    /** No body. */
    NONE,
    /** {@code application/json} (or a vendor {@code +json} type), written by Jackson. */
    JSON,
    /** {@code application/x-www-form-urlencoded}; arrays comma-separated, binary as base64. */
    FORM,
    /** Raw bytes. */
    BINARY
}
