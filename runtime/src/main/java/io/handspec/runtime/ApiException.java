package io.handspec.runtime;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server answered with an error status. One subclass per status a client may want to catch
 * ({@link BadRequest}, {@link NotFound}, {@link TooManyRequests}, {@link ServerError}, ...).
 *
 * <p>Each carries the status, headers and raw body, and, where the spec declares an error schema
 * for the status, the body parsed into that type ({@link #error(Class)}). A body that fails to parse
 * never hides the status: {@link #error()} is then empty and {@link #errorParseFailure()} says why.
 *
 * <p>Java forbids generic exception classes, and a per-API subclass could not also be a
 * {@link NotFound} or a {@link TooManyRequests}; so the typed view is generated beside each client
 * instead: {@code KaloErrors.of(e)} returns {@code Optional<ErrorDocument>}, with one such static
 * accessor per error body type the spec declares.
 */
public class ApiException extends HandspecException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Map<String, List<String>> headers;
    private final byte[] body;
    private final transient Object error;
    private final String errorParseFailure;
    private final transient Type errorType;

    protected ApiException(Details d) {
        super(d.message, null);
        this.status = d.status;
        this.headers = d.headers;
        this.body = d.body;
        this.error = d.error;
        this.errorParseFailure = d.parseFailure;
        this.errorType = d.errorType;
    }

    /** Creates the subclass for {@code details.status}. */
    public static ApiException of(Details details) {
        return switch (details.status) {
            case 400 -> new BadRequest(details);
            case 401 -> new Unauthorized(details);
            case 402 -> new PaymentRequired(details);
            case 403 -> new Forbidden(details);
            case 404 -> new NotFound(details);
            case 409 -> new Conflict(details);
            case 410 -> new Gone(details);
            case 412 -> new PreconditionFailed(details);
            case 422 -> new UnprocessableEntity(details);
            case 429 -> new TooManyRequests(details);
            default -> details.status >= 500 ? new ServerError(details) : new ApiException(details);
        };
    }

    public int status() {
        return status;
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a response header, ignoring case. */
    public Optional<String> header(String name) {
        return Headers.first(headers, name);
    }

    /** The raw response body. */
    public byte[] body() {
        return body.clone();
    }

    /** The raw response body as UTF-8 text. */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The typed error body, if the spec declares one for this status and it parsed. For its static
     * type, use the accessor generated beside the client ({@code KaloErrors.of(e)}) or
     * {@link #error(Class)}.
     */
    public Optional<Object> error() {
        return Optional.ofNullable(error);
    }

    /** The typed error body as {@code type}, if it is one. */
    public <T> Optional<T> error(Class<T> type) {
        return type.isInstance(error) ? Optional.of(type.cast(error)) : Optional.empty();
    }

    /** The type the spec declares for this status's body (the operation's, else the API-wide one), if any. */
    public Optional<Type> errorType() {
        return Optional.ofNullable(errorType);
    }

    /** Why the error body could not be parsed into its declared type, if it could not. */
    public Optional<String> errorParseFailure() {
        return Optional.ofNullable(errorParseFailure);
    }

    /**
     * What an {@link ApiException} is made of.
     *
     * @param message      the message
     * @param status       the status
     * @param headers      the response headers
     * @param body         the raw body
     * @param error        the parsed error body, or {@code null}
     * @param parseFailure why the body did not parse into {@code errorType}, or {@code null}
     * @param errorType    the declared error body type, or {@code null}
     */
    public record Details(
            String message,
            int status,
            Map<String, List<String>> headers,
            byte[] body,
            Object error,
            String parseFailure,
            Type errorType) {
        /** Details without a declared error type. */
        public Details(
                String message,
                int status,
                Map<String, List<String>> headers,
                byte[] body,
                Object error,
                String parseFailure) {
            this(message, status, headers, body, error, parseFailure, null);
        }
    }

    /** 400: the request was malformed; do not resend it unchanged. */
    public static final class BadRequest extends ApiException {
        private static final long serialVersionUID = 1L;

        public BadRequest(Details d) {
            super(d);
        }
    }

    /** 401: credentials missing or rejected. */
    public static final class Unauthorized extends ApiException {
        private static final long serialVersionUID = 1L;

        public Unauthorized(Details d) {
            super(d);
        }
    }

    /** 402: the account or workspace needs an upgrade, or a quota is used up. */
    public static final class PaymentRequired extends ApiException {
        private static final long serialVersionUID = 1L;

        public PaymentRequired(Details d) {
            super(d);
        }
    }

    /** 403: authenticated but not allowed. */
    public static final class Forbidden extends ApiException {
        private static final long serialVersionUID = 1L;

        public Forbidden(Details d) {
            super(d);
        }
    }

    /** 404: no such resource. */
    public static final class NotFound extends ApiException {
        private static final long serialVersionUID = 1L;

        public NotFound(Details d) {
            super(d);
        }
    }

    /** 409: the request conflicts with the resource's state. */
    public static final class Conflict extends ApiException {
        private static final long serialVersionUID = 1L;

        public Conflict(Details d) {
            super(d);
        }
    }

    /** 410: the endpoint is gone; do not call it again. */
    public static final class Gone extends ApiException {
        private static final long serialVersionUID = 1L;

        public Gone(Details d) {
            super(d);
        }
    }

    /** 412: an {@code If-Match} precondition failed; the resource changed. */
    public static final class PreconditionFailed extends ApiException {
        private static final long serialVersionUID = 1L;

        public PreconditionFailed(Details d) {
            super(d);
        }
    }

    /** 422: the values did not pass validation. */
    public static final class UnprocessableEntity extends ApiException {
        private static final long serialVersionUID = 1L;

        public UnprocessableEntity(Details d) {
            super(d);
        }
    }

    /** 429: rate limited, after the retry policy gave up. */
    public static final class TooManyRequests extends ApiException {
        private static final long serialVersionUID = 1L;

        public TooManyRequests(Details d) {
            super(d);
        }
    }

    /** 5xx: the server failed, after the retry policy gave up. */
    public static final class ServerError extends ApiException {
        private static final long serialVersionUID = 1L;

        public ServerError(Details d) {
            super(d);
        }
    }
}
