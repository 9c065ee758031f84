package io.handspec.generator.spec;

/** Prints how long a stage took when the system property {@code handspec.timings} is {@code true}; for profiling large specs. */
public final class Stage {
    private static final boolean ON = Boolean.getBoolean("handspec.timings");

    private Stage() {}

    /** Logs the time since {@code start} (from {@link System#nanoTime()}) under {@code name}. */
    public static void log(String name, long start) {
        if (ON) {
            System.err.printf("handspec timing: %-16s %6d ms%n", name, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
