package io.handspec.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Sends {@link ApiRequest}s through layers around one {@link HttpTransport}, outermost first:
 * retry ({@link RetryPolicy}, delays on a {@link RetryTimer}), redirects, authentication (credentials
 * on the base URL's origin only), listening (redacted events, size limit). The async path holds no
 * thread while waiting for I/O or a retry delay; the blocking path does the exchange on the calling
 * thread, which waits anyway (a retry after a delay goes on asynchronously). Thread-safe; generated
 * API classes share one.
 */
public final class ApiClient {
    private final ClientConfig config;
    private final Redactor redactor;
    private final Layer pipeline;
    private final RequestEncoder encoder;
    private final ResponseReader reader;

    public ApiClient(ClientConfig config) {
        this.config = config;
        Secrets callerSecrets = new Secrets();
        this.redactor = new Redactor(config.authentications(), callerSecrets);
        config.headers().forEach((name, value) -> {
            if (redactor.isCredentialHeader(name)) {
                callerSecrets.addHeaderValue(value);
            }
        });
        Layer listening = new ListeningLayer(config.transport(), config.listeners(), redactor, config.maxBodyBytes());
        Layer auth = new AuthLayer(config.baseUri(), config.authentications(), redactor, listening);
        Layer redirects = new RedirectLayer(config.baseUri(), auth);
        this.pipeline = new RetryLayer(config.retryPolicy(), config.retryTimer(), config.clock(), redactor, redirects);
        this.encoder = new RequestEncoder(config, redactor, callerSecrets);
        this.reader = new ResponseReader(config.mapper(), redactor);
    }

    public ClientConfig config() {
        return config;
    }

    /**
     * Sends the request and reads the response as {@code spec} says.
     *
     * @throws ApiException on an error status
     * @throws HandspecException on any other failure; every exception this throws is one
     */
    public <T> ApiResponse<T> execute(ApiRequest request, ResponseSpec<T> spec) {
        // the waiting thread does the exchange itself: no hand-over to another thread and back
        return await(send(request.sendable(), spec, Thread.currentThread()));
    }

    /**
     * {@link #executeAsync(ApiRequest, ResponseSpec)} of a request built by {@code request}: when
     * building fails (a required argument missing, a constraint violated), the future completes
     * with what the blocking call throws, so an asynchronous caller finds every failure in one place.
     *
     * @param <T>     the body's type
     * @param request builds the request
     * @param spec    how to read the response
     * @return the response when it is read
     */
    public <T> CompletableFuture<ApiResponse<T>> executeAsync(Supplier<ApiRequest> request, ResponseSpec<T> spec) {
        ApiRequest built;
        try {
            built = request.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return executeAsync(built, spec);
    }

    /** {@link #execute} without blocking: completes (exceptionally with a {@link HandspecException}) when the answer is read. */
    public <T> CompletableFuture<ApiResponse<T>> executeAsync(ApiRequest request, ResponseSpec<T> spec) {
        if (request.failure() != null) {
            return CompletableFuture.failedFuture(request.failure());
        }
        return send(request, spec, null);
    }

    private <T> CompletableFuture<ApiResponse<T>> send(ApiRequest request, ResponseSpec<T> spec, Thread waiter) {
        HttpCall call;
        try {
            call = encoder.encode(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(failure(request, e));
        }
        CompletableFuture<HttpResult> sent;
        try {
            sent = pipeline.send(new Layer.Attempt(request, call, 1, spec.readsStream(), waiter));
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return sent.handle((result, error) -> {
            try {
                if (error != null) {
                    throw unwrap(error);
                }
                boolean success = result.status() >= 200 && result.status() < 300;
                // only a successful download stays a stream; an error body is read to be shown, within the limit
                return reader.read(request, spec, success ? result : readStream(request, result));
            } catch (Error fatal) {
                throw fatal;
            } catch (Throwable failed) {
                Throwable cause = unwrap(failed);
                if (cause instanceof Error fatal) {
                    throw fatal;
                }
                throw new CompletionException(failure(request, cause));
            }
        });
    }

    /** Encodes a model or map as the JSON tree the wire will carry; used by pagers that edit a body. */
    public ObjectNode toJsonObject(Object value) {
        return RequestEncoder.toJsonObject(config.mapper(), value);
    }

    private HttpResult readStream(ApiRequest request, HttpResult result) {
        try {
            return result.read(config.maxBodyBytes());
        } catch (java.io.UncheckedIOException e) {
            throw failure(request, e.getCause());
        }
    }

    private HandspecException failure(ApiRequest request, Throwable cause) {
        if (cause instanceof HandspecException known) {
            return known;
        }
        String where = request.method() + " " + request.path() + " (" + request.operationId() + ")";
        if (cause instanceof IOException) {
            return new ApiIoException(redactor.text("I/O error on " + where + ": " + cause), cause);
        }
        return new HandspecException(redactor.text(where + " failed: " + cause), cause);
    }

    /** The cause under the wrappers futures put around it. */
    static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** Waits for a future of this runtime, rethrowing its {@link HandspecException}. */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ApiIoException("interrupted while waiting for the response", e);
        } catch (ExecutionException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof HandspecException known) {
                throw known;
            }
            throw new HandspecException("the call failed: " + cause.getClass().getName(), cause);
        }
    }
}
