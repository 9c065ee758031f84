package io.handspec.generator.view;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of Javadoc that is safe inside a comment: spec text is always escaped (no {@code *}{@code /},
 * no unicode escapes, no HTML, no block tags), and only formats written in the generator's own source
 * add markup such as {@code <code>} or {@code {@code ...}}.
 *
 * <pre>{@code
 * Doc.of("Operations tagged <code>%s</code>.", tag)    // tag escaped, markup kept
 * Doc.text("5XX *&#47; static { }")                    // "5XX *&#47; static { }", comment not closed
 * }</pre>
 *
 * <p>Arguments of {@link #of} that are already a {@code Doc} are inserted as they are; anything else,
 * a {@link Code} included, is escaped. A format must be a literal in the generator's source
 * ({@code CodeSafetyTest} checks every call site).
 */
public final class Doc {
    private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile("\\s*[\r\n]+\\s*");

    private final String text;

    private Doc(String text) {
        this.text = text;
    }

    /** Spec text as one line of Javadoc (line breaks become spaces). */
    public static Doc text(String raw) {
        return new Doc(JavaText.escapeDoc(LINE_BREAKS.matcher(raw.strip()).replaceAll(" ")));
    }

    /** Spec text as Javadoc lines: blank lines become paragraph breaks; empty for blank text. */
    public static List<Doc> lines(String raw) {
        List<Doc> out = new ArrayList<>();
        for (String line : JavaText.javadoc(raw)) {
            out.add(new Doc(line));
        }
        return out;
    }

    /** Fills the {@code %s} holes of {@code format} with escaped {@code args} (a {@code Doc} is kept as it is). */
    public static Doc of(String format, Object... args) {
        if (format.contains("*/") || format.indexOf('\\') >= 0) {
            throw new IllegalArgumentException(
                    "a Javadoc format may not close the comment or hold backslashes: " + format);
        }
        StringBuilder out = new StringBuilder(format.length() + 16 * args.length);
        int next = 0;
        int from = 0;
        for (int at = format.indexOf("%s"); at >= 0; at = format.indexOf("%s", from)) {
            out.append(format, from, at);
            if (next >= args.length) {
                throw new IllegalArgumentException("too few arguments for format: " + format);
            }
            Object arg = args[next++];
            out.append(arg instanceof Doc d ? d.text : JavaText.escapeDoc(String.valueOf(arg)));
            from = at + 2;
        }
        if (next != args.length) {
            throw new IllegalArgumentException("too many arguments for format: " + format);
        }
        out.append(format, from, format.length());
        return new Doc(out.toString());
    }

    /** The lines joined into one by spaces. */
    public static Doc join(List<Doc> lines) {
        StringBuilder out = new StringBuilder();
        for (Doc d : lines) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(d.text);
        }
        return new Doc(out.toString());
    }

    /** This line followed by {@code other}. */
    public Doc plus(Doc other) {
        return new Doc(text + other.text);
    }

    /** The escaped text, as templates print it. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Doc other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
