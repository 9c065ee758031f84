package io.handspec.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs {@link RuntimeBenchmark} with JMH in a JVM of its own (JMH forks from its class path, which
 * under {@code exec:java} is Maven's), prints the scores and the generated client's cost relative to
 * the hand-written code, and writes them to {@code bench/results/runtime.md}.
 *
 * <pre>
 * mvn -B install -DskipTests
 * mvn -B -f bench/pom.xml package exec:java -Dexec.mainClass=io.handspec.bench.RuntimeBench
 * </pre>
 *
 * Arguments are passed to JMH (for example {@code -f 1 -wi 3 -i 3} for a quicker, rougher run).
 */
public final class RuntimeBench {
    private RuntimeBench() {}

    public static void main(String[] args) throws Exception {
        Path root = Tools.root();
        Path work = Tools.work();
        Files.createDirectories(work);
        Path json = work.resolve("runtime-jmh.json");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                Tools.classpath(),
                "org.openjdk.jmh.Main",
                RuntimeBenchmark.class.getName(),
                "-rf",
                "json",
                "-rff",
                json.toString()));
        command.addAll(List.of(args));
        Process jmh = new ProcessBuilder(command).inheritIO().start();
        if (jmh.waitFor() != 0) {
            throw new IllegalStateException("JMH failed: exit " + jmh.exitValue());
        }
        String report = report(new ObjectMapper().readTree(json.toFile()), String.join(" ", args));
        System.out.println();
        System.out.println(report);
        Path out = root.resolve("bench/results");
        Files.createDirectories(out);
        Files.writeString(out.resolve("runtime.md"), report, StandardCharsets.UTF_8);
    }

    static String report(JsonNode results, String args) {
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (JsonNode r : results) {
            String method = r.path("benchmark").asText().replaceAll(".*\\.", "");
            // createTask has no listing: its state is the same for both sizes
            String key = method + " " + r.path("params").path("body").asText("small");
            JsonNode m = r.path("primaryMetric");
            // bytes allocated per call, by every thread, when run with -prof gc: the figure a loaded machine does not
            // move
            JsonNode alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
            scores.put(key, new double[] {
                m.path("score").asDouble(),
                m.path("scoreError").asDouble(),
                alloc.path("score").asDouble(-1)
            });
        }
        StringBuilder s = new StringBuilder(String.format(
                Locale.ROOT,
                "JMH, average time per call in microseconds (99.9%% error), %d cores, Java %s%s%n%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                args.isBlank() ? "" : ", JMH options " + args));
        boolean allocation = scores.values().stream().anyMatch(v -> v[2] >= 0);
        s.append("| call | body | generated client µs | hand-written µs | generated / hand-written |"
                + (allocation ? " generated B/call | hand-written B/call |" : "") + "\n");
        s.append("|---|---|---:|---:|---:|" + (allocation ? "---:|---:|" : "") + "\n");
        for (String call : List.of("createTask", "listProjects")) {
            for (String body : call.equals("createTask") ? List.of("small") : List.of("small", "large")) {
                double[] g = scores.get(call + "Generated " + body);
                double[] h = scores.get(call + "HandWritten " + body);
                if (g == null || h == null) {
                    continue;
                }
                s.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %.1f ± %.1f | %.1f ± %.1f | %.3f |%s%n",
                        call,
                        body,
                        g[0],
                        g[1],
                        h[0],
                        h[1],
                        g[0] / h[0],
                        allocation ? String.format(Locale.ROOT, " %.0f | %.0f |", g[2], h[2]) : ""));
            }
        }
        return s.toString();
    }
}
