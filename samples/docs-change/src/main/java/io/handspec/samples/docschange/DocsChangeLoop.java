package io.handspec.samples.docschange;

import io.handspec.generator.GenerationException;
import io.handspec.generator.GenerationJob;
import io.handspec.generator.JobResult;
import io.handspec.generator.SpecChange;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

/**
 * The loop a docs change starts, replayed in a scratch folder: the vendor renames a field in its docs,
 * someone edits the spec, the build (the generator's {@link GenerationJob}, which the plugin and the
 * CLI run) reports what the edit breaks, and the compiler points at the user code that used the old
 * name.
 */
public final class DocsChangeLoop {
    /** The package of the client, as the plugin configures it in this module's pom. */
    static final String CLIENT_PACKAGE = "io.handspec.samples.docschange.client";

    /**
     * One compiler error.
     *
     * @param file    the source file's name
     * @param line    its line
     * @param message the compiler's message
     */
    public record CompileError(String file, long line, String message) {}

    /**
     * What the loop saw.
     *
     * @param firstBuild  errors of the build before the change (none)
     * @param refused     the failure of the build with {@code failOnBreaking}: every breaking change, placed
     * @param changes     the changes the accepting build reported
     * @param written     how many generated files the regeneration rewrote
     * @param report      the Markdown change report it wrote
     * @param secondBuild errors of the build after the change
     */
    public record Result(
            List<CompileError> firstBuild,
            GenerationException refused,
            List<SpecChange> changes,
            int written,
            Path report,
            List<CompileError> secondBuild) {}

    private DocsChangeLoop() {}

    /** Runs the loop for the module in {@code moduleDir} inside {@code scratch}. */
    public static Result run(Path moduleDir, Path scratch, PrintStream out) throws IOException, GenerationException {
        Path spec = scratch.resolve("catalogue.yaml");
        Files.copy(moduleDir.resolve("src/main/openapi/catalogue.yaml"), spec);
        Path generated = scratch.resolve("generated");
        Path report = scratch.resolve("target/handspec/default-changes.md");
        Path userCode = moduleDir.resolve("src/main/java/io/handspec/samples/docschange/AppCatalogue.java");

        out.println("1. Generate the client from the spec and compile AppCatalogue.java against it");
        job(spec, generated, scratch, report, false).run();
        List<CompileError> first = compile(generated, userCode, scratch.resolve("classes1"));
        out.println(first.isEmpty() ? "   compiles" : "   " + first);

        out.println("2. " + DocsStep.detect(moduleDir));
        out.println("3. The spec is edited to match:");
        Path edited = moduleDir.resolve("edits/catalogue.yaml");
        for (String line : Files.readAllLines(edited)) {
            if (line.contains("platform")) {
                out.println("   -        device_type: {type: string, ...}");
                out.println("   + " + line.strip());
            }
        }
        Files.copy(edited, spec, StandardCopyOption.REPLACE_EXISTING);

        out.println("4. A build with failOnBreaking refuses the edit, and writes nothing:");
        GenerationException refused = null;
        try {
            job(spec, generated, scratch, report, true).run();
        } catch (GenerationException e) {
            refused = e;
            e.problems().forEach(p -> out.println("   " + p));
        }

        out.println("5. The normal build reports the change and regenerates:");
        JobResult result = job(spec, generated, scratch, report, false).run();
        result.changeSummary().forEach(line -> out.println("   " + line));
        out.println("   " + result.summary() + "; report " + scratch.relativize(report));

        out.println("6. ... and the compiler points at the user code that used the old name:");
        List<CompileError> second = compile(generated, userCode, scratch.resolve("classes2"));
        second.forEach(e -> out.printf(
                "   %s:%d: %s%n",
                e.file(), e.line(), e.message().lines().findFirst().orElse("")));
        return new Result(first, refused, result.changes(), result.written(), report, second);
    }

    /** The job the plugin runs for this module, in the scratch folder. */
    private static GenerationJob job(Path spec, Path generated, Path scratch, Path report, boolean failOnBreaking) {
        return GenerationJob.builder()
                .spec(spec.toString(), CLIENT_PACKAGE)
                .outputDir(generated)
                .stateFile(scratch.resolve("target/handspec/default.state"))
                .changeReport(report)
                .failOnBreaking(failOnBreaking)
                .build();
    }

    private static List<CompileError> compile(Path generated, Path userCode, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(generated)) {
            walk.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
        }
        sources.add(userCode);
        Files.createDirectories(classes);
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            javac.getTask(
                            null,
                            files,
                            diagnostics,
                            List.of("-proc:none", "-d", classes.toString(), "-classpath", classpath()),
                            null,
                            files.getJavaFileObjectsFromPaths(sources))
                    .call();
        }
        List<CompileError> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String name = d.getSource() == null
                        ? "?"
                        : Path.of(d.getSource().toUri()).getFileName().toString();
                errors.add(new CompileError(name, d.getLineNumber(), d.getMessage(Locale.ROOT)));
            }
        }
        return errors;
    }

    /** The project's classpath: the context class loader's URLs under exec:java, else the JVM's class path. */
    private static String classpath() {
        List<String> entries = new ArrayList<>();
        for (ClassLoader l = Thread.currentThread().getContextClassLoader(); l != null; l = l.getParent()) {
            if (l instanceof java.net.URLClassLoader urls) {
                for (java.net.URL u : urls.getURLs()) {
                    try {
                        entries.add(Path.of(u.toURI()).toString());
                    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                        // not a file: cannot be on javac's class path
                    }
                }
            }
        }
        entries.add(System.getProperty("java.class.path"));
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** Runs the loop in a temporary folder; {@code sample.basedir} names the module (the plugin sets it). */
    public static void main(String[] args) throws Exception {
        Path module = Path.of(System.getProperty("sample.basedir", "samples/docs-change"));
        Path scratch = Files.createTempDirectory("handspec-docs-change");
        run(module, scratch, System.out);
    }
}
