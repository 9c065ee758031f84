package io.handspec.generator.write;

import java.io.IOException;

/** Writing failed half-way and the previous output could not be put back; the next run completes the update. */
public final class OutputNotRestoredException extends IOException {
    private static final long serialVersionUID = 1L;

    OutputNotRestoredException(String message, Throwable cause) {
        super(message, cause);
    }
}
