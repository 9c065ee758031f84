package io.handspec.generator.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * An exclusive lock on an output folder for the whole of a generation, so that two runs (an IDE
 * build and a command-line build, two plugin executions) never change one folder at once. It is an
 * OS file lock on {@value #FILE} in the folder, released by the OS when the process dies, so a killed
 * run never leaves the folder locked. Re-entrant for the thread holding it (the job locks, then the
 * writer it calls locks again); any other thread or process fails at once with a clear message
 * rather than waiting, so no build hangs.
 */
public final class OutputLock implements AutoCloseable {
    /** The lock file in the output folder; never deleted (deleting a lock file lets two runs lock two files). */
    public static final String FILE = ".handspec-lock";

    private static final Map<Path, OutputLock> HELD = new HashMap<>();

    private final Path key;
    private final Thread owner;
    private final FileChannel channel;
    private final FileLock lock;
    private int count = 1;

    private OutputLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.owner = Thread.currentThread();
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code root} (created if missing) for this thread.
     *
     * @throws IOException when another generation holds it, naming the folder and the fix
     */
    public static OutputLock acquire(Path root) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Files.createDirectories(base);
        Path key = base.toRealPath();
        synchronized (HELD) {
            OutputLock held = HELD.get(key);
            if (held != null) {
                if (held.owner != Thread.currentThread()) {
                    throw busy(base);
                }
                held.count++;
                return held;
            }
            Path file = key.resolve(FILE);
            if (Files.isSymbolicLink(file)
                    || Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                            && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(
                        file + " is not a plain file; remove it (the generator creates its lock file itself)");
            }
            FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (IOException | OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw busy(base);
            }
            OutputLock out = new OutputLock(key, channel, lock);
            HELD.put(key, out);
            return out;
        }
    }

    /**
     * Locks {@code root} when it exists; {@code null} (nothing to lock, nothing to recover) when it
     * does not, so a run that fails before writing leaves no folder behind. The writer locks it once
     * it creates it.
     */
    public static OutputLock acquireIfExists(Path root) throws IOException {
        return Files.isDirectory(root) ? acquire(root) : null;
    }

    private static IOException busy(Path base) {
        return new IOException("another generation is running in " + base + " (it holds " + base.resolve(FILE)
                + "); wait for it to finish and run again, or give each build its own output folder");
    }

    /** Releases one hold; the last one unlocks the folder. */
    @Override
    public void close() throws IOException {
        synchronized (HELD) {
            if (--count > 0) {
                return;
            }
            HELD.remove(key);
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
