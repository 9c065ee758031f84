package io.handspec.generator.incremental;

import io.handspec.generator.Generator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

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

    /**
     * The digest of a jar (the name, size and CRC-32 of each entry, from its central directory), of
     * another file (its bytes), or of every file in a folder of classes with its relative name.
     */
    static String of(Path where) throws IOException {
        {
            MessageDigest md = BuildState.sha256();
            if (Files.isRegularFile(where)) {
                if (!jarEntries(where, md)) {
                    BuildState.updateWithFile(md, where);
                }
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
                    MessageDigest one = BuildState.sha256();
                    BuildState.updateWithFile(one, f);
                    md.update(one.digest());
                }
            }
            return BuildState.hex(md.digest());
        }
    }

    /**
     * Adds each entry of the jar {@code file} to {@code md}; {@code false} when it is not a zip file.
     * The entries' CRC-32s tell a rebuilt jar from the old one without reading and hashing all of it:
     * the CLI's jar holds every dependency (30 MB), more to hash than the whole no-op check costs.
     */
    private static boolean jarEntries(Path file, MessageDigest md) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<ZipEntry> entries = new ArrayList<>(Collections.list(zip.entries()));
            entries.sort(Comparator.comparing(ZipEntry::getName));
            for (ZipEntry e : entries) {
                md.update((e.getName() + " " + e.getSize() + " " + Long.toHexString(e.getCrc()) + "\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return true;
        } catch (ZipException notAZip) {
            return false;
        }
    }
}
