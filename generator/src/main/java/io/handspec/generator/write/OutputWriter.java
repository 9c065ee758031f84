package io.handspec.generator.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes generated files into an output folder safely.
 *
 * <ul>
 *   <li>Everything is rendered before this runs, so a failed generation never touches the folder.</li>
 *   <li>A file whose content did not change is not rewritten (its modification time stays).</li>
 *   <li>A changed file is written aside and moved into place, so no file is ever half-written.</li>
 *   <li>Files an earlier run generated (listed in {@value #MANIFEST}) and this run does not are
 *       removed; files the generator did not write are never touched.</li>
 *   <li>No path may leave the output folder, whatever a spec names.</li>
 * </ul>
 */
public final class OutputWriter {
    /** The list of files the last run generated, kept in the output folder. */
    public static final String MANIFEST = ".handspec-files";

    private OutputWriter() {
    }

    /**
     * Writes {@code files} (relative path with {@code /} separators to content) under {@code root}.
     *
     * @throws IllegalArgumentException when a path would leave {@code root}
     */
    public static WriteResult write(Path root, Map<String, byte[]> files) throws IOException {
        try {
            return writeAll(root, files);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static WriteResult writeAll(Path root, Map<String, byte[]> files) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Map<Path, byte[]> targets = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            targets.put(resolve(base, e.getKey()), e.getValue());
        }
        Files.createDirectories(base);
        Set<String> previous = readManifest(base);
        List<Path> written = new ArrayList<>();
        List<Path> unchanged = new ArrayList<>();
        for (Path dir : new TreeSet<>(targets.keySet().stream().map(Path::getParent).toList())) {
            Files.createDirectories(dir);
        }
        // files are independent: compare and write them on every core, report them in path order
        List<Boolean> changed = targets.entrySet().parallelStream().map(e -> {
            try {
                Path target = e.getKey();
                if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), e.getValue())) {
                    return false;
                }
                replace(target, e.getValue());
                return true;
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        }).toList();
        int i = 0;
        for (Path target : targets.keySet()) {
            (changed.get(i++) ? written : unchanged).add(target);
        }
        List<Path> deleted = new ArrayList<>();
        for (String old : previous) {
            if (files.containsKey(old)) {
                continue;
            }
            Path stale;
            try {
                stale = resolve(base, old);
            } catch (IllegalArgumentException outside) {
                continue;
            }
            if (Files.deleteIfExists(stale)) {
                deleted.add(stale);
                removeEmptyParents(base, stale.getParent());
            }
        }
        String manifest = String.join("\n", new TreeSet<>(files.keySet())) + "\n";
        byte[] manifestBytes = manifest.getBytes(StandardCharsets.UTF_8);
        Path manifestPath = base.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestPath) || !Arrays.equals(Files.readAllBytes(manifestPath), manifestBytes)) {
            replace(manifestPath, manifestBytes);
        }
        return new WriteResult(written, unchanged, deleted);
    }

    /** {@code root/relative}, refusing anything that would land outside {@code root}. */
    static Path resolve(Path root, String relative) {
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || relative.contains("\0")) {
            throw new IllegalArgumentException("refusing to write '" + relative + "': not a plain relative path");
        }
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("refusing to write '" + relative + "': it would land outside " + root);
        }
        return target;
    }

    private static Set<String> readManifest(Path base) throws IOException {
        Path manifest = base.resolve(MANIFEST);
        Set<String> out = new TreeSet<>();
        if (Files.isRegularFile(manifest)) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }

    private static void replace(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".handspec-", ".tmp");
        try {
            Files.write(temp, content);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void removeEmptyParents(Path root, Path dir) throws IOException {
        Path current = dir;
        while (current != null && current.startsWith(root) && !current.equals(root)) {
            try (var entries = Files.list(current)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(current);
            current = current.getParent();
        }
    }
}
