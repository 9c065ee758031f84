package io.handspec.generator.write;

import java.io.IOException;
import java.nio.file.Path;

/** Real file operations that call {@link #step} before each one, so a test can stop or fail a run there. */
abstract class SteppedOps implements FileOps {
    /** Called before each operation; throws to fail it. */
    abstract void step(String what, Path p) throws IOException;

    @Override
    public void write(Path file, byte[] content) throws IOException {
        step("write", file);
        FileOps.super.write(file, content);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
        step("move", from);
        FileOps.super.move(from, to);
    }

    @Override
    public void delete(Path file) throws IOException {
        step("delete", file);
        FileOps.super.delete(file);
    }

    @Override
    public void createDirectory(Path dir) throws IOException {
        step("mkdir", dir);
        FileOps.super.createDirectory(dir);
    }
}
