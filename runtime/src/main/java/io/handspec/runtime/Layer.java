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
     * One attempt of a call on its way through the layers.
     *
     * @param request the operation call as generated code described it
     * @param http    the HTTP request as the layers so far shaped it
     * @param number    1 for the first attempt
     * @param streaming whether the answer's body is handed over as a stream (a download)
     */
    record Attempt(ApiRequest request, HttpCall http, int number, boolean streaming) {
        Attempt with(HttpCall newHttp) {
            return new Attempt(request, newHttp, number, streaming);
        }

        Attempt next() {
            return new Attempt(request, http, number + 1, streaming);
        }
    }
}
