package io.handspec.generator.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Changes the output folder as one step. New contents are first staged in a folder the generator
 * owns ({@value #FOLDER}, inside the output folder so every move is a rename on one file system);
 * then a journal listing every move and delete is written and renamed into place, which is the
 * commit point; then the moves and deletes are applied, each replaced or deleted file being moved
 * aside first.
 *
 * <ul>
 *   <li>A failure before the commit point leaves the output untouched; the staging folder goes.</li>
 *   <li>A failure while applying is undone from the files moved aside, so the output is as before.</li>
 *   <li>A run stopped at any point (kill -9, power cut after the OS wrote its cache) leaves either no
 *       journal (the next run discards the staging folder) or a complete one (the next run finishes
 *       it before doing anything else: {@link #recover}). Old and new files are never left mixed
 *       under the old list, and no staged file outlives the next run.</li>
 * </ul>
 */
final class Transaction {
    /** The generator's own folder inside the output folder. */
    static final String FOLDER = ".handspec-tx";

    private static final String JOURNAL = "journal";

    /** Put {@code content} at {@code relative}. */
    record Put(String relative, byte[] content) {}

    /** Delete {@code relative}, which must still have the SHA-256 {@code digest}. */
    record Delete(String relative, String digest) {}

    private final Path base;
    private final Path dir;
    private final FileOps ops;

    /** {@code base} is absolute, normalized and exists. */
    Transaction(Path base, FileOps ops) throws IOException {
        this.base = base;
        this.dir = base.resolve(FOLDER);
        this.ops = new Guarded(base, dir, ops);
    }

    /**
     * Finishes (rolls forward) the changes of an interrupted run that committed, or discards its staging.
     *
     * @return whether files of the output were changed (an interrupted update was completed)
     */
    boolean recover() throws IOException {
        if (Files.isSymbolicLink(dir) || Files.isRegularFile(dir, LinkOption.NOFOLLOW_LINKS)) {
            ops.delete(dir);
            return false;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        boolean changed = false;
        Path journal = dir.resolve(JOURNAL);
        if (Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
            Inside inside = new Inside(base);
            List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
            Map<String, String> listed = previousManifest(lines);
            for (int i = 0; i < lines.size(); i++) {
                changed |= rollForward(lines.get(i), i, inside, listed);
            }
            ops.delete(journal);
        }
        deleteTree();
        return changed;
    }

    /**
     * The manifest as it was before the interrupted run: moved aside in the staging folder once the
     * run began replacing it, else still in place. A journal's delete is done only for a file it lists
     * with the same digest, so a hand-made journal deletes nothing the generator did not write.
     */
    private Map<String, String> previousManifest(List<String> lines) throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals("put - " + OutputWriter.MANIFEST)
                    && Files.exists(aside(i), LinkOption.NOFOLLOW_LINKS)) {
                return Manifest.read(aside(i));
            }
        }
        return Manifest.read(base.resolve(OutputWriter.MANIFEST));
    }

    private boolean rollForward(String line, int i, Inside inside, Map<String, String> listed) throws IOException {
        String[] f = line.split(" ", 3);
        if (f.length != 3 || !safe(f[2]) || inside.problem(f[2]) != null) {
            return false;
        }
        Path target = base.resolve(f[2]);
        boolean changed = false;
        if (f[0].equals("put") && Files.isRegularFile(staged(i), LinkOption.NOFOLLOW_LINKS)) {
            createParents(f[2], new ArrayList<>());
            ops.move(staged(i), target);
            changed = true;
        } else if (f[0].equals("del")) {
            if (f[1].equals(listed.get(f[2]))
                    && inside.regularFileInside(f[2])
                    && Manifest.sha256(Files.readAllBytes(target)).equals(f[1])) {
                ops.delete(target);
                changed = true;
            }
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                removeEmptyParents(target.getParent());
            }
        }
        return changed;
    }

    /** Whether a journal path is one this writer could have written (the journal is as untrusted as the manifest). */
    private boolean safe(String relative) {
        return relative.equals(OutputWriter.MANIFEST)
                || PathRules.problems(base, List.of(relative)).isEmpty();
    }

    /**
     * Applies {@code puts} and {@code deletes} (in this order) as one step.
     *
     * @throws OutputNotRestoredException when applying failed and undoing it failed too
     * @throws IOException                when it failed and the output is as it was
     */
    void run(List<Put> puts, List<Delete> deletes) throws IOException {
        deleteTree();
        ops.createDirectory(dir);
        StringBuilder journal = new StringBuilder();
        try {
            for (int i = 0; i < puts.size(); i++) {
                ops.write(staged(i), puts.get(i).content());
                journal.append("put - ").append(puts.get(i).relative()).append('\n');
            }
            for (Delete d : deletes) {
                journal.append("del ")
                        .append(d.digest())
                        .append(' ')
                        .append(d.relative())
                        .append('\n');
            }
            Path temp = dir.resolve(JOURNAL + ".tmp");
            ops.write(temp, journal.toString().getBytes(StandardCharsets.UTF_8));
            ops.move(temp, dir.resolve(JOURNAL));
        } catch (IOException | RuntimeException e) {
            quietly(this::deleteTree, e);
            throw e;
        }
        apply(puts, deletes);
        // committed and applied: the output is complete; what is left when this fails (empty folders,
        // the journal, staging) the next run removes in recover()
        quietly(
                () -> {
                    for (Delete d : deletes) {
                        removeEmptyParents(base.resolve(d.relative()).getParent());
                    }
                    ops.delete(dir.resolve(JOURNAL));
                    deleteTree();
                },
                null);
    }

    private void apply(List<Put> puts, List<Delete> deletes) throws IOException {
        List<Path> created = new ArrayList<>();
        int step = 0;
        try {
            for (; step < puts.size(); step++) {
                Path target = base.resolve(puts.get(step).relative());
                createParents(puts.get(step).relative(), created);
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    ops.move(target, aside(step));
                }
                ops.move(staged(step), target);
            }
            for (; step < puts.size() + deletes.size(); step++) {
                ops.move(base.resolve(deletes.get(step - puts.size()).relative()), aside(step));
            }
        } catch (IOException | RuntimeException e) {
            undo(puts, deletes, step, created, e);
            throw e;
        }
    }

    /**
     * Undoes steps {@code 0..last} from the files moved aside. New contents go back to the staging
     * folder rather than away, so that when undoing fails half-way the journal can still be rolled
     * forward by the next run; rethrows as not restored when that happens.
     */
    private void undo(List<Put> puts, List<Delete> deletes, int last, List<Path> created, Exception cause)
            throws OutputNotRestoredException {
        try {
            for (int i = Math.min(last, puts.size() + deletes.size() - 1); i >= 0; i--) {
                String relative = i < puts.size()
                        ? puts.get(i).relative()
                        : deletes.get(i - puts.size()).relative();
                Path target = base.resolve(relative);
                boolean movedIn = i < puts.size() && !Files.exists(staged(i), LinkOption.NOFOLLOW_LINKS);
                if (movedIn) {
                    ops.move(target, staged(i));
                }
                if (Files.exists(aside(i), LinkOption.NOFOLLOW_LINKS)) {
                    ops.move(aside(i), target);
                }
            }
            for (int i = created.size() - 1; i >= 0; i--) {
                ops.delete(created.get(i));
            }
            ops.delete(dir.resolve(JOURNAL));
        } catch (IOException | RuntimeException e) {
            e.addSuppressed(cause);
            throw new OutputNotRestoredException(
                    "writing into " + base + " failed (" + cause.getMessage() + ") and undoing it failed too ("
                            + e.getMessage() + "); the next run completes the update",
                    e);
        }
        quietly(this::deleteTree, cause);
    }

    private void createParents(String relative, List<Path> created) throws IOException {
        Path p = base;
        String[] segments = relative.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            p = p.resolve(segments[i]);
            if (!Files.isDirectory(p)) {
                ops.createDirectory(p);
                created.add(p);
            }
        }
    }

    private void removeEmptyParents(Path folder) throws IOException {
        for (Path current = folder;
                current != null && current.startsWith(base) && !current.equals(base);
                current = current.getParent()) {
            if (Files.isSymbolicLink(current)) {
                return;
            }
            if (!Files.isDirectory(current)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(current)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            ops.delete(current);
        }
    }

    /** Deletes the staging folder and all in it, never following a link. */
    private void deleteTree() throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (UncheckedIOException e) {
            // a file vanished while listing: someone else changed the folder (the lock keeps other runs out)
            throw e.getCause();
        }
        for (Path p : all) {
            ops.delete(p);
        }
    }

    private Path staged(int i) {
        return dir.resolve("new-" + i);
    }

    private Path aside(int i) {
        return dir.resolve("old-" + i);
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void quietly(IoAction action, Exception primary) {
        try {
            action.run();
        } catch (IOException | RuntimeException e) {
            if (primary != null) {
                primary.addSuppressed(e);
            }
        }
    }
}
