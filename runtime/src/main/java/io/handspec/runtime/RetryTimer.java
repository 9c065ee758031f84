package io.handspec.runtime;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between attempts without holding a thread: the returned future completes when the delay
 * has passed. Tests inject one that records the delay and completes at once.
 */
@FunctionalInterface
public interface RetryTimer {
    /** The real one: a shared scheduler completes the future after the delay; no thread waits. */
    RetryTimer SYSTEM = delay -> CompletableFuture.runAsync(
            () -> {}, CompletableFuture.delayedExecutor(Math.max(delay.toMillis(), 0), TimeUnit.MILLISECONDS));

    /** A future that completes after {@code delay}. */
    CompletableFuture<Void> after(Duration delay);
}
