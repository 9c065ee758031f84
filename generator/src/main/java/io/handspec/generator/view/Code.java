package io.handspec.generator.view;

import java.util.List;
import java.util.Objects;

/**
 * A fragment of Java source that is safe to print anywhere a template puts code: it is built only
 * from checked identifiers, checked type spellings, escaped literals and other fragments, joined by
 * formats written in the generator's own source. Spec text cannot become a {@code Code} without
 * passing through {@link #literal}, {@link #name} or {@link #type}, which escape or refuse it.
 *
 * <pre>{@code
 * Code.of(".pathParam($S, $L, $N)", "id", style, "id")   // .pathParam("id", ParamStyle.SIMPLE, id)
 * Code.literal("*&#47; static { }")                      // "*&#47; static { }" as a Java string literal
 * Code.name("class")                                     // IllegalArgumentException: not an identifier
 * }</pre>
 *
 * <p>Formats take {@code $L} (a {@code Code}), {@code $S} (any text, written as a string literal),
 * {@code $N} (an identifier, checked) and {@code $T} (a type spelling, checked). A format must be a
 * literal in the generator's source ({@code CodeSafetyTest} checks every call site) and may not
 * hold quotes, backslashes or comment markers, so nothing but its arguments can open a literal or a
 * comment.
 */
public final class Code {
    /** The empty fragment. */
    public static final Code EMPTY = new Code("");

    private final String text;

    private Code(String text) {
        this.text = text;
    }

    /** The most bytes a class file holds in one string constant (modified UTF-8, JVMS 4.4.7). */
    public static final int MAX_CONSTANT_BYTES = 65_535;

    /**
     * {@code value} as a Java string literal, quotes included.
     *
     * @throws IllegalArgumentException when the value is too long for a class file's string constant
     */
    public static Code literal(String value) {
        Objects.requireNonNull(value, "value == null");
        int bytes = constantBytes(value);
        if (bytes > MAX_CONSTANT_BYTES) {
            throw new IllegalArgumentException(
                    "a text of " + bytes + " bytes is longer than a Java string constant may be (" + MAX_CONSTANT_BYTES
                            + "): " + JavaText.literal(value.substring(0, 40)) + "...; shorten it in the spec");
        }
        return new Code(JavaText.literal(value));
    }

    /** The length of {@code value} in a class file's constant pool: modified UTF-8, where NUL takes 2 bytes and a surrogate 3. */
    public static int constantBytes(String value) {
        int bytes = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return bytes;
    }

    /** An integer literal. */
    public static Code number(long value) {
        return new Code(value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? Long.toString(value) : value + "L");
    }

    /** A {@code long} literal. */
    public static Code longNumber(long value) {
        return new Code(value + "L");
    }

    /** A {@code boolean} literal. */
    public static Code bool(boolean value) {
        return new Code(Boolean.toString(value));
    }

    /**
     * A simple identifier.
     *
     * @throws IllegalArgumentException when {@code identifier} is not one (a keyword, punctuation, empty)
     */
    public static Code name(String identifier) {
        if (!JavaNames.isIdentifier(identifier)) {
            throw new IllegalArgumentException(
                    "not a Java identifier: " + JavaText.literal(String.valueOf(identifier)));
        }
        return new Code(identifier);
    }

    /**
     * A type as spelled in a file ({@code java.util.List<Pet>}, {@code byte[]}, {@code Outer.Inner}).
     *
     * @throws IllegalArgumentException when {@code spelled} holds anything but identifiers and type punctuation
     */
    public static Code type(String spelled) {
        if (!isTypeSpelling(spelled)) {
            throw new IllegalArgumentException("not a Java type: " + JavaText.literal(spelled));
        }
        return new Code(spelled);
    }

    /** The punctuation a type spelling may hold between its identifiers. */
    private static final String TYPE_PUNCTUATION = ".<>, []?&";

    /**
     * Whether {@code spelled} starts with an identifier and holds nothing but identifiers and
     * {@link #TYPE_PUNCTUATION} (no {@code ..}), none of the identifiers a keyword other than a
     * primitive, {@code extends} or {@code super}. Read by code point in one pass, as every type the
     * generated code names goes through here.
     */
    static boolean isTypeSpelling(String spelled) {
        if (spelled.isEmpty() || !Character.isJavaIdentifierStart(spelled.codePointAt(0)) || spelled.contains("..")) {
            return false;
        }
        int partStart = 0;
        int i = 0;
        while (i < spelled.length()) {
            int c = spelled.codePointAt(i);
            int next = i + Character.charCount(c);
            if (!Character.isJavaIdentifierPart(c)) {
                if (TYPE_PUNCTUATION.indexOf(c) < 0 || reservedWord(spelled, partStart, i)) {
                    return false;
                }
                partStart = next;
            }
            i = next;
        }
        return !reservedWord(spelled, partStart, spelled.length());
    }

    /** Whether {@code spelled[from, to)} is a keyword that cannot stand in a type. */
    private static boolean reservedWord(String spelled, int from, int to) {
        if (from >= to) {
            return false;
        }
        String part = spelled.substring(from, to);
        return JavaNames.KEYWORDS.contains(part)
                && !PRIMITIVES.contains(part)
                && !part.equals("extends")
                && !part.equals("super");
    }

    private static final java.util.Set<String> PRIMITIVES =
            java.util.Set.of("byte", "short", "int", "long", "char", "float", "double", "boolean", "void");

    /** Fills {@code format} (see the class comment) with {@code args}. */
    public static Code of(String format, Object... args) {
        if (format.indexOf('"') >= 0
                || format.indexOf('\'') >= 0
                || format.indexOf('\\') >= 0
                || format.contains("/*")
                || format.contains("*/")
                || format.contains("//")) {
            throw new IllegalArgumentException("a code format may not hold quotes, backslashes or comments: " + format);
        }
        StringBuilder out = new StringBuilder(format.length() + 16 * args.length);
        int next = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '$') {
                out.append(c);
                continue;
            }
            if (i + 1 >= format.length()) {
                throw new IllegalArgumentException("dangling $ in format: " + format);
            }
            char kind = format.charAt(++i);
            if (kind == '$') {
                out.append('$');
                continue;
            }
            if (next >= args.length) {
                throw new IllegalArgumentException("too few arguments for format: " + format);
            }
            Object arg = args[next++];
            out.append(
                    switch (kind) {
                        case 'L' -> ((Code) Objects.requireNonNull(arg, "$L argument == null")).text;
                        case 'S' -> literal((String) arg).text;
                        case 'N' -> name((String) arg).text;
                        case 'T' -> type((String) arg).text;
                        default -> throw new IllegalArgumentException(
                                "unknown placeholder $" + kind + " in format: " + format);
                    });
        }
        if (next != args.length) {
            throw new IllegalArgumentException("too many arguments for format: " + format);
        }
        return new Code(out.toString());
    }

    /** The fragments joined by {@code separator} (a format without placeholders). */
    public static Code join(String separator, List<Code> parts) {
        Code sep = of(separator);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.append(sep.text);
            }
            out.append(parts.get(i).text);
        }
        return new Code(out.toString());
    }

    /** This fragment followed by {@code other}. */
    public Code plus(Code other) {
        return new Code(text + other.text);
    }

    /** Whether this is the empty fragment. */
    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The source text, as templates print it. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Code other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
