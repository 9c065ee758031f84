package io.handspec.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Generation speed and memory on GitHub's REST description: this generator's CLI, OpenAPI
 * Generator 7.25.0 ({@code -g java --library native}) and swagger-parser alone (parse and resolve,
 * {@link ParseOnly}), each in a fresh JVM with default settings, in alternating rounds (A B C A B C
 * ...) so that a change in the machine's load hits all three alike. Prints the medians of wall time,
 * CPU time and peak RSS, the ratios the targets are stated in, and writes them to
 * {@code bench/results/speed.md}.
 *
 * <pre>
 * mvn -B install -DskipTests
 * mvn -B -f bench/pom.xml package exec:java -Dexec.mainClass=io.handspec.bench.Speed -Dexec.args="--runs 5"
 * </pre>
 *
 * {@code --spec FILE} measures another spec instead of GitHub's; {@code --jvm-option OPTION}, repeated,
 * gives all three tools the same JVM option (a diagnostic such as {@code -XX:TieredStopAtLevel=1}, or
 * {@code -Dhandspec.jit=full}, which only the handspec CLI reads: it then keeps C2).
 */
public final class Speed {
    private Speed() {}

    public static void main(String[] args) throws Exception {
        List<String> a = List.of(args);
        int runs = a.contains("--runs") ? Integer.parseInt(a.get(a.indexOf("--runs") + 1)) : 5;
        Path root = Tools.root();
        Path work = Tools.work();
        Path oag = Tools.openApiGeneratorJar();
        Files.createDirectories(work);
        Path spec = a.contains("--spec")
                ? Path.of(a.get(a.indexOf("--spec") + 1)).toAbsolutePath()
                : Tools.npmPackage(System.getProperty("bench.octokit", "@octokit/openapi@23.0.2"), work)
                        .resolve("generated/api.github.com.json");
        // JVM options given to all three tools alike (a diagnostic, e.g. -XX:TieredStopAtLevel=1); none by default
        List<String> jvm = new ArrayList<>();
        for (int i = 0; i < a.size() - 1; i++) {
            if (a.get(i).equals("--jvm-option")) {
                jvm.add(a.get(i + 1));
            }
        }
        Path outputs = Tools.newFolder(work.resolve("speed"));
        String cli = Compare.findCli(root).toString();
        Map<String, java.util.function.Function<Path, List<String>>> commands = new LinkedHashMap<>();
        commands.put(
                "handspec",
                out -> Tools.java(
                        jvm,
                        "-jar",
                        cli,
                        "--spec",
                        spec.toString(),
                        "--output",
                        out.toString(),
                        "--package",
                        "bench.github"));
        commands.put("openapi-generator", out -> Tools.openApiGenerator(oag, spec, out, jvm));
        commands.put(
                "swagger-parser",
                out -> Tools.java(jvm, "-cp", Tools.classpath(), ParseOnly.class.getName(), spec.toString()));
        Map<String, List<Measured.Run>> all = new LinkedHashMap<>();
        commands.keySet().forEach(k -> all.put(k, new ArrayList<>()));
        for (int round = 1; round <= runs; round++) {
            for (Map.Entry<String, java.util.function.Function<Path, List<String>>> c : commands.entrySet()) {
                // every generation writes into a new, empty folder, and nothing is deleted until all runs are done:
                // on a file system without a journal, ext4 does not reuse an inode deleted in the last minute (six
                // while its inode table block is not yet written back), and every file created meanwhile scans
                // past all of them (`recently_deleted` in the kernel): creating a file was about ten times slower
                // after the previous run's output had been deleted (BENCHMARKS.md)
                Path out = outputs.resolve(c.getKey() + "-" + round);
                // and from a quiet disk: what the previous run wrote is written out before the next one starts
                Tools.settleDisk();
                Measured.Run r = Measured.run(c.getValue().apply(out), work, Duration.ofMinutes(10));
                if (r.exit() != 0) {
                    throw new IllegalStateException(c.getKey() + " failed (exit " + r.exit() + "):\n" + r.output());
                }
                all.get(c.getKey()).add(r);
                System.out.printf(
                        Locale.ROOT,
                        "round %d %-18s %6d ms wall %6d ms CPU %5d MiB peak RSS%n",
                        round,
                        c.getKey(),
                        r.wallMs(),
                        r.cpuMs(),
                        r.peakRssKb() / 1024);
            }
        }
        // the outputs stay: deleting them now would slow whatever creates files next
        String report = report(spec, runs, jvm, all);
        System.out.println();
        System.out.println(report);
        Path out = root.resolve("bench/results");
        Files.createDirectories(out);
        Files.writeString(out.resolve("speed.md"), report, StandardCharsets.UTF_8);
    }

