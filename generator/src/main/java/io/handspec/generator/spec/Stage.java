package io.handspec.generator.spec;

import java.lang.management.ManagementFactory;

/**
 * Prints how long a stage took when the system property {@code handspec.timings} is {@code true}, and
 * with {@code handspec.heap} also the heap still in use after a full collection; for profiling large specs.
 */
public final class Stage {
    private static final boolean ON = Boolean.getBoolean("handspec.timings");
    private static final boolean HEAP = Boolean.getBoolean("handspec.heap");

    private Stage() {}

    /** Logs the time since {@code start} (from {@link System#nanoTime()}) under {@code name}. */
    public static void log(String name, long start) {
        if (ON) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (HEAP) {
                // a full collection, so that what is printed is what the stage left reachable
                System.gc();
                long live =
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                System.err.printf("handspec timing: %-16s %6d ms, live heap %5d MiB%n", name, ms, live >> 20);
            } else {
                System.err.printf("handspec timing: %-16s %6d ms%n", name, ms);
            }
        }
    }
}
