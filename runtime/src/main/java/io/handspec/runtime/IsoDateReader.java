package io.handspec.runtime;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Jackson's default {@link LocalDate} reader with a shortcut for the usual text, {@code yyyy-MM-dd}
 * exactly: the date is taken from the parser's characters, where {@code LocalDate.parse} with the
 * ISO formatter builds a parse context, a field map and boxed numbers for each one (a page of 30
 * projects with two dates each makes 60 of them). Anything else (other lengths, signs, spaces, a
 * date-time, numbers, arrays, a day the month does not have) goes to Jackson's reader, so values and
 * errors are the same as without it. Only the module's own default instance is wrapped: a reader with
 * a format of its own ({@code @JsonFormat}, a configured pattern) reads as it was set up to.
 */
final class IsoDateReader extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    private IsoDateReader(JsonDeserializer<?> jacksons) {
        super(jacksons);
    }

    /** Wraps {@code deserializer} when it is the time module's default {@link LocalDate} reader. */
    static JsonDeserializer<?> of(JsonDeserializer<?> deserializer) {
        return deserializer == LocalDateDeserializer.INSTANCE ? new IsoDateReader(deserializer) : deserializer;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
        return new IsoDateReader(newDelegatee);
    }

    /**
     * Jackson's reader set up for where it reads (it makes a new instance even for the default
     * format); with a pattern of its own ({@code @JsonFormat}, a configured override) it reads alone,
     * since the shortcut knows only the ISO format. Leniency and shape do not change how a ten-character
     * date is read.
     */
    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        JsonDeserializer<?> contextual =
                ctxt.handleSecondaryContextualization(_delegatee, property, ctxt.constructType(LocalDate.class));
        JsonFormat.Value format = findFormatOverrides(ctxt, property, LocalDate.class);
        if (format != null && format.hasPattern()) {
            return contextual;
        }
        return contextual == _delegatee ? this : newDelegatingInstance(contextual);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING) && p.getTextLength() == 10) {
            LocalDate date = date(p.getTextCharacters(), p.getTextOffset());
            if (date != null) {
                return date;
            }
        }
        return _delegatee.deserialize(p, ctxt);
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
