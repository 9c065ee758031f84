package io.handspec.generator;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources in-process with {@code -Xlint:all -Werror} against the test classpath. */
public final class TestCompiler {
    private TestCompiler() {}

    /** The outcome: diagnostics as text, and a loader over the classes when compilation succeeded. */
    public record Result(boolean success, List<String> diagnostics, ClassLoader loader) {}

    public static Result compile(Path sources, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<File> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java"))
                    .map(Path::toFile)
                    .collect(Collectors.toList());
        }
        Files.createDirectories(classes);
        List<String> options = List.of(
                "-Xlint:all",
                "-Werror",
                "-proc:none",
                "--release",
                "17",
                "-classpath",
                System.getProperty("java.class.path"),
                "-d",
                classes.toString());
        boolean ok;
        try (StandardJavaFileManager fm = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            ok = compiler.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromFiles(files))
                    .call();
        }
        List<String> messages = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            messages.add(d.getKind() + " "
                    + (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber()) + " "
                    + d.getMessage(Locale.ROOT));
        }
        ClassLoader loader = ok
                ? new URLClassLoader(new URL[] {classes.toUri().toURL()}, TestCompiler.class.getClassLoader())
                : null;
        return new Result(ok && messages.isEmpty(), messages, loader);
    }
}
