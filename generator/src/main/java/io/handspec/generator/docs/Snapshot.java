package io.handspec.generator.docs;

import io.handspec.generator.GenerationException;
import io.handspec.generator.SpecProblem;
import io.handspec.generator.model.DocSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The text of a page as last reviewed, kept beside the spec in {@code sources/<spec name>/<page>.txt},
 * normalised, so that its SHA-256 (as {@code sha256sum} prints it) is the spec's {@code sha256}.
 */
final class Snapshot {
    private final Path path;
    private final String text;

    private Snapshot(Path path, String text) {
        this.path = path;
        this.text = text;
    }

    /** Where the snapshot of {@code source} of {@code spec} is kept. */
    static Path path(Path spec, DocSource source) {
        String name = spec.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Path parent = spec.toAbsolutePath().getParent();
        return parent.resolve("sources").resolve(name).resolve(source.snapshotName());
    }

    /** Reads the snapshot; a missing one, or one that does not match the spec's digest, is noted. */
    static Snapshot of(Path spec, DocSource source, List<SpecProblem> notes, String specName)
            throws GenerationException {
        Path path = path(spec, source);
        if (!Files.isRegularFile(path)) {
            notes.add(new SpecProblem(
                    path.toString(),
                    0,
                    0,
                    "",
                    "no snapshot of " + source.url() + " (named in " + specName
                            + "); the diff is against an empty text, and accepting the page writes it"));
            return new Snapshot(path, "");
        }
        try {
            String text = PageText.normalise(Files.readString(path, StandardCharsets.UTF_8));
            if (!PageText.sha256(text).equals(source.sha256())) {
                notes.add(new SpecProblem(
                        path.toString(),
                        0,
                        0,
                        "",
                        "its digest is not the sha256 of " + source.url() + " in " + specName
                                + "; one of them was edited by hand: restore the snapshot, or accept the page again"));
            }
            return new Snapshot(path, text);
        } catch (IOException e) {
            throw new GenerationException("cannot read snapshot " + path + ": " + e.getMessage(), e);
        }
    }

    Path path() {
        return path;
    }

    String text() {
        return text;
    }

    /** Whether the snapshot on disk holds the text of {@code digest}. */
    boolean matches(String digest) {
        return Files.isRegularFile(path) && PageText.sha256(text).equals(digest);
    }

    /** Replaces the snapshot with {@code normalised}, atomically. */
    void write(String normalised) throws GenerationException {
        try {
            Files.createDirectories(path.getParent());
            Path tmp = Files.createTempFile(path.getParent(), ".snapshot", ".tmp");
            Files.writeString(tmp, normalised, StandardCharsets.UTF_8);
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new GenerationException("cannot write snapshot " + path + ": " + e.getMessage(), e);
        }
    }
}
