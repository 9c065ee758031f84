package io.handspec.runtime;

import java.util.concurrent.CompletableFuture;

/**
 * The seam between a generated client and the network. The default is {@link JdkHttpTransport};
 * plug in another HTTP stack by implementing this one method.
 *
 * <p>Implementations must not follow redirects themselves: the client does, so that credentials
 * are never sent to another origin.
 */
@FunctionalInterface
public interface HttpTransport {

    /** Sends one HTTP exchange. I/O failures complete the future exceptionally with an {@link java.io.IOException}. */
    CompletableFuture<HttpResult> send(HttpCall call);

    /**
     * Sends one exchange on the calling thread, for a caller that blocks until the answer is in
     * anyway ({@link ApiClient#execute}), which saves the hand-over to another thread that an
     * asynchronous send costs. By default {@link #send}, which is right for any transport; one that
     * overrides it returns a completed future, fails as {@link #send} does, and bounds the whole
     * exchange, body included, by the call's timeout.
     */
    default CompletableFuture<HttpResult> sendBlocking(HttpCall call) {
        return send(call);
    }

    /**
     * Sends one exchange whose body the caller reads as a stream ({@link HttpResult#stream()}), for
     * downloads that are large by nature. By default the body is read into memory first.
     */
    default CompletableFuture<HttpResult> sendStreaming(HttpCall call) {
        return send(call)
                .thenApply(r -> new HttpResult(
                        r.status(), r.headers(), new byte[0], new java.io.ByteArrayInputStream(r.body())));
    }
}
