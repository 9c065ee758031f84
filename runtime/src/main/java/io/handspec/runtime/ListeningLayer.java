package io.handspec.runtime;

import java.lang.System.Logger.Level;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The innermost layer: hands the call to the transport, tells the listeners and the log about it
 * (redacted), and refuses a body over the size limit even from a transport that does not check it.
 */
final class ListeningLayer implements Layer {
    private static final System.Logger LOG = System.getLogger(ApiClient.class.getName());

    private final HttpTransport transport;
    private final List<ExchangeListener> listeners;
    private final Redactor redactor;
    private final long maxBodyBytes;

    ListeningLayer(HttpTransport transport, List<ExchangeListener> listeners, Redactor redactor, long maxBodyBytes) {
        this.transport = transport;
        this.listeners = listeners;
        this.redactor = redactor;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public CompletableFuture<HttpResult> send(Attempt attempt) {
        HttpCall call = attempt.http();
        // redacting the URI and headers costs a copy of both: done only for a listener or the log
        boolean listened = !listeners.isEmpty();
        String shownUri = listened || LOG.isLoggable(Level.DEBUG)
                ? redactor.uri(call.uri().toString())
                : null;
        Map<String, List<String>> shownHeaders = listened ? redactor.headers(call.headers()) : null;
        String operation = attempt.request().operationId();
        try {
            listeners.forEach(l -> l.onRequest(new ExchangeListener.Exchange(
                    operation, attempt.number(), call.method(), shownUri, shownHeaders, 0, 0, null)));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new HandspecException(
                    redactor.text("a listener failed before " + call.method() + " " + shownUri + " was sent: " + e),
                    e));
        }
        if (shownUri != null) {
            LOG.log(Level.DEBUG, () -> call.method() + " " + shownUri + " (attempt " + attempt.number() + ")");
        }
        long start = System.nanoTime();
        CompletableFuture<HttpResult> sent;
        try {
            sent = attempt.streaming()
                    ? transport.sendStreaming(call)
                    : attempt.onWaitingThread() ? transport.sendBlocking(call) : transport.send(call);
        } catch (RuntimeException e) {
            // the message of a stack's own check (an illegal header) may quote a credential: never pass it on raw
            sent = CompletableFuture.failedFuture(new HandspecException(
                    redactor.text("the transport refused " + call.method() + " "
                            + redactor.uri(call.uri().toString()) + ": "
                            + e.getClass().getSimpleName() + ": " + e.getMessage()),
                    null));
        }
        if (call.timeout() != null && !attempt.streaming()) {
            // the whole exchange, body included: a body that trickles or stalls must not hold the call forever
            sent = sent.orTimeout(call.timeout().toNanos(), TimeUnit.NANOSECONDS);
        }
        return sent.handle((result, error) -> {
            long elapsed = System.nanoTime() - start;
            Throwable cause = ApiClient.unwrap(error);
            if (cause instanceof TimeoutException) {
                cause = new HttpTimeoutException(
                        "no complete response (status, headers and body) within the request timeout of "
                                + call.timeout());
            }
            if (cause == null && result.stream() == null && result.body().length > maxBodyBytes) {
                cause = new ResponseTooLargeException(maxBodyBytes);
            }
            Throwable shown = cause;
            if (listened) {
                listeners.forEach(l -> l.onResponse(new ExchangeListener.Exchange(
                        operation,
                        attempt.number(),
                        call.method(),
                        shownUri,
                        shownHeaders,
                        shown == null ? result.status() : 0,
                        elapsed,
                        shown)));
            }
            if (cause != null) {
                throw new java.util.concurrent.CompletionException(cause);
            }
            return result;
        });
    }
}
