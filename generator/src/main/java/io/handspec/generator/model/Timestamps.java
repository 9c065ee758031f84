package io.handspec.generator.model;

/** {@code x-handspec-timestamps}: how {@code date-time} values are typed. */
public enum Timestamps {
    /** {@code offset} (the default): {@code OffsetDateTime}. */
    OFFSET,
    /** {@code rfc3339}: the runtime's {@code Timestamp}, which keeps {@code -00:00}. */
    RFC3339
}
