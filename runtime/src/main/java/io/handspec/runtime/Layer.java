package io.handspec.runtime;

import java.util.concurrent.CompletableFuture;

/**
 * One step around the {@link HttpTransport}: retry, redirects, authentication, listening. Each
 * layer holds the next one and adds its job; none blocks a thread.
 */
@FunctionalInterface
interface Layer {
    CompletableFuture<HttpResult> send(Attempt attempt);

    /**
     * {@code sent.handle(next).thenCompose(identity)}, run at once when {@code sent} is already done
     * (a blocking call's exchange always is): two stages fewer per layer and call. {@code next} gets
     * the result, or the failure as {@code handle} would give it.
     */
    static <T, R> CompletableFuture<R> then(
            CompletableFuture<T> sent, java.util.function.BiFunction<T, Throwable, CompletableFuture<R>> next) {
        if (!sent.isDone()) {
            return sent.handle(next).thenCompose(java.util.function.Function.identity());
        }
        T result;
        try {
            result = sent.join();
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            return next.apply(null, e);
        }
        return next.apply(result, null);
    }

    /**
     * One attempt of a call on its way through the layers.
     *
     * @param request the operation call as generated code described it
     * @param http    the HTTP request as the layers so far shaped it
     * @param number    1 for the first attempt
     * @param streaming whether the answer's body is handed over as a stream (a download)
     * @param waiter    the thread that blocks until the call is answered ({@link ApiClient#execute}), or
     *                  {@code null} for an asynchronous call
     */
    record Attempt(ApiRequest request, HttpCall http, int number, boolean streaming, Thread waiter) {
        Attempt with(HttpCall newHttp) {
            return new Attempt(request, newHttp, number, streaming, waiter);
        }

        Attempt next() {
            return new Attempt(request, http, number + 1, streaming, waiter);
        }

        /**
         * Whether the transport may do this exchange on the current thread: only the thread that
         * waits for the answer anyway does, never a timer's or another call's thread that continues
         * this one (after a retry delay or a login).
         */
        boolean onWaitingThread() {
            return waiter == Thread.currentThread();
        }
    }
}
