package io.handspec.generator.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Real-path checks: a path is used only when every folder on the way to it resolves inside the
 * output folder, whatever links (symbolic links, Windows junctions) lie on the way, and the file
 * itself is no link. The lexical check alone ({@code normalize().startsWith}) is fooled by
 * {@code out/com -> ../elsewhere}.
 */
final class Inside {
    private final Path base;
    private final Path real;
    /**
     * Folders already found to be plain folders inside the output folder by real path: the files of
     * one folder share every check on the way to it. A folder changed after its check is caught by
     * {@link Guarded} just before each change.
     */
    private final Set<Path> checkedFolders = new HashSet<>();

    /** {@code base} is absolute and normalized and exists. */
    Inside(Path base) throws IOException {
        this.base = base;
        this.real = base.toRealPath();
    }

    /**
     * Why {@code relative} (already checked by {@link PathRules}) cannot be written or deleted
     * safely, or {@code null} when it can.
     */
    String problem(String relative) throws IOException {
        Path p = base;
        String[] segments = relative.split("/");
        for (int i = 0; i < segments.length; i++) {
            p = p.resolve(segments[i]);
            boolean last = i == segments.length - 1;
            if (!last && checkedFolders.contains(p)) {
                continue;
            }
            if (Files.isSymbolicLink(p)) {
                if (last) {
                    return base.relativize(p) + " is a link; generated files are never written or deleted through"
                            + " links: remove the link";
                }
                Path target;
                try {
                    target = p.toRealPath();
                } catch (IOException dangling) {
                    return "the folder " + base.relativize(p) + " is a link to nothing; remove the link";
                }
                if (!target.startsWith(real)) {
                    return "the folder " + base.relativize(p) + " is a link leading outside the output folder (to "
                            + target + "); remove the link, the generator never writes outside " + base;
                }
            }
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(p)) {
                return null;
            }
            if (!last && !Files.isDirectory(p)) {
                return base.relativize(p) + " is a file where the generator needs a folder; move it away";
            }
            if (!last && !p.toRealPath().startsWith(real)) {
                return "the folder " + base.relativize(p) + " leads outside the output folder (to " + p.toRealPath()
                        + "); remove the link on the way, the generator never writes outside " + base;
            }
            if (last && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                return base.relativize(p) + " exists and is not a regular file; move it away";
            }
            if (!last) {
                checkedFolders.add(p);
            }
        }
        return null;
    }

    /** Whether {@code file} is a regular file (no link) inside the output folder by real path. */
    boolean regularFileInside(String relative) throws IOException {
        Path p = base.resolve(relative);
        return problem(relative) == null
                && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                && p.toRealPath().startsWith(real);
    }
}
