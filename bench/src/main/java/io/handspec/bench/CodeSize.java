package io.handspec.bench;

import java.io.File;
import java.io.IOException;
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
 * Generated code size side by side with a baseline generator, in one run: for each input (the six
 * spec files of {@code specs/} as of the baseline, which it reads without the extensions added since,
 * and GitHub's description), generates the client with the baseline's
 * CLI jar and with this build's, then counts files and lines and compiles each output with
 * {@code javac -Xlint:all} against its own runtime (median of {@code --runs} compilations, after a
 * warm-up). Writes {@code bench/results/codesize.md}.
 *
 * <p>The baseline is built from a commit of this repository ({@code -Dbaseline.commit}, default
 * {@value #BASELINE_COMMIT}, plus the commits in {@code -Dbaseline.picks}, default {@value #BASELINE_PICKS}:
 * the fix without which that commit refuses GitHub's spec) into a worktree under {@code bench/target},
 * with Maven into the local repository given by {@code -Dmaven.repo.local}; or given ready-made with
 * {@code -Dbaseline.cli=jar -Dbaseline.runtime=jar}.
 *
 * <pre>
 * mvn -B install -DskipTests
 * mvn -B -f bench/pom.xml package exec:java -Dexec.mainClass=io.handspec.bench.CodeSize
 * </pre>
 */
public final class CodeSize {
    static final String BASELINE_COMMIT = "f814e74";
    static final String BASELINE_PICKS = "15d0caa";

    private CodeSize() {}

    /**
     * One generator's output for one input.
     *
     * @param files    Java files
     * @param lines    their lines
     * @param javacMs  median javac time
     * @param compiled whether it compiled, or the first error
     */
    record Output(int files, long lines, long javacMs, String compiled) {}

    public static void main(String[] args) throws Exception {
        Path root =
                Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        Path work =
                Path.of(System.getProperty("bench.work", "bench/target/work")).toAbsolutePath();
        List<String> argList = List.of(args);
        int runs = argList.contains("--runs") ? Integer.parseInt(argList.get(argList.indexOf("--runs") + 1)) : 3;
        Files.createDirectories(work);
        Path[] baseline = baseline(root, work);
        Path ours = jar(root.resolve("generator/target"), "-cli.jar");
        String ourClasspath = Tools.classpath();
        String baseClasspath = baseline[1] + File.pathSeparator + withoutRuntime(ourClasspath);

        Map<String, Path> inputs = new LinkedHashMap<>();
        for (String name : List.of("kalo", "kiliaro", "toggl", "toggl-reports", "kickfolio", "kayako")) {
            inputs.put(name, baseline[2].resolve(name + ".yaml"));
        }
        if (!argList.contains("--no-github")) {
            Path octokit = Tools.npmPackage(System.getProperty("bench.octokit", "@octokit/openapi@23.0.2"), work);
            inputs.put("github", octokit.resolve("generated/api.github.com.json"));
        }
        Path warmUp = root.resolve("generator/src/test/resources/golden/basics/expected");
        for (int i = 0; i < 3; i++) {
            Tools.compile(warmUp, work.resolve("warm-up"));
        }
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                Locale.ROOT,
                "Baseline: %s. javac: median of %d compilations with -Xlint:all, each output against its own"
                        + " runtime.%nMachine: %d cores, Java %s, %s %s%n%n",
                System.getProperty("baseline.cli") != null
                        ? System.getProperty("baseline.cli")
                        : "commit " + System.getProperty("baseline.commit", BASELINE_COMMIT) + " + "
                                + System.getProperty("baseline.picks", BASELINE_PICKS),
                runs,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                System.getProperty("os.name"),
                System.getProperty("os.arch")));
        table.append("| input | files before | files after | lines before | lines after | lines after/before"
                + " | javac s before | javac s after | javac after/before | compiles before / after |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Map.Entry<String, Path> input : inputs.entrySet()) {
            String name = input.getKey();
            Output before =
                    generate(baseline[0], input.getValue(), name, work.resolve("size/baseline"), baseClasspath, runs);
            Output after = generate(ours, input.getValue(), name, work.resolve("size/current"), ourClasspath, runs);
            String row = String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %d | %.2f | %.1f | %.1f | %.2f | %s / %s |%n",
                    name,
                    before.files(),
                    after.files(),
                    before.lines(),
                    after.lines(),
                    (double) after.lines() / before.lines(),
                    before.javacMs() / 1000.0,
                    after.javacMs() / 1000.0,
                    (double) after.javacMs() / before.javacMs(),
                    before.compiled(),
                    after.compiled());
            System.out.print(row);
            table.append(row);
        }
        System.out.println();
        System.out.println(table);
        Path out = root.resolve("bench/results");
        Files.createDirectories(out);
        Files.writeString(out.resolve("codesize.md"), table.toString(), StandardCharsets.UTF_8);
    }

    private static Output generate(Path cli, Path spec, String name, Path dir, String classpath, int runs)
            throws Exception {
        Path src = dir.resolve(name + "/src");
        Tools.deleteTree(dir.resolve(name));
        Files.createDirectories(dir);
        Tools.Run run = Tools.run(
                List.of(
                        Tools.javaBin(),
                        "-jar",
                        cli.toString(),
                        "--spec",
                        spec.toString(),
                        "--output",
                        src.toString(),
                        "--package",
                        "bench." + name.replace("-", ""),
                        "--no-state"),
                dir,
                Duration.ofMinutes(10));
        if (run.exit() != 0) {
            throw new IllegalStateException(cli + " failed on " + spec + ":\n" + run.output());
        }
        List<Path> files = Tools.javaFiles(src);
        long[] ms = new long[runs];
        Tools.Compiled compiled = null;
        for (int i = 0; i < runs; i++) {
            Tools.deleteTree(dir.resolve(name + "/classes"));
            compiled = Tools.compile(src, dir.resolve(name + "/classes"), classpath);
            ms[i] = compiled.ms();
        }
        Arrays.sort(ms);
        return new Output(
                files.size(),
                Tools.lines(files),
                ms[runs / 2],
                compiled.ok() ? "yes" : "no (" + compiled.errors() + " errors: " + compiled.first() + ")");
    }

    /** The baseline's CLI jar, runtime jar and specs folder, built once per commit under {@code bench/target/baseline}. */
    private static Path[] baseline(Path root, Path work) throws Exception {
        if (System.getProperty("baseline.cli") != null) {
            return new Path[] {
                Path.of(System.getProperty("baseline.cli")),
                Path.of(System.getProperty("baseline.runtime")),
                root.resolve("specs")
            };
        }
        String commit = System.getProperty("baseline.commit", BASELINE_COMMIT);
        String picks = System.getProperty("baseline.picks", BASELINE_PICKS);
        Path tree =
                work.getParent().resolve("baseline/" + commit + (picks.isBlank() ? "" : "+" + picks.replace(',', '+')));
        if (!Files.isDirectory(tree.resolve("generator/target"))) {
            Tools.deleteTree(tree);
            must(List.of("git", "worktree", "prune"), root);
            must(List.of("git", "worktree", "add", "--detach", tree.toString(), commit), root);
            for (String pick : picks.split(",")) {
                if (!pick.isBlank()) {
                    must(List.of("git", "cherry-pick", "--no-commit", pick.strip()), tree);
                }
            }
            List<String> mvn = new ArrayList<>(List.of("mvn", "-B", "-q"));
            if (System.getProperty("maven.repo.local") != null) {
                mvn.add("-Dmaven.repo.local=" + System.getProperty("maven.repo.local"));
            }
            mvn.addAll(List.of("-pl", "runtime,generator", "-am", "package", "-DskipTests", "-Djavadoc.skip"));
            must(mvn, tree);
        }
        return new Path[] {
            jar(tree.resolve("generator/target"), "-cli.jar"),
            jar(tree.resolve("runtime/target"), "-SNAPSHOT.jar"),
            tree.resolve("specs")
        };
    }

    private static void must(List<String> command, Path dir) throws IOException, InterruptedException {
        Tools.Run run = Tools.run(command, dir, Duration.ofMinutes(20));
        if (run.exit() != 0) {
            throw new IOException(String.join(" ", command) + " failed in " + dir + ":\n" + run.output());
        }
    }

    private static Path jar(Path dir, String suffix) throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "no *" + suffix + " in " + dir + ": build first (mvn -B install -DskipTests)"));
        }
    }

    /** This class path without this build's runtime, which the baseline's output must not compile against. */
    private static String withoutRuntime(String classpath) {
        List<String> kept = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            String file = Path.of(entry).getFileName() == null
                    ? entry
                    : Path.of(entry).getFileName().toString();
            if (!file.startsWith("handspec-runtime")
                    && !entry.replace('\\', '/').endsWith("runtime/target/classes")) {
                kept.add(entry);
            }
        }
        return String.join(File.pathSeparator, kept);
    }
}
