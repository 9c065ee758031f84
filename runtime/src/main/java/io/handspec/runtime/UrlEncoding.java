package io.handspec.runtime;

import java.nio.charset.StandardCharsets;

/** RFC 3986 percent-encoding: everything but the unreserved characters is escaped. */
public final class UrlEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlEncoding() {}

    /** Percent-encodes {@code value} so it is safe as one path segment, query name or query value. */
    public static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /** Form encoding ({@code application/x-www-form-urlencoded}): like {@link #encode} but a space is {@code +}. */
    public static String encodeForm(String value) {
        return encode(value).replace("%20", "+");
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~';
    }
}
