package io.handspec.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation call as the generated code describes it: method, path with its parameters,
 * query, headers and body, before credentials, base URL and encoding are applied.
 *
 * <pre>{@code
 * ApiRequest.builder("GET", "/users;email={email}")
 *     .pathParam("email", ParamStyle.MATRIX, "a@b.c")      // -> /users;email=a@b.c
 *     .queryParam("page[limit]", ParamStyle.FORM_EXPLODED, 30)
 *     .build();
 * }</pre>
 */
public final class ApiRequest {
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

    private final String operationId;
    private final String method;
    private final String path;
    private final List<QueryPair> query;
    private final Map<String, List<String>> headers;
    private final BodyKind bodyKind;
    private final Object body;
    private final String contentType;
    private final String rootKey;
    private final Map<String, FormEncoder.Rule> formRules;
    private final RequestOptions options;
    private final java.net.URI absoluteUri;
    /** What building the request failed with (only a {@link #operation} builder keeps it), or {@code null}. */
    private final RuntimeException failure;

    private ApiRequest(Builder b) {
        this.operationId = b.operationId;
        this.method = b.method;
        this.path = expand(b.pathTemplate, b.pathValues);
        this.query = List.copyOf(b.query);
        this.headers = Headers.copyOf(b.headers);
        this.bodyKind = b.bodyKind;
        this.body = b.body;
        this.contentType = b.contentType;
        this.rootKey = b.rootKey;
        this.formRules = Map.copyOf(b.formRules);
        this.options = b.options;
        this.absoluteUri = b.absoluteUri;
        this.failure = null;
    }

    /** A request that could not be built: it carries the failure and nothing to send. */
    private ApiRequest(Builder b, RuntimeException failure) {
        this.operationId = b.operationId;
        this.method = b.method;
        this.path = b.pathTemplate;
        this.query = List.of();
        this.headers = Map.of();
        this.bodyKind = BodyKind.NONE;
        this.body = null;
        this.contentType = null;
        this.rootKey = null;
        this.formRules = Map.of();
        this.options = b.options;
        this.absoluteUri = null;
        this.failure = failure;
    }

    /** Starts a request for {@code method} on {@code pathTemplate} (relative to the base URL, with {@code {name}} holes). */
    public static Builder builder(String method, String pathTemplate) {
        return new Builder(method, pathTemplate, false);
    }

    /**
     * A builder for a generated operation's request. Where {@link #builder}'s methods throw at once,
     * this one keeps the first failure (a required path parameter missing or empty, a constraint
     * broken) and {@link Builder#build} returns a request carrying it: {@link ApiClient#execute} and
     * {@link PagedIterable}'s constructor throw it, {@link ApiClient#executeAsync} completes its
     * future with it. So every form of an operation fails as if building had thrown, and the
     * asynchronous ones need no code of their own to catch it.
     *
     * @param method       the HTTP method
     * @param pathTemplate the path with {@code {name}} holes
     * @param operationId  the operation's id, shown in messages
     * @return the builder
     */
    public static Builder operation(String method, String pathTemplate, String operationId) {
        Builder b = new Builder(method, pathTemplate, true);
        b.operationId = Objects.requireNonNull(operationId, "operationId == null");
        return b;
    }

    public String operationId() {
        return operationId;
    }

    public String method() {
        return method;
    }

    /** The path with every parameter written and encoded. */
    public String path() {
        return path;
    }

    /** Encoded query pairs in order. */
    public List<QueryPair> query() {
        return query;
    }

    /**
     * One query parameter, both parts percent-encoded.
     *
     * @param name  the encoded name
     * @param value the encoded value
     */
    public record QueryPair(String name, String value) {}

    public Map<String, List<String>> headers() {
        return headers;
    }

    public BodyKind bodyKind() {
        return bodyKind;
    }

    public Object body() {
        return body;
    }

    public String contentType() {
        return contentType;
    }

    /** The root key the body is wrapped in ({@code {"app": {...}}}), or {@code null}. */
    public String rootKey() {
        return rootKey;
    }

    public RequestOptions options() {
        return options;
    }

    /** How the properties of a form body are written, where the spec's {@code encoding} says. */
    Map<String, FormEncoder.Rule> formRules() {
        return formRules;
    }

    /** GET, HEAD, PUT, DELETE and OPTIONS are idempotent unless the per-call options say otherwise. */
    public boolean idempotent() {
        if (options.idempotent() != null) {
            return options.idempotent();
        }
        return switch (method) {
            case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
            default -> false;
        };
    }

