package io.handspec.runtime;

import java.time.Duration;

/** Waits between attempts. Tests inject one that records instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    /** The real one: {@link Thread#sleep}. */
    Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
