package io.handspec.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs a command and measures it: wall time, CPU time (user + system, of the process and its
 * threads, from this JVM's children times once it is reaped) and peak RSS (Linux {@code VmHWM},
 * polled every 10 ms).
 */
final class Measured {
    /**
     * One finished process.
     *
     * @param exit      exit status, -1 on timeout
     * @param wallMs    wall time
     * @param cpuMs     user + system CPU time
     * @param peakRssKb peak resident set size
     * @param output    what it printed
     */
    record Run(int exit, long wallMs, long cpuMs, long peakRssKb, String output) {}

    private static final long TICK_MS = 1000 / clockTicks();

    private Measured() {}

    static Run run(List<String> command, Path dir, Duration timeout) throws IOException, InterruptedException {
        Path log = Files.createTempFile("bench", ".log");
        long cpuBefore = childrenCpuTicks();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Path status = Path.of("/proc/" + p.pid() + "/status");
        long peak = 0;
        long deadline = start + timeout.toNanos();
        while (p.isAlive()) {
            peak = Math.max(peak, hwm(status));
            if (System.nanoTime() > deadline) {
                p.destroyForcibly().waitFor();
                return new Run(-1, (System.nanoTime() - start) / 1_000_000, 0, peak, Files.readString(log));
            }
            Thread.sleep(10);
        }
        int exit = p.waitFor();
        long wall = (System.nanoTime() - start) / 1_000_000;
        long cpu = (childrenCpuTicks() - cpuBefore) * TICK_MS;
        String output = Files.readString(log);
        Files.delete(log);
        return new Run(exit, wall, cpu, peak, output);
    }

    private static long hwm(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended between two polls
        }
        return 0;
    }

    /** cutime + cstime of this JVM: the CPU time of the children it has reaped, in clock ticks. */
    private static long childrenCpuTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14
        return Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }

    private static long clockTicks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor();
            return Long.parseLong(out);
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
