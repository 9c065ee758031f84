package io.handspec.runtime;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a spec allows for a value ({@code minimum}, {@code maximum} and their exclusive forms,
 * {@code enum}, {@code minLength}, {@code maxLength}, {@code pattern}, {@code minItems},
 * {@code maxItems}, and the same for each item), checked before a request is sent. Immutable;
 * generated code keeps one per constrained parameter as a constant.
 *
 * <pre>{@code
 * Constraints.none().maximum("100", false).minimum("1", false)
 * }</pre>
 */
public final class Constraints {
    private static final Constraints NONE = new Constraints();
    /** Values longer than this are cut in messages. */
    private static final int SHOWN = 80;

    // set only while a wither builds a new instance, never after: instances are immutable once returned
    private BigDecimal minimum;
    private boolean exclusiveMinimum;
    private BigDecimal maximum;
    private boolean exclusiveMaximum;
    private List<String> allowed;
    private Integer minLength;
    private Integer maxLength;
    private Pattern pattern;
    private Integer minItems;
    private Integer maxItems;
    private Constraints items;

    private Constraints() {}

    /** No constraint: every value passes. */
    public static Constraints none() {
        return NONE;
    }

    /** With a {@code minimum} (decimal text); {@code exclusive}: the value must be greater. */
    public Constraints minimum(String value, boolean exclusive) {
        Constraints c = copy();
        c.minimum = new BigDecimal(value);
        c.exclusiveMinimum = exclusive;
        return c;
    }

    /** With a {@code maximum} (decimal text); {@code exclusive}: the value must be smaller. */
    public Constraints maximum(String value, boolean exclusive) {
        Constraints c = copy();
        c.maximum = new BigDecimal(value);
        c.exclusiveMaximum = exclusive;
        return c;
    }

    /** With an {@code enum}: the wire form of the value must be one of these. */
    public Constraints allowed(String... values) {
        Constraints c = copy();
        c.allowed = List.of(values);
        return c;
    }

    /** With {@code minLength}/{@code maxLength} in characters (code points); {@code null}: no bound. */
    public Constraints length(Integer min, Integer max) {
        Constraints c = copy();
        c.minLength = min;
        c.maxLength = max;
        return c;
    }

    /** With a {@code pattern} (ECMA-262, which Java's regular expressions read alike for common patterns): found anywhere. */
    public Constraints pattern(String regex) {
        Constraints c = copy();
        try {
            c.pattern = PATTERNS.get(regex);
        } catch (PatternSyntaxException notJava) {
            // valid ECMA-262 that Java reads otherwise ("[^]"): a generated constant must not fail its
            // class's loading over a convenience check, so the pattern is left to the server
            c.pattern = null;
        }
        return c;
    }

    /** Generated code builds its parameters' constraints on every call: each pattern is compiled once. */
    private static final Memo<Pattern> PATTERNS = new Memo<>(256, Pattern::compile);

    /** With {@code minItems}/{@code maxItems} for a list; {@code null}: no bound. */
    public Constraints size(Integer min, Integer max) {
        Constraints c = copy();
        c.minItems = min;
        c.maxItems = max;
        return c;
    }

    /** With constraints every item of a list must meet. */
    public Constraints eachItem(Constraints itemConstraints) {
        Constraints c = copy();
        c.items = itemConstraints;
        return c;
    }

    private Constraints copy() {
        Constraints c = new Constraints();
        c.minimum = minimum;
        c.exclusiveMinimum = exclusiveMinimum;
        c.maximum = maximum;
        c.exclusiveMaximum = exclusiveMaximum;
        c.allowed = allowed;
        c.minLength = minLength;
        c.maxLength = maxLength;
        c.pattern = pattern;
        c.minItems = minItems;
        c.maxItems = maxItems;
        c.items = items;
        return c;
    }

    /**
     * Checks a value; {@code null} passes (an optional value that is not given).
     *
     * @param what  what the value is, for the message ("listPets: parameter 'limit'")
     * @param value the value
     * @throws IllegalArgumentException naming {@code what}, the value and the constraint it breaks
     */
    public void check(String what, Object value) {
        check(what, -1, value);
    }

