package io.handspec.generator.spec;

import java.lang.management.ManagementFactory;

/**
 * Prints how long a stage took when the system property {@code handspec.timings} is {@code true}, and
 * with {@code handspec.heap} also the heap still in use after a full collection; for profiling large specs.
 * Beside the wall time it prints the CPU time the whole process used meanwhile and how much of it was
 * the calling thread's: the rest is the JIT compilers, the collector and other threads (parallel stages).
 */
public final class Stage {
    private static final boolean ON = Boolean.getBoolean("handspec.timings");
    private static final boolean HEAP = Boolean.getBoolean("handspec.heap");
    private static long lastProcessCpu = -1;
    private static long lastThreadCpu;

    private Stage() {}

    /** Logs the time since {@code start} (from {@link System#nanoTime()}) under {@code name}. */
    public static void log(String name, long start) {
        if (ON) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            String cpu = cpu();
            if (HEAP) {
                // a full collection, so that what is printed is what the stage left reachable
                System.gc();
                long live =
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                System.err.printf("handspec timing: %-16s %6d ms%s, live heap %5d MiB%n", name, ms, cpu, live >> 20);
            } else {
                System.err.printf("handspec timing: %-16s %6d ms%s%n", name, ms, cpu);
            }
        }
    }

    /** The CPU time since the previous stage ended (since the JVM started, for the first): the process's and this thread's. */
    private static synchronized String cpu() {
        if (!(ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)) {
            return "";
        }
        long process = os.getProcessCpuTime();
        long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        if (process < 0 || thread < 0) {
            return "";
        }
        long processMs = (process - Math.max(lastProcessCpu, 0)) / 1_000_000;
        long threadMs = (thread - lastThreadCpu) / 1_000_000;
        lastProcessCpu = process;
        lastThreadCpu = thread;
        return String.format(
                " (CPU %6d ms, this thread %6d ms, other threads %6d ms)", processMs, threadMs, processMs - threadMs);
    }
}
