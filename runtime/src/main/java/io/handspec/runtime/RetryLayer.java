package io.handspec.runtime;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Sends an attempt again as the {@link RetryPolicy} says (statuses, network errors, idempotency,
 * {@code Retry-After}), waiting on the {@link RetryTimer} so no thread is held during the delay. A
 * call whose body cannot be sent twice (a part read from an {@code InputStream}) is not retried: its
 * first answer or failure is the result, and the log says why.
 */
final class RetryLayer implements Layer {
    private static final System.Logger LOG = System.getLogger(ApiClient.class.getName());

    private final RetryPolicy policy;
    private final RetryTimer timer;
    private final Clock clock;
    private final Redactor redactor;
    private final Layer next;

    RetryLayer(RetryPolicy policy, RetryTimer timer, Clock clock, Redactor redactor, Layer next) {
        this.policy = policy;
        this.timer = timer;
        this.clock = clock;
        this.redactor = redactor;
        this.next = next;
    }

    @Override
    public CompletableFuture<HttpResult> send(Attempt attempt) {
        ApiRequest request = attempt.request();
        Integer perCall = request.options().maxAttempts();
        int maxAttempts = perCall != null ? perCall : policy.maxAttempts();
        boolean mayRetry = attempt.number() < maxAttempts && policy.allows(request.idempotent());
        return Layer.then(next.send(attempt), (result, error) -> {
            Throwable cause = ApiClient.unwrap(error);
            if (cause != null) {
                if (mayRetry && cause instanceof IOException && policy.retriesNetworkErrors()) {
                    if (!attempt.http().replayable()) {
                        return notReplayable(attempt, CompletableFuture.failedFuture(cause));
                    }
                    return retry(
                            attempt,
                            policy.delay(attempt.number(), 0, Optional.empty(), clock),
                            "I/O error " + cause.getClass().getSimpleName());
                }
                return CompletableFuture.<HttpResult>failedFuture(cause);
            }
            if (mayRetry && policy.retriesStatus(result.status())) {
                if (!attempt.http().replayable()) {
                    return notReplayable(attempt, CompletableFuture.completedFuture(result));
                }
                result.discard();
                return retry(
                        attempt,
                        policy.delay(attempt.number(), result.status(), result.header("Retry-After"), clock),
                        "answered " + result.status());
            }
            return CompletableFuture.completedFuture(result);
        });
    }

    /** A retry that cannot happen because the body was read from a stream: said in the log, not silently sent empty. */
    private CompletableFuture<HttpResult> notReplayable(Attempt attempt, CompletableFuture<HttpResult> outcome) {
        LOG.log(
                Level.INFO,
                () -> redactor.text(
                        attempt.request().method() + " " + attempt.request().shownPath()
                                + " not retried: its body has a part read from an InputStream, which cannot be sent twice"));
        return outcome;
    }

    private CompletableFuture<HttpResult> retry(Attempt attempt, Duration delay, String why) {
        LOG.log(
                Level.INFO,
                () -> redactor.text(attempt.request().method() + " "
                        + attempt.request().path() + " " + why + "; retrying in " + delay.toMillis() + " ms"));
        return timer.after(delay).thenCompose(ready -> send(attempt.next()));
    }
}
