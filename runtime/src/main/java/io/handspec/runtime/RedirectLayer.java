package io.handspec.runtime;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Follows redirects (at most five hops). A 303 becomes a GET without a body; 301, 302, 307 and 308
 * keep method and body. A request body is never sent to another origin than the base URL's: such a
 * redirect is not followed, and its 3xx answer surfaces as an {@link ApiException}; so is one whose
 * body cannot be sent twice (a part read from an {@code InputStream}). Credentials are
 * the {@link AuthLayer}'s job, below this one, so every hop is judged by its own origin.
 */
final class RedirectLayer implements Layer {
    static final int MAX_REDIRECTS = 5;

    private final URI base;
    private final Layer next;

    RedirectLayer(URI base, Layer next) {
        this.base = base;
        this.next = next;
    }

    @Override
    public CompletableFuture<HttpResult> send(Attempt attempt) {
        return follow(attempt, 0);
    }

    private CompletableFuture<HttpResult> follow(Attempt attempt, int hop) {
        return Layer.then(next.send(attempt), (result, error) -> {
            if (error != null) {
                return CompletableFuture.failedFuture(error);
            }
            Optional<HttpCall> redirected = hop < MAX_REDIRECTS ? redirect(attempt.http(), result) : Optional.empty();
            if (redirected.isEmpty()) {
                return CompletableFuture.completedFuture(result);
            }
            result.discard();
            return follow(attempt.with(redirected.get()), hop + 1);
        });
    }

    private Optional<HttpCall> redirect(HttpCall call, HttpResult result) {
        int status = result.status();
        boolean redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
        if (!redirect) {
            return Optional.empty();
        }
        Optional<String> location = result.header("Location");
        if (location.isEmpty()) {
            return Optional.empty();
        }
        URI target;
        try {
            target = call.uri().resolve(location.get().trim());
        } catch (IllegalArgumentException badLocation) {
            return Optional.empty();
        }
        if (target.getScheme() == null
                || !(target.getScheme().equalsIgnoreCase("http")
                        || target.getScheme().equalsIgnoreCase("https"))) {
            return Optional.empty();
        }
        Map<String, List<String>> headers = call.headers();
        if (status == 303 && !"HEAD".equals(call.method())) {
            java.util.TreeMap<String, List<String>> withoutType = Headers.mutableCopy(headers);
            withoutType.remove("Content-Type");
            return Optional.of(new HttpCall("GET", target, Headers.own(withoutType), new byte[0], call.timeout()));
        }
        if (call.hasBody() && (!Origins.same(base, target) || !call.replayable())) {
            // a body read from a stream is gone: the 3xx answer surfaces rather than a second, empty send
            return Optional.empty();
        }
        return Optional.of(call.with(target, headers));
    }
}
