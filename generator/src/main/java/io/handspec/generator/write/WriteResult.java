package io.handspec.generator.write;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link OutputWriter} did.
 *
 * @param written   files created or changed
 * @param unchanged files whose content was already right
 * @param deleted   files of an earlier run that are no longer generated
 * @param kept      files of an earlier run no longer generated but left in place, because they were
 *                  changed since or the list does not prove the generator wrote them
 */
public record WriteResult(List<Path> written, List<Path> unchanged, List<Path> deleted, List<Path> kept) {
    public WriteResult {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        deleted = List.copyOf(deleted);
        kept = List.copyOf(kept);
    }
}