    /** The decoded first value of a query parameter, if the request has it. */
    public java.util.Optional<String> queryValue(String name) {
        String encoded = ParamEncoder.queryName(name);
        for (QueryPair pair : query) {
            if (pair.name().equals(encoded)) {
                return java.util.Optional.of(
                        java.net.URLDecoder.decode(pair.value(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return java.util.Optional.empty();
    }

    /** A copy with one query parameter set (replacing earlier values of that name); used by pagers. */
    public ApiRequest withQuery(String name, String value) {
        Builder b = toBuilder();
        String encoded = ParamEncoder.queryName(name);
        b.query.removeIf(pair -> pair.name().equals(encoded));
        b.query.add(new QueryPair(encoded, UrlEncoding.encode(value)));
        return b.build();
    }

    /**
     * A copy sent to {@code uri} instead of base URL, path and query: a link the server gave, such
     * as Kayako's {@code next_url}. Credentials are still added when it has the base URL's origin.
     */
    public ApiRequest withAbsoluteUri(java.net.URI uri) {
        Builder b = toBuilder();
        b.absoluteUri = uri;
        return b.build();
    }

    /** The absolute URI set by {@link #withAbsoluteUri}, or {@code null}. */
    public java.net.URI absoluteUri() {
        return absoluteUri;
    }

    /** What makes two requests the same on the wire: method, target and body (to see a page requested twice). */
    String identity(java.net.URI base) {
        StringBuilder s = new StringBuilder(method).append(' ');
        if (absoluteUri != null) {
            s.append(absoluteUri);
        } else {
            s.append(base).append(path);
            char sep = '?';
            for (QueryPair pair : query) {
                s.append(sep).append(pair.name()).append('=').append(pair.value());
                sep = '&';
            }
        }
        return s.append(' ').append(body).toString();
    }

    /** The path without any query, for messages (a query may hold a credential). */
    String shownPath() {
        return absoluteUri != null ? absoluteUri.getRawPath() : path;
    }

    /** The request headers that make a request conditional on the version of what it reads. */
    private static final java.util.Set<String> CONDITIONAL =
            java.util.Set.of("if-none-match", "if-modified-since", "if-match", "if-unmodified-since", "if-range");

    /** A copy without conditional headers, from the operation or the per-call options; used by pagers. */
    ApiRequest withoutConditionalHeaders() {
        Builder b = toBuilder();
        b.headers.keySet().removeIf(name -> CONDITIONAL.contains(name.toLowerCase(java.util.Locale.ROOT)));
        b.options = options.without(name -> CONDITIONAL.contains(name.toLowerCase(java.util.Locale.ROOT)));
        return b.build();
    }

    /** A copy with another body; used by pagers that move a cursor in the body. */
    public ApiRequest withBody(Object newBody) {
        Builder b = toBuilder();
        b.body = newBody;
        return b.build();
    }

    /**
     * This request, or the failure it was built with thrown.
     *
     * @throws RuntimeException what building an {@link #operation} request failed with
     */
    ApiRequest sendable() {
        if (failure != null) {
            throw failure;
        }
        return this;
    }

    /** What building an {@link #operation} request failed with, or {@code null}. */
    RuntimeException failure() {
        return failure;
    }

    /** A builder of a copy; the copy of a request that failed to build carries the same failure. */
    private Builder toBuilder() {
        if (failure != null) {
            Builder b = new Builder(method, path, true);
            b.operationId = operationId;
            b.options = options;
            b.failure = failure;
            return b;
        }
        Builder b = new Builder(method, path.replace("{", "%7B").replace("}", "%7D"), false);
        b.operationId = operationId;
        b.query.addAll(query);
        headers.forEach((k, v) -> b.headers.put(k, new ArrayList<>(v)));
        b.bodyKind = bodyKind;
        b.body = body;
        b.contentType = contentType;
        b.rootKey = rootKey;
        b.formRules.putAll(formRules);
        b.options = options;
        b.absoluteUri = absoluteUri;
        return b;
    }

    private static String expand(String template, Map<String, String> values) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        Matcher m = TEMPLATE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new HandspecException(
                        "path parameter '" + m.group(1) + "' of " + template + " was not given", null);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Writes a scalar, a collection or an enum-like value as the string that goes on the wire. */
    static String scalar(Object value) {
        if (value instanceof WireValue wire) {
            return String.valueOf(wire.wireValue());
        }
        return String.valueOf(value);
    }

    /** Builds an {@link ApiRequest}; parameters whose value is {@code null} are left out. */
    public static final class Builder {
        private String operationId = "";
        private final String method;
        private final String pathTemplate;
        private final Map<String, String> pathValues = new LinkedHashMap<>();
        private final List<QueryPair> query = new ArrayList<>();
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private BodyKind bodyKind = BodyKind.NONE;
        private Object body;
        private String contentType;
        private String rootKey;
        private final Map<String, FormEncoder.Rule> formRules = new LinkedHashMap<>();
        private RequestOptions options = RequestOptions.none();
        private java.net.URI absoluteUri;
        /** Whether a failure is kept for the request rather than thrown ({@link ApiRequest#operation}). */
        private final boolean keepsFailure;

        private RuntimeException failure;

        private Builder(String method, String pathTemplate, boolean keepsFailure) {
            this.method = Objects.requireNonNull(method, "method == null");
            this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate == null");
            this.keepsFailure = keepsFailure;
        }

        /**
         * Runs one step of building unless an earlier one failed; a step that throws fails as
         * {@link #failed} says.
         */
        private Builder attempt(Runnable step) {
            if (failure == null) {
                try {
                    step.run();
                } catch (RuntimeException e) {
                    return failed(e);
                }
            }
            return this;
        }

        /** Throws {@code e}, or keeps it when this builder keeps its first failure. */
        private Builder failed(RuntimeException e) {
            if (!keepsFailure) {
                throw e;
            }
            failure = e;
            return this;
        }

        public Builder operationId(String id) {
            this.operationId = id;
            return this;
        }

        /** Fills the {@code {name}} hole of the path. A {@code null} value is an error: path parameters are required. */
        public Builder pathParam(String name, ParamStyle style, Object value) {
            return attempt(() -> pathValues.put(name, pathValue(name, style, value)));
        }

        private static String pathValue(String name, ParamStyle style, Object value) {
            if (value == null) {
                throw new HandspecException("path parameter '" + name + "' is required", null);
            }
            String written = noDotSegment(ParamEncoder.path(name, style, value));
            if (written.isEmpty()) {
                // an empty segment vanishes from the path ("/users//keys"), and the call lands elsewhere
                throw new HandspecException("path parameter '" + name + "' is empty: give it a value", null);
            }
            return written;
        }

        /** Adds a query parameter written in {@code style}; {@code null} leaves it out. */
        public Builder queryParam(String name, ParamStyle style, Object value) {
            return queryParam(name, style, false, value);
        }

        /**
         * Adds a query parameter written in {@code style}; {@code null} leaves it out.
         *
         * @param name          the parameter name
         * @param style         how the value is written
         * @param allowReserved the spec's {@code allowReserved}: RFC 3986 reserved characters go unescaped
         * @param value         the value
         * @return this builder
         */
        public Builder queryParam(String name, ParamStyle style, boolean allowReserved, Object value) {
            return value == null
                    ? this
                    : attempt(() -> query.addAll(ParamEncoder.query(name, style, allowReserved, value)));
        }

        /**
         * Checks a parameter against the constraints its spec states, before anything is sent.
         *
         * @param name        the parameter name, shown in the error
         * @param value       the value; {@code null} (not given) passes
         * @param constraints what the spec allows
         * @return this builder
         * @throws IllegalArgumentException naming the parameter, the value and the constraint it breaks
         */
        public Builder check(String name, Object value, Constraints constraints) {
            return attempt(() -> constraints.check(
                    (operationId.isEmpty() ? "" : operationId + ": ") + "parameter '" + name + "'", value));
        }

        /** Adds a header; {@code null} leaves it out. Collections are comma-separated. */
        public Builder header(String name, Object value) {
            return value == null
                    ? this
                    : attempt(() -> headers.computeIfAbsent(name, k -> new ArrayList<>())
                            .add(rawJoin(value)));
        }

        /** Sets the body and how it is encoded; {@code null} means no body. */
        public Builder body(BodyKind kind, String mediaType, Object value) {
            if (value != null) {
                this.bodyKind = kind;
                this.body = value;
                this.contentType = mediaType;
            }
            return this;
        }

        /**
         * Says how one property of a form body is written, as the spec's {@code encoding} states;
         * properties without one are written {@code form} with explode ({@code ids=1&ids=2}).
         *
         * @param property      the property name
         * @param style         its style with explode ({@link ParamStyle#FORM} gives {@code ids=1,2})
         * @param allowReserved the encoding's {@code allowReserved}
         * @return this builder
         */
        public Builder formEncoding(String property, ParamStyle style, boolean allowReserved) {
            formRules.put(property, new FormEncoder.Rule(style, allowReserved));
            return this;
        }

        /** Wraps the JSON body in an object under this key. */
        public Builder rootKey(String key) {
            this.rootKey = key;
            return this;
        }

        public Builder options(RequestOptions requestOptions) {
            this.options = requestOptions == null ? RequestOptions.none() : requestOptions;
            return this;
        }

        /**
         * The request.
         *
         * @return the request; from an {@link ApiRequest#operation} builder, one that carries the
         *     first failure when there was one
         */
        public ApiRequest build() {
            if (failure != null) {
                return new ApiRequest(this, failure);
            }
            try {
                return new ApiRequest(this);
            } catch (RuntimeException e) {
                failed(e);
                return new ApiRequest(this, e);
            }
        }

        /**
         * A value of only dots would be read as {@code .} or {@code ..} and move the request to
         * another path: its dots are percent-encoded, so every value stays inside its segment.
         */
        private static String noDotSegment(String encoded) {
            return !encoded.isEmpty() && encoded.chars().allMatch(c -> c == '.')
                    ? encoded.replace(".", "%2E")
                    : encoded;
        }

        private static String rawJoin(Object value) {
            if (value instanceof Collection<?> items) {
                StringJoiner joiner = new StringJoiner(",");
                items.forEach(item -> joiner.add(scalar(item)));
                return joiner.toString();
            }
            return scalar(value);
        }
    }
}
