package io.handspec.generator.docs;

import io.handspec.generator.GenerationException;
import io.handspec.generator.SpecProblem;
import io.handspec.generator.spec.SpecSources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites the {@code sha256} and {@code reviewed} of accepted pages in the spec's own text, value for
 * value on their lines, so the spec's layout, comments and quoting stay as the user wrote them.
 */
final class SpecEdit {
    private final SpecSources spec;
    private final List<String> lines;
    private boolean changed;

    SpecEdit(SpecSources spec) {
        this.spec = spec;
        // keeps each line's own ending, so a CRLF file stays CRLF
        this.lines = new ArrayList<>(List.of(spec.text().split("(?<=\n)", -1)));
    }

    /** Records {@code digest} and {@code day} as the reviewed state of {@code placed}. */
    void accept(SpecSources.Placed placed, String digest, LocalDate day) throws GenerationException {
        replace(placed.sha256(), placed.source().sha256(), digest, "sha256");
        replace(placed.reviewed(), placed.source().reviewed().toString(), day.toString(), "reviewed");
    }

    /** Writes the spec back, atomically, when anything was accepted. */
    void save() throws GenerationException {
        if (!changed) {
            return;
        }
        Path file = spec.file();
        try {
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".spec", ".tmp");
            Files.writeString(tmp, String.join("", lines), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new GenerationException("cannot write spec " + file + ": " + e.getMessage(), e);
        }
    }

    private void replace(SpecSources.Place place, String old, String now, String field) throws GenerationException {
        int line = place.line();
        int i = line - 1;
        int at = i >= 0 && i < lines.size() ? lines.get(i).indexOf(old, place.column() - 1) : -1;
        if (at < 0) {
            throw new GenerationException(
                    "cannot record the review in " + spec.file(),
                    List.of(new SpecProblem(
                            spec.file().toString(),
                            line,
                            0,
                            "",
                            "expected the " + field + " '" + old + "' here; write " + field + ": " + now
                                    + " by hand")));
        }
        String text = lines.get(i);
        lines.set(i, text.substring(0, at) + now + text.substring(at + old.length()));
        changed = true;
    }
}
