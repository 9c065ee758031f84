package io.handspec.runtime;

/**
 * Sees every attempt the client makes, for logging and metrics. Everything it is given is
 * redacted: credentials in headers and query parameters read {@code ***}.
 */
public interface ExchangeListener {

    /** Called before an attempt is sent. */
    default void onRequest(Exchange exchange) {}

    /** Called when an attempt got a response ({@code exchange.status() > 0}) or failed ({@code error() != null}). */
    default void onResponse(Exchange exchange) {}

    /**
     * One attempt, redacted.
     *
     * @param operationId the operation
     * @param attempt     1 for the first try
     * @param method      HTTP method
     * @param uri         the URI with credential query values replaced by {@code ***}
     * @param headers     request headers with credential values replaced by {@code ***}
     * @param status      the response status, 0 before a response or on failure
     * @param elapsedNanos time from sending to the response, 0 before a response
     * @param error       the I/O failure, or {@code null}
     */
    record Exchange(
            String operationId,
            int attempt,
            String method,
            String uri,
            java.util.Map<String, java.util.List<String>> headers,
            int status,
            long elapsedNanos,
            Throwable error) {}
}
