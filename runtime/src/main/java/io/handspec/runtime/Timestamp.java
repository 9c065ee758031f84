package io.handspec.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * An RFC 3339 timestamp that remembers when its offset is unknown. RFC 3339 section 4.3 writes a
 * local time whose offset is not known with {@code -00:00} (Kiliaro does this for EXIF dates); an
 * {@link OffsetDateTime} would silently read that as UTC. This type keeps the difference and writes
 * {@code -00:00} back.
 */
public final class Timestamp implements Comparable<Timestamp> {
    private final LocalDateTime local;
    private final ZoneOffset offset;

    private Timestamp(LocalDateTime local, ZoneOffset offset) {
        this.local = Objects.requireNonNull(local, "local == null");
        this.offset = offset;
    }

    /** A timestamp with a known offset. */
    public static Timestamp of(OffsetDateTime value) {
        return new Timestamp(value.toLocalDateTime(), value.getOffset());
    }

    /** A local time whose offset is unknown; written as {@code -00:00}. */
    public static Timestamp unknownOffset(LocalDateTime local) {
        return new Timestamp(local, null);
    }

    /** Parses RFC 3339 text; {@code -00:00} means the offset is unknown. */
    @JsonCreator
    public static Timestamp parse(String text) {
        if (text.endsWith("-00:00")) {
            return unknownOffset(LocalDateTime.parse(text.substring(0, text.length() - 6)));
        }
        return of(OffsetDateTime.parse(text));
    }

    /** Whether the offset is known. */
    public boolean offsetKnown() {
        return offset != null;
    }

    /** The wall-clock time as written. */
    public LocalDateTime localDateTime() {
        return local;
    }

    /** The offset, if known. */
    public Optional<ZoneOffset> offset() {
        return Optional.ofNullable(offset);
    }

    /** The value as an {@link OffsetDateTime}, if the offset is known. */
    public Optional<OffsetDateTime> toOffsetDateTime() {
        return offset == null ? Optional.empty() : Optional.of(local.atOffset(offset));
    }

    /** The instant, assuming {@code fallback} when the offset is unknown. */
    public Instant toInstant(ZoneOffset fallback) {
        return local.toInstant(offset != null ? offset : fallback);
    }

    /** RFC 3339 text, {@code -00:00} when the offset is unknown. */
    @JsonValue
    @Override
    public String toString() {
        String time = local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        if (offset == null) {
            return time + "-00:00";
        }
        return time + (offset.equals(ZoneOffset.UTC) ? "Z" : offset.getId());
    }

    @Override
    public int compareTo(Timestamp other) {
        return toInstant(ZoneOffset.UTC).compareTo(other.toInstant(ZoneOffset.UTC));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timestamp t && local.equals(t.local) && Objects.equals(offset, t.offset);
    }

    @Override
    public int hashCode() {
        return Objects.hash(local, offset);
    }
}
