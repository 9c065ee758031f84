package io.handspec.generator.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes generated files into an output folder safely.
 *
 * <ul>
 *   <li>Every path is checked before the first write ({@link PathRules}: lengths, device names,
 *       characters, case-only clashes) and resolved by real path ({@link Inside}): nothing is written
 *       or deleted through a link, nothing lands outside the folder.</li>
 *   <li>The folder is locked for the write ({@link OutputLock}), and every move and delete is checked
 *       again just before it is done ({@link Guarded}), since the folder may change meanwhile.</li>
 *   <li>A file whose content did not change is not rewritten (its modification time stays).</li>
 *   <li>All changes are applied as one step ({@link Transaction}): a failed run leaves the previous
 *       output as it was, an interrupted one is completed by the next run.</li>
 *   <li>Files an earlier run generated (listed with their digests in {@value #MANIFEST}) and this
 *       run does not are removed, but only when they still have the content the generator wrote;
 *       files it did not write are never touched.</li>
 * </ul>
 */
public final class OutputWriter {
    /** The list of files the last run generated, with their SHA-256, kept in the output folder. */
    public static final String MANIFEST = ".handspec-files";

    private final FileOps ops;

    OutputWriter(FileOps ops) {
        this.ops = ops;
    }

    /**
     * Writes {@code files} (relative path with {@code /} separators to content) under {@code root}.
     *
     * @throws UnsafeOutputException       when a path cannot be written safely; nothing was changed
     * @throws OutputNotRestoredException  when writing failed and the previous output could not be put back
     * @throws IOException                 when writing failed; the previous output is as it was
     */
    public static WriteResult write(Path root, Map<String, byte[]> files) throws IOException {
        return write(root, files, "");
    }

    /**
     * As {@link #write(Path, Map)} for the job {@code owner} (its state file relative to {@code root},
     * {@code /} separators; {@code ""} for none), recorded in the manifest; refuses a folder whose manifest names another job whose state file
     * still exists.
     */
    public static WriteResult write(Path root, Map<String, byte[]> files, String owner) throws IOException {
        return new OutputWriter(FileOps.REAL).writeAll(root, files, owner);
    }

    /** The relative paths the last run recorded in {@code root}'s manifest. */
    public static List<String> generatedFiles(Path root) throws IOException {
        return List.copyOf(Manifest.read(root.toAbsolutePath().normalize().resolve(MANIFEST))
                .keySet());
    }

    /**
     * The SHA-256 of {@code root}'s manifest, or {@code ""} when there is none: with the manifest
     * itself it proves which files, with which contents, a job last wrote.
     */
    public static String manifestDigest(Path root) throws IOException {
        Path file = root.toAbsolutePath().normalize().resolve(MANIFEST);
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Manifest.sha256(Files.readAllBytes(file)) : "";
    }

    /**
     * Whether {@code root}'s manifest still has the digest {@code manifestDigest} and every file it
     * lists is a plain file with the recorded content (a deleted or hand-edited file means no).
     */
    public static boolean intact(Path root, String manifestDigest) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        if (manifestDigest.isEmpty() || !manifestDigest(base).equals(manifestDigest)) {
            return false;
        }
        Map<String, String> listed = Manifest.read(base.resolve(MANIFEST));
        for (Map.Entry<String, String> e : listed.entrySet()) {
            Path file = base.resolve(e.getKey());
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || !Manifest.sha256(Files.readAllBytes(file)).equals(e.getValue())) {
                return false;
            }
        }
        return !listed.isEmpty();
    }

    /** Whether an update of {@code root} was interrupted and is not yet completed (the next write completes it). */
    public static boolean interrupted(Path root) {
        return Files.exists(root.toAbsolutePath().normalize().resolve(Transaction.FOLDER), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Completes an update of {@code root} that an earlier run began and could not finish (killed,
     * failed while undoing), or discards its staging; locks the folder meanwhile.
     *
     * @return whether that changed files of the output
     */
    @SuppressWarnings("try") // the lock is held by the block, not used in it
    public static boolean recover(Path root) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(base)) {
            return false;
        }
        try (OutputLock lock = OutputLock.acquire(base)) {
            return new Transaction(base, FileOps.REAL).recover();
        }
    }

    WriteResult writeAll(Path root, Map<String, byte[]> files) throws IOException {
        return writeAll(root, files, "");
    }

    @SuppressWarnings("try") // the lock is held by the block, not used in it
    WriteResult writeAll(Path root, Map<String, byte[]> files, String owner) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        List<String> problems = PathRules.problems(base, new TreeMap<>(files).keySet());
        if (!problems.isEmpty()) {
            throw new UnsafeOutputException(problems);
        }
        try (OutputLock lock = OutputLock.acquire(base)) {
            return locked(base, files, owner);
        }
    }

    private WriteResult locked(Path base, Map<String, byte[]> files, String owner) throws IOException {
        List<String> problems = new ArrayList<>();
        Transaction transaction = new Transaction(base, ops);
        transaction.recover();
        String other = Manifest.owner(base.resolve(MANIFEST));
        // a run without a state claims nothing and is refused nothing; a job is refused a folder whose
        // files another job (whose state still exists) wrote
        if (!owner.isEmpty() && !other.isEmpty() && !other.equals(owner) && Files.exists(base.resolve(other))) {
            throw new UnsafeOutputException(List.of("the files in " + base
                    + " were generated by another job (state file "
                    + base.resolve(other).normalize() + "); two jobs writing into one folder would delete each other's"
                    + " files: give each job (each plugin execution) its own output folder, or delete that state file"
                    + " if that job is gone"));
        }
        Inside inside = new Inside(base);
        for (String relative : new TreeMap<>(files).keySet()) {
            String problem = inside.problem(relative);
            if (problem != null) {
                problems.add("'" + relative + "': " + problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new UnsafeOutputException(problems);
        }
        Map<String, String> previous = Manifest.read(base.resolve(MANIFEST));
        List<Transaction.Put> puts = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        List<Path> unchanged = new ArrayList<>();
        Map<String, Boolean> same = compare(base, files);
        same.forEach((relative, isSame) -> {
            (isSame ? unchanged : written).add(base.resolve(relative));
            if (!isSame) {
                puts.add(new Transaction.Put(relative, files.get(relative)));
            }
        });
        List<Transaction.Delete> deletes = new ArrayList<>();
        List<Path> deleted = new ArrayList<>();
        List<Path> kept = new ArrayList<>();
        for (Map.Entry<String, String> old : previous.entrySet()) {
            if (files.containsKey(old.getKey())) {
                continue;
            }
            if (provablyOurs(base, inside, old.getKey(), old.getValue())) {
                deletes.add(new Transaction.Delete(old.getKey(), old.getValue()));
                deleted.add(base.resolve(old.getKey()));
            } else if (PathRules.problems(base, List.of(old.getKey())).isEmpty()
                    && Files.exists(base.resolve(old.getKey()))) {
                kept.add(base.resolve(old.getKey()));
            }
        }
        byte[] manifest = Manifest.render(files, owner);
        Path manifestPath = base.resolve(MANIFEST);
        boolean manifestSame = Files.isRegularFile(manifestPath, LinkOption.NOFOLLOW_LINKS)
                && Arrays.equals(Files.readAllBytes(manifestPath), manifest);
        if (!puts.isEmpty() || !deletes.isEmpty() || !manifestSame) {
            puts.add(new Transaction.Put(MANIFEST, manifest));
            transaction.run(puts, deletes);
        }
        return new WriteResult(written, unchanged, deleted, kept);
    }

    /** Relative path to whether the file on disk already has that content; compared on every core. */
    private static Map<String, Boolean> compare(Path base, Map<String, byte[]> files) throws IOException {
        try {
            Map<String, Boolean> out = new TreeMap<>();
            files.entrySet().parallelStream()
                    .map(e -> {
                        Path target = base.resolve(e.getKey());
                        try {
                            boolean same = Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                                    && Files.size(target) == e.getValue().length
                                    && Arrays.equals(Files.readAllBytes(target), e.getValue());
                            return Map.entry(e.getKey(), same);
                        } catch (IOException ex) {
                            throw new UncheckedIOException(ex);
                        }
                    })
                    .sequential()
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A listed file is deleted only when it is a plain file inside the folder that still has the recorded content. */
    private static boolean provablyOurs(Path base, Inside inside, String relative, String digest) throws IOException {
        if (digest.isEmpty()
                || !PathRules.problems(base, List.of(relative)).isEmpty()
                || !inside.regularFileInside(relative)) {
            return false;
        }
        return Manifest.sha256(Files.readAllBytes(base.resolve(relative))).equals(digest);
    }
}
