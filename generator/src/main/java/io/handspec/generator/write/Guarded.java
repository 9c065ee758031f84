package io.handspec.generator.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * File operations re-checked immediately before each change, because the folder can change while a
 * run is under way (the checks of {@link Inside} happen once, before staging): the folder holding
 * the file must still be inside the output folder by real path (the staging folder exactly where it
 * belongs), and a file written or moved must not be a link. Java has no {@code openat}-style calls,
 * so a window between check and change remains; the folder lock and these checks leave it only to
 * a deliberate concurrent attacker with write access to the folder.
 */
final class Guarded implements FileOps {
    private final Path real;
    private final Path staging;
    private final Path realStaging;
    private final FileOps ops;

    /** {@code base} exists; {@code staging} is the transaction's folder in it. */
    Guarded(Path base, Path staging, FileOps ops) throws IOException {
        this.real = base.toRealPath();
        this.staging = staging;
        this.realStaging = real.resolve(base.relativize(staging));
        this.ops = ops;
    }

    @Override
    public void write(Path file, byte[] content) throws IOException {
        check(file, false);
        ops.write(file, content);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
        check(from, false);
        check(to, false);
        ops.move(from, to);
    }

    /** Deleting a link removes the link itself, never its target, so only the folder is checked. */
    @Override
    public void delete(Path file) throws IOException {
        check(file, true);
        ops.delete(file);
    }

    @Override
    public void createDirectory(Path dir) throws IOException {
        check(dir, false);
        ops.createDirectory(dir);
    }

    private void check(Path p, boolean linkAllowed) throws IOException {
        if (!linkAllowed && Files.isSymbolicLink(p)) {
            throw changed(p + " became a link while the generator was writing");
        }
        Path parent = p.getParent();
        Path realParent = parent.toRealPath();
        boolean inStaging = parent.equals(staging);
        if (inStaging ? !realParent.equals(realStaging) : !realParent.startsWith(real)) {
            throw changed(
                    "the folder " + parent + " now leads to " + realParent + ", outside the output folder " + real);
        }
    }

    private static IOException changed(String what) {
        return new IOException("the output folder changed during the run: " + what + "; nothing is written through"
                + " it. Check who else writes into the folder, remove the link and run again");
    }
}
