package io.handspec.runtime;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JacksonFeatureSet;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeFeature;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Jackson's default {@link LocalDate} reader with a shortcut for the usual text, {@code yyyy-MM-dd}
 * exactly: the date is taken from the parser's characters, where {@code LocalDate.parse} with the
 * ISO formatter builds a parse context, a field map and boxed numbers for each one (a page of 30
 * projects with two dates each makes 60 of them). Anything else (other lengths, signs, spaces, a
 * date-time, numbers, arrays, a day the month does not have) goes to Jackson's reader, so values and
 * errors are the same as without it. Only the module's own default instance is replaced, by one of
 * these: a reader with a format of its own ({@code @JsonFormat} or a configured pattern) is Jackson's
 * own, set up as Jackson sets it up. It is a {@link LocalDateDeserializer} itself, so that a module's
 * modifier that looks for Jackson's reader by its type (and replaces or reconfigures it) still finds
 * it; one that compares the reader's class or instance does not.
 */
final class IsoDateReader extends LocalDateDeserializer {
    private static final long serialVersionUID = 1L;
    private static final IsoDateReader DEFAULT = new IsoDateReader();

    private IsoDateReader() {
        super(LocalDateDeserializer.INSTANCE, DateTimeFormatter.ISO_LOCAL_DATE);
    }

    private IsoDateReader(IsoDateReader base, Boolean leniency) {
        super(base, leniency);
    }

    private IsoDateReader(IsoDateReader base, JsonFormat.Shape shape) {
        super(base, shape);
    }

    private IsoDateReader(IsoDateReader base, JacksonFeatureSet<JavaTimeFeature> features) {
        super(base, features);
    }

    /** This reader in place of {@code deserializer} when that is the time module's default {@link LocalDate} reader. */
    static JsonDeserializer<?> of(JsonDeserializer<?> deserializer) {
        return deserializer == LocalDateDeserializer.INSTANCE ? DEFAULT : deserializer;
    }

    /*
     * Jackson sets its reader up for where it reads by these (createContextual): leniency and shape
     * do not change how a ten-character date is read and keep the shortcut; a pattern of its own
     * makes Jackson's reader (the inherited withDateFormat), since the shortcut knows only ISO.
     */

    @Override
    protected LocalDateDeserializer withLeniency(Boolean leniency) {
        return new IsoDateReader(this, leniency);
    }

    @Override
    protected LocalDateDeserializer withShape(JsonFormat.Shape shape) {
        return new IsoDateReader(this, shape);
    }

    @Override
    public LocalDateDeserializer withFeatures(JacksonFeatureSet<JavaTimeFeature> features) {
        LocalDateDeserializer jacksons = super.withFeatures(features);
        return jacksons == this ? this : new IsoDateReader(this, features);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (_formatter == DateTimeFormatter.ISO_LOCAL_DATE
                && p.hasToken(JsonToken.VALUE_STRING)
                && p.getTextLength() == 10
                // the text is not taken as a String, where the parser checks its length: a limit
                // below ten is left to Jackson's reader to fail on
                && p.streamReadConstraints().getMaxStringLength() >= 10) {
            LocalDate date = date(p.getTextCharacters(), p.getTextOffset());
            if (date != null) {
                return date;
            }
        }
        return super.deserialize(p, ctxt);
    }

    /** The date {@code yyyy-MM-dd} at {@code at}, or {@code null} when the ten characters are not one. */
    static LocalDate date(char[] text, int at) {
        if (text[at + 4] != '-' || text[at + 7] != '-') {
            return null;
        }
        int year = digits(text, at, 4);
        int month = digits(text, at + 5, 2);
        int day = digits(text, at + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1) {
            return null;
        }
        if (day > 28 && day > java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The number written by {@code count} ASCII digits at {@code at}, or -1. */
    private static int digits(char[] text, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            char c = text[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
