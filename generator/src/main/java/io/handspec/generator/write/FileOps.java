package io.handspec.generator.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The file operations that change the output folder. A seam, so tests can fail or stop a run at
 * any single step and check that the folder is still consistent.
 */
interface FileOps {
    /** The real file system. */
    FileOps REAL = new FileOps() {};

    /**
     * Creates the new file {@code file} with {@code content}, with the permissions a plain write gives
     * (umask); fails when anything (a link above all) is already there, so it never writes through one.
     */
    default void write(Path file, byte[] content) throws IOException {
        Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    }

    /** Moves {@code from} onto {@code to}, replacing it; atomic where the file system allows. */
    default void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes {@code file} (a link itself, never its target) if it exists. */
    default void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    /** Creates the one folder {@code dir}, whose parent exists. */
    default void createDirectory(Path dir) throws IOException {
        Files.createDirectory(dir);
    }
}
