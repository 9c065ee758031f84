package io.handspec.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Generates the same inputs with this generator and with OpenAPI Generator's {@code java}
 * generator ({@code --library native}), each in a fresh JVM with default settings, and prints a
 * table: wall time, peak RSS, files, lines, compile time and whether the output compiles, with
 * the ratio between the two. Writes {@code bench/results/compare.md} and {@code compare.svg}.
 *
 * <pre>
 * mvn -B install -DskipTests
 * mvn -B -f bench/pom.xml package exec:java -Dexec.mainClass=io.handspec.bench.Compare
 * </pre>
 */
public final class Compare {
    private Compare() {}

    /**
     * One generator on one input.
     *
     * @param input     input name
     * @param tool      generator name
     * @param run       the generation
     * @param files     Java files written
     * @param lines     their lines
     * @param compiled  the compilation of the output
     */
    record Result(String input, String tool, Tools.Run run, int files, long lines, Tools.Compiled compiled) {}

    public static void main(String[] args) throws Exception {
        Path root = Tools.root();
        Path work = Tools.work();
        Path oag = Tools.openApiGeneratorJar();
        Path ours = findCli(root);
        boolean skipGithub = List.of(args).contains("--no-github");
        int runs = List.of(args).contains("--runs")
                ? Integer.parseInt(args[List.of(args).indexOf("--runs") + 1])
                : 3;
        Files.createDirectories(work);

        Map<String, Path> inputs = new LinkedHashMap<>();
        for (String name : List.of("kalo", "kiliaro", "toggl", "toggl-reports", "kickfolio", "kayako")) {
            inputs.put(name, root.resolve("specs/" + name + ".yaml"));
        }
        if (!skipGithub) {
            Path octokit = Tools.npmPackage(System.getProperty("bench.octokit", "@octokit/openapi@23.0.2"), work);
            inputs.put("github", octokit.resolve("generated/api.github.com.json"));
        }
        warmUpJavac(root, work);
        List<Result> results = new ArrayList<>();
        // every run writes into a new folder and nothing is deleted until the next benchmark (Tools.newFolder)
        Path outputs = Tools.newFolder(work.resolve("compare"));
        for (Map.Entry<String, Path> input : inputs.entrySet()) {
            String name = input.getKey();
            RunIn runOurs = median(
                    folder -> Tools.java(
                            List.of(),
                            "-jar",
                            ours.toString(),
                            "--spec",
                            input.getValue().toString(),
                            "--output",
                            folder.resolve("src").toString(),
                            "--package",
                            "bench." + name.replace("-", "")),
                    outputs.resolve("handspec/" + name),
                    work,
                    runs);
            results.add(measure(
                    name,
                    "handspec",
                    runOurs.run(),
                    runOurs.folder().resolve("src"),
                    runOurs.folder().resolve("classes")));
            RunIn runOag = median(
                    folder -> Tools.openApiGenerator(oag, input.getValue(), folder),
                    outputs.resolve("openapi-generator/" + name),
                    work,
                    runs);
            results.add(measure(
                    name,
                    "openapi-generator",
                    runOag.run(),
                    runOag.folder().resolve("src/main/java"),
                    runOag.folder().resolve("classes")));
            System.out.println(line(results.get(results.size() - 2)));
            System.out.println(line(results.get(results.size() - 1)));
        }
        String table = table(results);
        System.out.println();
        System.out.println(table);
        Path out = root.resolve("bench/results");
        Files.createDirectories(out);
        Files.writeString(out.resolve("compare.md"), table, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("compare.svg"), Chart.svg(results), StandardCharsets.UTF_8);
    }

    /** A generation's medians and the folder its last run wrote. */
    private record RunIn(Tools.Run run, Path folder) {}

