package io.handspec.runtime;

/** A response body was larger than {@link ClientConfig#maxBodyBytes()}; it was not read further. */
public final class ResponseTooLargeException extends HandspecException {
    private static final long serialVersionUID = 1L;
    private final long limit;

    public ResponseTooLargeException(long limit) {
        super(
                "the response body is larger than the limit of " + limit
                        + " bytes; raise ClientConfig.Builder.maxBodyBytes" + " if such answers are expected",
                null);
        this.limit = limit;
    }

    /** The limit in bytes that was exceeded. */
    public long limit() {
        return limit;
    }
}
