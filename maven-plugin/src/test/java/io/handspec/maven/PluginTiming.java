package io.handspec.maven;

import io.handspec.generator.GenerationJob;
import io.handspec.generator.JobResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Prints the plugin's time for the five APIs' specs (six files): the first generation in a fresh
 * JVM, later generations, and the up-to-date check of a no-op rebuild (target: under 50 ms for all
 * of them together). A benchmark, not a test: run it with
 * {@code mvn -B -q -pl maven-plugin test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.handspec.maven.PluginTiming}.
 */
public final class PluginTiming {
    private PluginTiming() {}

    public static void main(String[] args) throws Exception {
        Path specs = Path.of(args.length > 0 ? args[0] : System.getProperty("handspec.specs", "specs"))
                .toAbsolutePath();
        if (!Files.isDirectory(specs)) {
            specs = Path.of("..", "specs").toAbsolutePath().normalize();
        }
        Path work = Files.createTempDirectory("handspec-timing");
        Path out = work.resolve("generated");
        GenerationJob.Builder builder = GenerationJob.builder().outputDir(out).stateFile(work.resolve("state"));
        for (String name : List.of("kalo", "kiliaro", "toggl", "toggl-reports", "kickfolio", "kayako")) {
            builder.spec(specs.resolve(name + ".yaml").toString(), "bench." + name.replace("-", ""));
        }
        GenerationJob job = builder.build();

        long t0 = System.nanoTime();
        JobResult first = job.run();
        double cold = ms(t0);

        double[] regenerate = new double[10];
        for (int i = 0; i < regenerate.length; i++) {
            deleteTree(out);
            long t = System.nanoTime();
            job.run();
            regenerate[i] = ms(t);
        }
        double[] noop = new double[50];
        for (int i = 0; i < noop.length; i++) {
            long t = System.nanoTime();
            if (!job.run().upToDate()) {
                throw new IllegalStateException("expected up to date");
            }
            noop[i] = ms(t);
        }
        System.out.printf(
                "handspec plugin time, %d specs, %d generated files, %s%n", first.specs(), first.files(), machine());
        System.out.println("| step | median ms | min ms | max ms |");
        System.out.println("|---|---:|---:|---:|");
        System.out.printf("| first generation (fresh JVM, classes loading) | %.0f | %.0f | %.0f |%n", cold, cold, cold);
        row("generation (warm)", regenerate);
        row("no-op rebuild: up-to-date check", noop);
        deleteTree(work);
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version");
    }

    private static void row(String name, double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "| %s | %.1f | %.1f | %.1f |%n", name, sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
