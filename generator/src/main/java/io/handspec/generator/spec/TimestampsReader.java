package io.handspec.generator.spec;

import io.handspec.generator.model.Timestamps;

/** Reads the root's {@code x-handspec-timestamps}. */
final class TimestampsReader {
    static final String X_TIMESTAMPS = "x-handspec-timestamps";

    private TimestampsReader() {}

    static Timestamps read(Object value, Problems problems) {
        Object v = ExtensionValues.plain(value);
        if (v == null || "offset".equals(v)) {
            return Timestamps.OFFSET;
        }
        if ("rfc3339".equals(v)) {
            return Timestamps.RFC3339;
        }
        problems.error("/" + X_TIMESTAMPS, X_TIMESTAMPS + " must be 'offset' or 'rfc3339', not '" + v + "'");
        return Timestamps.OFFSET;
    }
}
