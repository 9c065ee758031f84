package io.handspec.runtime;

import java.time.Duration;

/**
 * A blocking wait between attempts, for tests that record delays; see {@link RetryTimer} for the
 * non-blocking one the client uses by default.
 */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
}