    /**
     * {@link #check(String, Object)} of {@code what}, or of its item {@code item} when that is not
     * negative: the messages are put together only for a value that breaks a constraint.
     */
    private void check(String what, int item, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> list) {
            int size = list.size();
            if (minItems != null && size < minItems) {
                fail(what, item, "has " + size + " items", "at least " + minItems + " (minItems)");
            }
            if (maxItems != null && size > maxItems) {
                fail(what, item, "has " + size + " items", "at most " + maxItems + " (maxItems)");
            }
            if (items != null) {
                int i = 0;
                for (Object each : list) {
                    items.check(item < 0 ? what : what + " item " + item, i++, each);
                }
            }
            return;
        }
        if (value instanceof Map<?, ?>) {
            return;
        }
        String text = ApiRequest.scalar(value);
        if (allowed != null && !allowed.contains(text)) {
            fail(what, item, is(value, text), "one of " + allowed + " (enum)");
        }
        if (value instanceof Double || value instanceof Float) {
            checkNonFinite(what, item, ((Number) value).doubleValue(), value, text);
        }
        BigDecimal number = value instanceof Number ? number(text) : null;
        if (number != null && minimum != null) {
            int c = number.compareTo(minimum);
            if (!(exclusiveMinimum ? c > 0 : c >= 0)) {
                fail(
                        what,
                        item,
                        is(value, text),
                        (exclusiveMinimum ? "greater than " : "at least ")
                                + minimum.toPlainString()
                                + (exclusiveMinimum ? " (exclusiveMinimum)" : " (minimum)"));
            }
        }
        if (number != null && maximum != null) {
            int c = number.compareTo(maximum);
            if (!(exclusiveMaximum ? c < 0 : c <= 0)) {
                fail(
                        what,
                        item,
                        is(value, text),
                        (exclusiveMaximum ? "less than " : "at most ")
                                + maximum.toPlainString()
                                + (exclusiveMaximum ? " (exclusiveMaximum)" : " (maximum)"));
            }
        }
        if (value instanceof CharSequence && (minLength != null || maxLength != null || pattern != null)) {
            int length = text.codePointCount(0, text.length());
            if (minLength != null && length < minLength) {
                fail(
                        what,
                        item,
                        is(value, text) + " (" + length + " characters)",
                        "at least " + minLength + " characters (minLength)");
            }
            if (maxLength != null && length > maxLength) {
                fail(
                        what,
                        item,
                        is(value, text) + " (" + length + " characters)",
                        "at most " + maxLength + " characters (maxLength)");
            }
            if (pattern != null && !BoundedMatch.find(pattern, text)) {
                fail(what, item, is(value, text), "text matching " + pattern.pattern() + " (pattern)");
            }
        }
    }

    /** NaN and the infinities lie beyond any bound the spec states (NaN compares with nothing). */
    private void checkNonFinite(String what, int item, double d, Object value, String text) {
        if (minimum != null && (Double.isNaN(d) || d == Double.NEGATIVE_INFINITY)) {
            fail(what, item, is(value, text), "at least " + minimum.toPlainString() + " (minimum)");
        }
        if (maximum != null && (Double.isNaN(d) || d == Double.POSITIVE_INFINITY)) {
            fail(what, item, is(value, text), "at most " + maximum.toPlainString() + " (maximum)");
        }
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notFinite) {
            return null; // NaN and infinities: no bound applies that the spec could state
        }
    }

    private static String shown(Object value, String text) {
        String cut = text.length() > SHOWN ? text.substring(0, SHOWN) + "..." : text;
        return value instanceof CharSequence || value instanceof WireValue ? "'" + cut + "'" : cut;
    }

    /** How a broken value is shown: "is 'abc'". */
    private static String is(Object value, String text) {
        return "is " + shown(value, text);
    }

    private static void fail(String what, int item, String is, String allowed) {
        throw new IllegalArgumentException(
                (item < 0 ? what : what + " item " + item) + " " + is + ", but the spec allows " + allowed);
    }
}
