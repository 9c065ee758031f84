package io.handspec.samples.docschange;

import io.handspec.generator.GenerateRequest;
import io.handspec.generator.GenerateResult;
import io.handspec.generator.GenerationException;
import io.handspec.generator.Generator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The loop a docs change starts, replayed in a scratch folder: the vendor renames a field, someone
 * edits the spec, the build regenerates the client (the same generator the plugin runs), and the
 * compiler points at the user code that used the old name.
 */
public final class DocsChangeLoop {
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
     * @param changed     generated files the regeneration rewrote
     * @param secondBuild errors of the build after the change
     */
    public record Result(List<CompileError> firstBuild, List<Path> changed, List<CompileError> secondBuild) {}

    private DocsChangeLoop() {}

    /** Runs the loop for the module in {@code moduleDir} inside {@code scratch}. */
    public static Result run(Path moduleDir, Path scratch, PrintStream out) throws IOException, GenerationException {
        Path spec = scratch.resolve("catalogue.yaml");
        Files.copy(moduleDir.resolve("src/main/openapi/catalogue.yaml"), spec);
        Path generated = scratch.resolve("generated");
        Path userCode = moduleDir.resolve("src/main/java/io/handspec/samples/docschange/AppCatalogue.java");
        GenerateRequest request = new GenerateRequest(
                spec.toString(), generated, "io.handspec.samples.docschange.client", null, Map.of());

        out.println("1. Generate the client from the spec and compile AppCatalogue.java against it");
        Generator.generate(request);
        List<CompileError> first = compile(generated, userCode, scratch.resolve("classes1"));
        out.println(first.isEmpty() ? "   compiles" : "   " + first);

        out.println("2. The vendor's docs rename device_type to platform; the spec is edited to match:");
        Path edited = moduleDir.resolve("edits/catalogue.yaml");
        for (String line : Files.readAllLines(edited)) {
            if (line.contains("platform")) {
                out.println("   -        device_type: {type: string, ...}");
                out.println("   + " + line.strip());
            }
        }
        Files.copy(edited, spec, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        out.println("3. The next build regenerates; only the files that changed are rewritten:");
        GenerateResult result = Generator.generate(request);
        result.written().forEach(p -> out.println("   " + generated.relativize(p)));

        out.println("4. ... and the compiler points at the user code that used the old name:");
        List<CompileError> second = compile(generated, userCode, scratch.resolve("classes2"));
        second.forEach(e -> out.printf(
                "   %s:%d: %s%n",
                e.file(), e.line(), e.message().lines().findFirst().orElse("")));
        return new Result(first, result.written(), second);
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
