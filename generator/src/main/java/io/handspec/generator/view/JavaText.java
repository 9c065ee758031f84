package io.handspec.generator.view;

import java.util.ArrayList;
import java.util.List;

/**
 * Text from a spec made safe for Java source: string literals and Javadoc. Spec text can hold
 * {@code *}{@code /}, {@code \u000a}-style escapes (which javac reads even inside comments), HTML
 * and quotes; none of it may end a comment, break a literal or inject code.
 */
public final class JavaText {
    private JavaText() {}

    /** A Java string literal, quotes included; non-ASCII and control characters as {@code \}{@code uXXXX}. */
    public static String literal(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\r\n|\r|\n");

    /**
     * Javadoc lines for {@code text}: HTML-escaped, backslashes written as an entity (so no unicode
     * escape survives), blank lines kept as paragraph breaks, non-ASCII kept as entities.
     */
    public static List<String> javadoc(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        for (String line : LINE_BREAK.split(text.strip(), -1)) {
            String escaped = escapeDoc(line.stripTrailing());
            lines.add(escaped.isEmpty() ? "<p>" : escaped);
        }
        return lines;
    }

    /** One line of Javadoc, escaped. */
    public static String escapeDoc(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\' -> out.append("&#92;");
                case '@' -> out.append("&#64;");
                case '*' -> out.append(i + 1 < line.length() && line.charAt(i + 1) == '/' ? "&#42;" : "*");
                case '/' -> out.append(i > 0 && line.charAt(i - 1) == '*' ? "&#47;" : "/");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append("&#").append((int) c).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
