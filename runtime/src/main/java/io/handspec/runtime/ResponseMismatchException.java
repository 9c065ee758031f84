package io.handspec.runtime;

/** The server answered with a success status but a body that does not match what the spec says. */
public final class ResponseMismatchException extends HandspecException {
    private static final long serialVersionUID = 1L;
    private final transient HttpResult result;

    public ResponseMismatchException(String message, HttpResult result, Throwable cause) {
        super(message, cause);
        this.result = result;
    }

    public int status() {
        return result.status();
    }

    /** The raw body as received. */
    public byte[] body() {
        return result.body().clone();
    }
}
