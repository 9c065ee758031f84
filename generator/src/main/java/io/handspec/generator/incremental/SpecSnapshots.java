package io.handspec.generator.incremental;

import io.handspec.generator.GenerateRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of the spec files of the last successful generation, kept beside the state file (in
 * {@code NAME.specs/}), so that the next generation can say what an edit changed. Every file read is
 * copied ({@code $ref}d ones too) keeping their relative layout, so the copy loads as the original did.
 * Classpath specs are not copied: they change with a dependency's version, not by an edit.
 */
final class SpecSnapshots {
    private static final String INDEX = "index";
    private static final String ROOT = "root\t";
    private final Path dir;

    SpecSnapshots(Path stateFile) {
        Path state = stateFile.toAbsolutePath().normalize();
        this.dir = state.resolveSibling(state.getFileName() + ".specs");
    }

    /** The copy of {@code request}'s spec from the last successful generation, or {@code null}. */
    Path previous(GenerateRequest request) {
        try {
            if (request.spec().startsWith("classpath:") || !Files.isRegularFile(dir.resolve(INDEX))) {
                return null;
            }
            String key = key(request);
            for (String line : Files.readAllLines(dir.resolve(INDEX), StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0 && line.substring(0, tab).equals(key)) {
                    Path copy = dir.resolve(line.substring(tab + 1)).normalize();
                    return copy.startsWith(dir) && Files.isRegularFile(copy) ? copy : null;
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Whether every file copied last time is still the same where it was copied from: then no spec changed. */
    boolean unchanged() {
        try {
            List<String> lines = Files.readAllLines(dir.resolve(INDEX), StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).startsWith(ROOT)) {
                return false;
            }
            Path root = Path.of(lines.get(0).substring(ROOT.length()));
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path copy : walk.filter(Files::isRegularFile).toList()) {
                    Path relative = dir.relativize(copy);
                    if (relative.toString().equals(INDEX)) {
                        continue;
                    }
                    Path original = root.resolve(relative);
                    if (!Files.isRegularFile(original)
                            || !Arrays.equals(Files.readAllBytes(copy), Files.readAllBytes(original))) {
                        return false;
                    }
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Replaces the copy with the files {@code inputs} as they are now. */
    void save(List<GenerateRequest> requests, List<Path> inputs) throws IOException {
        delete();
        List<Path> files = inputs.stream()
                .map(p -> p.toAbsolutePath().normalize())
                .filter(Files::isRegularFile)
                .distinct()
                .toList();
        if (files.isEmpty()) {
            return;
        }
        Path root = root(files);
        Files.createDirectories(dir);
        for (Path f : files) {
            Path copy = dir.resolve(root.relativize(f));
            Files.createDirectories(copy.getParent());
            Files.copy(f, copy);
        }
        StringBuilder index = new StringBuilder(ROOT).append(root).append('\n');
        for (GenerateRequest r : requests) {
            if (!r.spec().startsWith("classpath:")) {
                Path spec = Path.of(r.spec()).toAbsolutePath().normalize();
                index.append(key(r))
                        .append('\t')
                        .append(root.relativize(spec).toString().replace('\\', '/'))
                        .append('\n');
            }
        }
        Files.writeString(dir.resolve(INDEX), index.toString(), StandardCharsets.UTF_8);
    }

    /** Forgets the copy. */
    void delete() throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String key(GenerateRequest r) {
        return Path.of(r.spec()).toAbsolutePath().normalize() + " " + r.basePackage();
    }

    /** The deepest folder holding every file. */
    private static Path root(List<Path> files) {
        List<Path> abs = new ArrayList<>();
        files.forEach(f -> abs.add(f.toAbsolutePath().normalize()));
        Path root = abs.isEmpty() ? Path.of("").toAbsolutePath() : abs.get(0).getParent();
        for (Path f : abs) {
            while (!f.startsWith(root)) {
                root = root.getParent();
            }
        }
        return root;
    }
}
