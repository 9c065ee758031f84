package io.handspec.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** What the benchmarks share: running a JVM and measuring it, compiling a tree, counting lines, fetching npm packages. */
final class Tools {
    private Tools() {}

    /**
     * A finished process.
     *
     * @param exit      exit status, -1 on timeout
     * @param wallMs    wall time
     * @param peakRssKb peak resident set size (Linux VmHWM), 0 when unknown
     * @param output    what it printed
     */
    record Run(int exit, long wallMs, long peakRssKb, String output) {}

    /** The repository's root folder (system property {@code bench.root}, which the bench pom sets). */
    static Path root() {
        return Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
    }

    /** The benchmarks' scratch folder (system property {@code bench.work}). */
    static Path work() {
        return Path.of(System.getProperty("bench.work", "bench/target/work")).toAbsolutePath();
    }

    /** OpenAPI Generator's CLI jar (system property {@code bench.oag}). */
    static Path openApiGeneratorJar() {
        return Path.of(System.getProperty("bench.oag", "bench/target/tools/openapi-generator-cli.jar"))
                .toAbsolutePath();
    }

    /** OpenAPI Generator's CLI generating {@code spec} into {@code out}: {@code -g java --library native}, no tests or docs. */
    static List<String> openApiGenerator(Path cliJar, Path spec, Path out) {
        return openApiGenerator(cliJar, spec, out, List.of());
    }

    /** The same, with options for its JVM. */
    static List<String> openApiGenerator(Path cliJar, Path spec, Path out, List<String> jvmOptions) {
        return java(
                jvmOptions,
                "-jar",
                cliJar.toString(),
                "generate",
                "-g",
                "java",
                "--library",
                "native",
                "-i",
                spec.toString(),
                "-o",
                out.toString(),
                "--skip-validate-spec",
                "--global-property",
                "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false");
    }

    /** A {@code java} command: this JVM's launcher, {@code jvmOptions}, then {@code args}. */
    static List<String> java(List<String> jvmOptions, String... args) {
        List<String> command = new java.util.ArrayList<>();
        command.add(javaBin());
        command.addAll(jvmOptions);
        command.addAll(List.of(args));
        return command;
    }

    /** Runs {@code command}, polling its peak RSS; kills it after {@code timeout}. */
    static Run run(List<String> command, Path dir, Duration timeout) throws IOException, InterruptedException {
        Measured.Run r = Measured.run(command, dir, timeout);
        return new Run(r.exit(), r.wallMs(), r.peakRssKb(), r.output());
    }

    /**
     * A compilation.
     *
     * @param ok      whether it compiled
     * @param ms      javac's time
     * @param errors  error count
     * @param first   the first error, or ""
     */
    record Compiled(boolean ok, long ms, int errors, String first) {}

    /** Compiles every {@code .java} under {@code sources} with {@code -Xlint:all}, against this JVM's class path. */
    static Compiled compile(Path sources, Path classes) throws IOException {
        return compile(sources, classes, classpath());
    }

    /** Compiles every {@code .java} under {@code sources} with {@code -Xlint:all}, against {@code classpath}. */
    static Compiled compile(Path sources, Path classes, String classpath) throws IOException {
        List<Path> files = javaFiles(sources);
        if (files.isEmpty()) {
            return new Compiled(false, 0, 1, "no sources");
        }
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        long start = System.nanoTime();
        boolean ok;
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            ok = javac.getTask(
                            null,
                            fm,
                            diagnostics,
                            List.of(
                                    "-proc:none",
                                    "-Xlint:all",
                                    "-Xmaxerrs",
                                    "100000",
                                    "-encoding",
                                    "UTF-8",
                                    "-d",
                                    classes.toString(),
                                    "-classpath",
                                    classpath),
                            null,
                            fm.getJavaFileObjectsFromPaths(files))
                    .call();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        int errors = 0;
        String first = "";
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                if (errors++ == 0) {
                    first = (d.getSource() == null
                                    ? ""
                                    : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ")
                            + d.getMessage(Locale.ROOT).lines().findFirst().orElse("");
                }
            }
        }
        return new Compiled(ok, ms, errors, first);
    }

    static List<Path> javaFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    static long lines(List<Path> files) throws IOException {
        long n = 0;
        for (Path f : files) {
            try (Stream<String> lines = Files.lines(f)) {
                n += lines.count();
            }
        }
        return n;
    }

    /** The class path of this program, whether run plainly or under exec:java. */
    static String classpath() {
        List<String> entries = new ArrayList<>();
        for (ClassLoader l = Thread.currentThread().getContextClassLoader(); l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader urls) {
                for (URL u : urls.getURLs()) {
                    try {
                        entries.add(Path.of(u.toURI()).toString());
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        // not a file
                    }
                }
            }
        }
        entries.add(System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, entries);
    }

    /**
     * A folder under {@code parent} that no earlier run used. Earlier runs' outputs are not deleted here:
     * deleting them would slow this run's file creation for minutes (on ext4 without a journal, every file
     * created scans past the inodes deleted in the last minutes); delete them
     * when no benchmark is about to run.
     */
    static Path newFolder(Path parent) throws java.io.IOException {
        Files.createDirectories(parent);
        for (int n = 1; ; n++) {
            Path folder = parent.resolve(Integer.toString(n));
            if (!Files.exists(folder)) {
                Files.createDirectories(folder);
                System.out.println(
                        "writing into " + folder + " (delete " + parent + " when no benchmark is about to run)");
                return folder;
            }
        }
    }

    /** Unpacks npm package {@code spec} (name@version) under {@code work}, once; returns its {@code package} folder. */
    static Path npmPackage(String spec, Path work) throws IOException, InterruptedException {
        Path dir = work.resolve(spec.replaceAll("[^A-Za-z0-9.]", "_"));
        Path pkg = dir.resolve("package");
        if (Files.isDirectory(pkg)) {
            return pkg;
        }
        Files.createDirectories(dir);
        Run pack = run(List.of("npm", "pack", spec, "--silent"), dir, Duration.ofMinutes(10));
        if (pack.exit() != 0) {
            throw new IOException("npm pack " + spec + " failed:\n" + pack.output());
        }
        String tgz = pack.output().strip().lines().reduce((a, b) -> b).orElseThrow();
        Run untar = run(List.of("tar", "xzf", tgz), dir, Duration.ofMinutes(10));
        if (untar.exit() != 0) {
            throw new IOException("tar failed: " + untar.output());
        }
        Files.delete(dir.resolve(tgz));
        return pkg;
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * Waits until the file system has written out what was changed before (what the previous run
     * wrote), then one second more: what one measured run leaves the disk to do is
     * not measured as part of the next. Nothing is done where there is no {@code sync} command.
     */
    static void settleDisk() throws IOException, InterruptedException {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (IOException noSync) {
            // not a Unix: nothing to wait for that a command could tell
        }
        Thread.sleep(1000);
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
