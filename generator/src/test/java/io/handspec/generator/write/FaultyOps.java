package io.handspec.generator.write;

import java.io.IOException;
import java.nio.file.Path;

/** Real file operations that fail (or stop the run like kill -9) at chosen steps. */
final class FaultyOps extends SteppedOps {
    /** Thrown to stop a run dead: neither caught nor cleaned up after, as when the process is killed. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    private final int failAt;
    private final boolean failAfterToo;
    private final boolean kill;
    private int count;

    private FaultyOps(int failAt, boolean failAfterToo, boolean kill) {
        this.failAt = failAt;
        this.failAfterToo = failAfterToo;
        this.kill = kill;
    }

    /** Fails operation number {@code n} (0-based) once with an IOException. */
    static FaultyOps failOnce(int n) {
        return new FaultyOps(n, false, false);
    }

    /** Fails operation {@code n} and every later one, as a full disk would. */
    static FaultyOps failFrom(int n) {
        return new FaultyOps(n, true, false);
    }

    /** Stops the run dead at operation {@code n}. */
    static FaultyOps killAt(int n) {
        return new FaultyOps(n, false, true);
    }

    /** Whether the chosen step was reached. */
    boolean triggered() {
        return count > failAt;
    }

    @Override
    void step(String what, Path p) throws IOException {
        int n = count++;
        if (n == failAt || failAfterToo && n > failAt) {
            if (kill) {
                throw new Killed();
            }
            throw new IOException("injected failure at step " + n + ": " + what + " " + p);
        }
    }
}
