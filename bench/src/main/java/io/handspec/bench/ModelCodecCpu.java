package io.handspec.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@link ModelCodecBenchmark}'s calls measured by the CPU time of the thread that makes them, not by
 * the clock: on a machine whose cores other work shares, the clock counts the time the thread waited
 * for a core, its CPU time does not. Rounds alternate between the calls (generated, hand-written,
 * ...), so a change in the machine's speed touches both sides of a pair alike; it prints the median
 * of the rounds after a warm-up.
 *
 * <pre>
 * mvn -B -f bench/pom.xml package exec:java -Dexec.mainClass=io.handspec.bench.ModelCodecCpu [-Dexec.args="rounds"]
 * </pre>
 */
public final class ModelCodecCpu {
    private ModelCodecCpu() {}

    /** One measured call and how many times a round makes it. */
    private record Call(String name, int times, Callable<Object> call) {}

    /** Keeps results alive, so the calls are not optimised away. */
    static volatile Object sink;

    public static void main(String[] args) throws Exception {
        ModelCodecBenchmark b = new ModelCodecBenchmark();
        b.setUp();
        List<Call> calls = List.of(
                new Call("readPageGenerated", 200, b::readPageGenerated),
                new Call("readPageHandWritten", 200, b::readPageHandWritten),
                new Call("readTaskGenerated", 5000, b::readTaskGenerated),
                new Call("readTaskHandWritten", 5000, b::readTaskHandWritten),
                new Call("writeTaskGenerated", 10000, b::writeTaskGenerated),
                new Call("writeTaskHandWritten", 10000, b::writeTaskHandWritten));
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int warmUp = 20;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) threads;
        double[][] micros = new double[calls.size()][rounds];
        double[][] bytes = new double[calls.size()][rounds];
        for (int round = -warmUp; round < rounds; round++) {
            for (int c = 0; c < calls.size(); c++) {
                Call call = calls.get(c);
                long allocated = allocation.getCurrentThreadAllocatedBytes();
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < call.times(); i++) {
                    sink = call.call().call();
                }
                long spent = threads.getCurrentThreadCpuTime() - start;
                if (round >= 0) {
                    micros[c][round] = spent / 1000.0 / call.times();
                    bytes[c][round] = (allocation.getCurrentThreadAllocatedBytes() - allocated) / (double) call.times();
                }
            }
        }
        System.out.println("CPU time per call in microseconds, median of " + rounds
                + " rounds (25th-75th percentile); bytes the calling thread allocated per call, median");
        for (int c = 0; c < calls.size(); c += 2) {
            double[] generated = sorted(micros[c]);
            double[] handWritten = sorted(micros[c + 1]);
            System.out.printf(
                    Locale.ROOT,
                    "%-10s generated %.2f (%.2f-%.2f)  hand-written %.2f (%.2f-%.2f)  generated / hand-written %.3f"
                            + "  bytes %.0f / %.0f%n",
                    calls.get(c).name().replace("Generated", ""),
                    generated[rounds / 2],
                    generated[rounds / 4],
                    generated[3 * rounds / 4],
                    handWritten[rounds / 2],
                    handWritten[rounds / 4],
                    handWritten[3 * rounds / 4],
                    generated[rounds / 2] / handWritten[rounds / 2],
                    sorted(bytes[c])[rounds / 2],
                    sorted(bytes[c + 1])[rounds / 2]);
        }
    }

    private static double[] sorted(double[] values) {
        double[] out = values.clone();
        Arrays.sort(out);
        return out;
    }
}
