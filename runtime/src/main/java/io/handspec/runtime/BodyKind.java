package io.handspec.runtime;

/** The encodings a request body can have. */
public enum BodyKind {
    /** No body. */
    NONE,
    /** {@code application/json} (or a vendor {@code +json} type), written by Jackson. */
    JSON,
    /** {@code application/x-www-form-urlencoded}, each property as its {@code encoding} says; binary as base64. */
    FORM,
    /** {@code multipart/form-data} from a {@link MultipartBody}: the runtime picks the boundary, files are streamed. */
    MULTIPART,
    /** Raw bytes. */
    BINARY
}
