package io.handspec.generator.incremental;

import io.handspec.generator.Generator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of the generator's own code (the jar, or the folder of classes, it was loaded from), so
 * that a changed generator with an unchanged version (a SNAPSHOT rebuilt) regenerates. Computed once
 * per JVM: the code does not change while it runs.
 */
final class GeneratorCode {
    private static String digest;

    private GeneratorCode() {}

    /** The digest, or {@code "unknown"} when the code's location cannot be read (then only the version counts). */
    static synchronized String digest() {
        if (digest == null) {
            digest = compute();
        }
        return digest;
    }

    private static String compute() {
        CodeSource source = Generator.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "unknown";
        }
        try {
            return of(Path.of(source.getLocation().toURI()));
        } catch (IOException
                | UncheckedIOException
                | URISyntaxException
                | IllegalArgumentException
                | java.nio.file.FileSystemNotFoundException e) {
            return "unknown";
        }
    }

    /** The digest of a jar, or of every file in a folder of classes with its relative name. */
    static String of(Path where) throws IOException {
        {
            MessageDigest md = BuildState.sha256();
            if (Files.isRegularFile(where)) {
                md.update(Files.readAllBytes(where));
            } else {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(where)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    md.update(where.relativize(f)
                            .toString()
                            .replace('\\', '/')
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    md.update(BuildState.sha256().digest(Files.readAllBytes(f)));
                }
            }
            return BuildState.hex(md.digest());
        }
    }
}
