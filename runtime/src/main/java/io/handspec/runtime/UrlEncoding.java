package io.handspec.runtime;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding with exact reserved sets: each place a value goes keeps the characters
 * RFC 3986 allows there literally and escapes the rest, plus the characters that would change the
 * meaning of the parameter style (its delimiters). Non-ASCII text is escaped as UTF-8.
 */
public final class UrlEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final String UNRESERVED = "-._~";
    /** RFC 3986 {@code pchar} without the letters and digits: unreserved, sub-delims, ':' and '@'. */
    private static final String PCHAR = UNRESERVED + "!$&'()*+,;=:@";
    /** RFC 3986 {@code query} without letters and digits: {@code pchar}, '/' and '?'. */
    private static final String QUERY = PCHAR + "/?";
    /** RFC 3986 reserved characters, kept by {@code allowReserved} (all but '#', which would end the query). */
    private static final String RESERVED = ":/?[]@!$&'()*+,;=";

    private UrlEncoding() {}

    /** Percent-encodes every character but the unreserved ones: safe anywhere in a URI. */
    public static String encode(String value) {
        return encode(value, UNRESERVED);
    }

    /**
     * Encodes a value for a path segment: keeps {@code pchar} but ';', '=' and ',' (they delimit segment
     * parameters and lists, as in Kiliaro's {@code /users;email=andreas@kiliaro.com}) and {@code extra}.
     *
     * @param value the value
     * @param extra further characters the style uses as delimiters ("." for {@code label})
     * @return the encoded value
     */
    public static String encodePath(String value, String extra) {
        return encode(value, without(PCHAR, ";=," + extra));
    }

    /**
     * Encodes a query name or value: keeps what RFC 3986 allows in a query but '&amp;', '=', '+' and
     * {@code extra} (the style's delimiters, such as ',' for {@code form} without explode).
     *
     * @param value         the value
     * @param extra         further characters to escape
     * @param allowReserved the parameter's {@code allowReserved}: reserved characters and percent-encoded triples stay as they are
     * @return the encoded value
     */
    public static String encodeQuery(String value, String extra, boolean allowReserved) {
        String keep = without(QUERY, "&=+" + extra);
        return allowReserved ? encodeReserved(value, keep + RESERVED) : encode(value, keep);
    }

    /** Form encoding ({@code application/x-www-form-urlencoded}): only unreserved characters stay, a space is {@code +}. */
    public static String encodeForm(String value) {
        return encode(value).replace("%20", "+");
    }

    /** A form value whose encoding says {@code allowReserved: true}: reserved characters but '&amp;', '=', '+' stay. */
    static String encodeFormReserved(String value) {
        return encodeReserved(value, without(UNRESERVED + RESERVED, "&=+")).replace("%20", "+");
    }

    /**
     * RFC 6570 reserved expansion, which {@code allowReserved} is: a percent-encoded triple the caller
     * wrote stays as it is (how a caller sends a literal '&amp;' that OpenAPI leaves to it); any other
     * '%' is escaped.
     */
    private static String encodeReserved(String value, String keep) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        int from = 0;
        for (int i = 0; i + 2 < value.length(); i++) {
            if (value.charAt(i) == '%' && isHex(value.charAt(i + 1)) && isHex(value.charAt(i + 2))) {
                out.append(encode(value.substring(from, i), keep)).append(value, i, i + 3);
                from = i + 3;
                i += 2;
            }
        }
        return out.append(encode(value.substring(from), keep)).toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }

    private static String encode(String value, String keep) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isAlphaNumeric(c) || (c < 0x80 && keep.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    private static String without(String set, String removed) {
        StringBuilder out = new StringBuilder();
        set.chars().filter(c -> removed.indexOf(c) < 0).forEach(c -> out.append((char) c));
        return out.toString();
    }

    private static boolean isAlphaNumeric(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