    /**
     * Runs a generation {@code runs} times, each into a new folder under {@code base}; wall time and
     * peak RSS are the medians.
     */
    private static RunIn median(java.util.function.Function<Path, List<String>> command, Path base, Path work, int runs)
            throws Exception {
        List<Tools.Run> all = new ArrayList<>();
        Path folder = base;
        for (int i = 1; i <= runs; i++) {
            folder = base.resolve("run-" + i);
            all.add(Tools.run(command.apply(folder), work, Duration.ofMinutes(10)));
        }
        long[] walls = all.stream().mapToLong(Tools.Run::wallMs).sorted().toArray();
        long[] rss = all.stream().mapToLong(Tools.Run::peakRssKb).sorted().toArray();
        Tools.Run last = all.get(all.size() - 1);
        return new RunIn(
                new Tools.Run(last.exit(), walls[walls.length / 2], rss[rss.length / 2], last.output()), folder);
    }

    /** Compiles something once so that the first measured compilation does not pay for javac's warm-up. */
    private static void warmUpJavac(Path root, Path work) throws Exception {
        Path sources = root.resolve("generator/src/test/resources/golden/basics/expected");
        for (int i = 0; i < 3; i++) {
            Tools.compile(sources, work.resolve("warm-up"));
        }
        Tools.deleteTree(work.resolve("warm-up"));
    }

    /** The generator's CLI jar, built by {@code mvn install}. */
    static Path findCli(Path root) throws java.io.IOException {
        try (var files = Files.list(root.resolve("generator/target"))) {
            return files.filter(p -> p.getFileName().toString().endsWith("-cli.jar"))
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalStateException("build the generator first: mvn -B install -DskipTests"));
        }
    }

    private static Result measure(String input, String tool, Tools.Run run, Path sources, Path classes)
            throws Exception {
        List<Path> files = Tools.javaFiles(sources);
        Tools.Compiled compiled = run.exit() == 0
                ? Tools.compile(sources, classes)
                : new Tools.Compiled(false, 0, 0, "generation failed");
        return new Result(input, tool, run, files.size(), Tools.lines(files), compiled);
    }

    private static String line(Result r) {
        return String.format(
                Locale.ROOT,
                "%-14s %-18s %7d ms %7d MB %6d files %9d lines  javac %7d ms  %s",
                r.input(),
                r.tool(),
                r.run().wallMs(),
                r.run().peakRssKb() / 1024,
                r.files(),
                r.lines(),
                r.compiled().ms(),
                r.compiled().ok()
                        ? "compiles"
                        : r.compiled().errors() + " errors: " + r.compiled().first());
    }

    static String table(List<Result> results) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "Each generation runs 3 times in a fresh JVM with default settings, each into a new folder; wall time and peak RSS are "
                        + "medians.%nMachine: %d cores, %d MB max heap default, Java %s, %s %s%n%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("java.version"),
                System.getProperty("os.name"),
                System.getProperty("os.arch")));
        s.append("| input | generator | wall s | peak RSS MB | files | lines | javac s | compiles |\n");
        s.append("|---|---|---:|---:|---:|---:|---:|---|\n");
        for (Result r : results) {
            s.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %.1f | %d | %d | %d | %.1f | %s |%n",
                    r.input(),
                    r.tool(),
                    r.run().wallMs() / 1000.0,
                    r.run().peakRssKb() / 1024,
                    r.files(),
                    r.lines(),
                    r.compiled().ms() / 1000.0,
                    r.compiled().ok() ? "yes" : "no (" + r.compiled().errors() + " errors)"));
        }
        s.append("\nRatios, OpenAPI Generator / handspec (above 1: handspec is faster, smaller or leaner):\n\n");
        s.append("| input | wall time | peak RSS | lines | javac time |\n|---|---:|---:|---:|---:|\n");
        for (int i = 0; i + 1 < results.size(); i += 2) {
            Result a = results.get(i);
            Result b = results.get(i + 1);
            s.append(String.format(
                    Locale.ROOT,
                    "| %s | %.2f | %.2f | %.2f | %.2f |%n",
                    a.input(),
                    ratio(b.run().wallMs(), a.run().wallMs()),
                    ratio(b.run().peakRssKb(), a.run().peakRssKb()),
                    ratio(b.lines(), a.lines()),
                    ratio(b.compiled().ms(), a.compiled().ms())));
        }
        return s.toString();
    }

    private static double ratio(double other, double ours) {
        return ours == 0 ? 0 : other / ours;
    }
}
