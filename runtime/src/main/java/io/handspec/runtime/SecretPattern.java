package io.handspec.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A secret as a server may echo it: raw, percent-encoded with upper- or lower-case hex (each
 * character either way, {@code +} for a space), or JSON-escaped ({@code \u003c} in either case,
 * {@code \/}, {@code \"}, {@code \\}). Built per character, so any mix of the forms matches.
 */
final class SecretPattern {
    private SecretPattern() {}

    static Pattern of(String secret) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < secret.length(); i++) {
            char c = secret.charAt(i);
            regex.append("(?:").append(Pattern.quote(String.valueOf(c)));
            if (!Character.isSurrogate(c)) {
                StringBuilder percent = new StringBuilder();
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    percent.append('%').append(hex(b & 0xff, 2));
                }
                regex.append('|').append(percent);
            }
            regex.append("|\\\\u").append(hex(c, 4));
            if (c == ' ') {
                regex.append("|\\+");
            }
            if (c == '/' || c == '"' || c == '\\') {
                regex.append("|\\\\").append(Pattern.quote(String.valueOf(c)));
            }
            regex.append(')');
        }
        return Pattern.compile(regex.toString());
    }

    /** Hex digits of {@code value} matching either case. */
    private static String hex(int value, int digits) {
        String upper = String.format(Locale.ROOT, "%0" + digits + "X", value);
        StringBuilder out = new StringBuilder();
        for (char d : upper.toCharArray()) {
            out.append(Character.isLetter(d) ? "[" + d + Character.toLowerCase(d) + "]" : String.valueOf(d));
        }
        return out.toString();
    }
}
