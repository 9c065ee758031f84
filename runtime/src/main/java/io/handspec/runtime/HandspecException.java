package io.handspec.runtime;

/** The root of every exception a generated client throws. Unchecked. */
public class HandspecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HandspecException(String message, Throwable cause) {
        super(message, cause);
    }
}
