package io.handspec.generator;

import java.nio.file.Path;
import java.util.List;

/**
 * What a generation did.
 *
 * @param files     every file generated, written or not
 * @param written   files created or changed
 * @param deleted   files of an earlier run no longer generated, now removed
 * @param kept      files of an earlier run no longer generated but left in place: changed since the
 *                  generator wrote them, or not provably its own
 * @param warnings  spec problems that did not stop generation
 * @param inputs    the spec files read (each spec and every file it references), for up-to-date checks
 */
public record GenerateResult(
        List<Path> files,
        List<Path> written,
        List<Path> deleted,
        List<Path> kept,
        List<SpecProblem> warnings,
        List<Path> inputs) {
    public GenerateResult {
        inputs = List.copyOf(inputs);
        files = List.copyOf(files);
        written = List.copyOf(written);
        deleted = List.copyOf(deleted);
        kept = List.copyOf(kept);
        warnings = List.copyOf(warnings);
    }
}