    /** Medians of one tool's runs: wall ms, CPU ms, peak RSS KiB. */
    private record Medians(long wallMs, long cpuMs, long rssKb) {
        static Medians of(List<Measured.Run> runs) {
            return new Medians(
                    median(runs.stream().mapToLong(Measured.Run::wallMs).toArray()),
                    median(runs.stream().mapToLong(Measured.Run::cpuMs).toArray()),
                    median(runs.stream().mapToLong(Measured.Run::peakRssKb).toArray()));
        }
    }

    static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static String report(Path spec, int runs, List<String> jvm, Map<String, List<Measured.Run>> all) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "%s (%.1f MB), %d alternating rounds, each tool in a fresh JVM with %s, writing into a new folder.%n"
                        + "Machine: %d cores, %d MiB max heap by default, Java %s, %s %s%n%n",
                spec.getFileName(),
                size(spec) / 1e6,
                runs,
                jvm.isEmpty() ? "default settings" : "the options " + String.join(" ", jvm) + " (all three alike)",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"),
                System.getProperty("os.name"),
                System.getProperty("os.arch")));
        if (jvm.contains("-Dhandspec.jit=full")) {
            s.append("The handspec CLI keeps HotSpot's C2 compiler here (-Dhandspec.jit=full).\n\n");
        } else if (jvm.stream()
                .noneMatch(o -> o.startsWith("-XX:") || o.startsWith("-Xint") || o.startsWith("-Xcomp"))) {
            s.append("The handspec CLI compiles with C1 only, its own choice for a run of seconds (JitPolicy;"
                    + " -Dhandspec.jit=full keeps C2); the other two keep the JVM's default compilers.\n\n");
        }
        s.append("| tool | median wall s | median CPU s | median peak RSS MiB | wall s, each run |\n");
        s.append("|---|---:|---:|---:|---|\n");
        Map<String, Medians> m = new LinkedHashMap<>();
        all.forEach((tool, list) -> {
            Medians med = Medians.of(list);
            m.put(tool, med);
            s.append(String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %d | %s |%n",
                    tool,
                    med.wallMs() / 1000.0,
                    med.cpuMs() / 1000.0,
                    med.rssKb() / 1024,
                    String.join(
                            " ",
                            list.stream()
                                    .map(r -> String.format(Locale.ROOT, "%.1f", r.wallMs() / 1000.0))
                                    .toList())));
        });
        Medians ours = m.get("handspec");
        Medians oag = m.get("openapi-generator");
        Medians parse = m.get("swagger-parser");
        s.append(String.format(
                Locale.ROOT,
                "%nTargets (medians):%n%n"
                        + "- OpenAPI Generator / handspec, wall time: %.2fx (target at least 3x): %s%n"
                        + "- handspec / swagger-parser's parse, wall time: %.2fx (target at most 2x): %s%n"
                        + "- handspec / OpenAPI Generator, peak RSS: %.2f (target at most 0.5): %s%n"
                        + "- CPU time: OpenAPI Generator / handspec %.2fx; handspec / swagger-parser %.2fx%n",
                (double) oag.wallMs() / ours.wallMs(),
                met(oag.wallMs() >= 3 * ours.wallMs()),
                (double) ours.wallMs() / parse.wallMs(),
                met(ours.wallMs() <= 2 * parse.wallMs()),
                (double) ours.rssKb() / oag.rssKb(),
                met(2 * ours.rssKb() <= oag.rssKb()),
                (double) oag.cpuMs() / ours.cpuMs(),
                (double) ours.cpuMs() / parse.cpuMs()));
        return s.toString();
    }

    private static String met(boolean met) {
        return met ? "met" : "not met";
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
