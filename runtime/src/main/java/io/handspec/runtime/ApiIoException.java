package io.handspec.runtime;

/** The request could not be sent or its response not read: connection refused or reset, timeout. */
public final class ApiIoException extends HandspecException {
    private static final long serialVersionUID = 1L;

    public ApiIoException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether the cause was a timeout. */
    public boolean isTimeout() {
        return getCause() instanceof java.net.http.HttpTimeoutException;
    }
}
