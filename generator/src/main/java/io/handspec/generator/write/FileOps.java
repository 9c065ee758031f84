package io.handspec.generator.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The file operations that change the output folder. A seam, so tests can fail or stop a run at
 * any single step and check that the folder is still consistent.
 */
interface FileOps {
    /** The real file system. */
    FileOps REAL = new FileOps() {
    };

    /** Creates {@code file} with {@code content}, with the permissions a plain write gives (umask). */
    default void write(Path file, byte[] content) throws IOException {
        Files.write(file, content);
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
