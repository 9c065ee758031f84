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

    /** The characters a path segment keeps, by the style's further delimiters. */
    private static final Memo<String> PATH_KEEPS = new Memo<>(32, extra -> without(PCHAR, ";=," + extra));
    /** The characters a query name or value keeps, by the style's further delimiters. */
    private static final Memo<String> QUERY_KEEPS = new Memo<>(32, extra -> without(QUERY, "&=+" + extra));

    private static final String FORM_RESERVED_KEEP = without(UNRESERVED + RESERVED, "&=+");

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
     * @param extra further characters the style uses as delimiters ("." for {@code label}); {@code null} for none
     * @return the encoded value
     */
    public static String encodePath(String value, String extra) {
        return encode(value, PATH_KEEPS.get(extra == null ? "" : extra));
    }

    /**
     * Encodes a query name or value: keeps what RFC 3986 allows in a query but '&amp;', '=', '+' and
     * {@code extra} (the style's delimiters, such as ',' for {@code form} without explode).
     *
     * @param value         the value
     * @param extra         further characters to escape; {@code null} for none
     * @param allowReserved the parameter's {@code allowReserved}: reserved characters and percent-encoded triples stay as they are
     * @return the encoded value
     */
    public static String encodeQuery(String value, String extra, boolean allowReserved) {
        String keep = QUERY_KEEPS.get(extra == null ? "" : extra);
        return allowReserved ? encodeReserved(value, keep + RESERVED) : encode(value, keep);
    }

    /** Form encoding ({@code application/x-www-form-urlencoded}): only unreserved characters stay, a space is {@code +}. */
    public static String encodeForm(String value) {
        return encode(value).replace("%20", "+");
    }

    /** A form value whose encoding says {@code allowReserved: true}: reserved characters but '&amp;', '=', '+' stay. */
    static String encodeFormReserved(String value) {
        return encodeReserved(value, FORM_RESERVED_KEEP).replace("%20", "+");
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
        int n = value.length();
        int plain = 0;
        while (plain < n && keeps(value.charAt(plain), keep)) {
            plain++;
        }
        if (plain == n) {
            // nothing to escape, as with most names and values: no copy
            return value;
        }
        StringBuilder out = new StringBuilder(n + 8).append(value, 0, plain);
        // from a character boundary: a surrogate pair is never split
        for (byte b : value.substring(plain).getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (keeps(c, keep)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    private static boolean keeps(int c, String keep) {
        return isAlphaNumeric(c) || (c < 0x80 && keep.indexOf(c) >= 0);
    }

    private static String without(String set, String removed) {
        StringBuilder out = new StringBuilder(set.length());
        for (int i = 0; i < set.length(); i++) {
            if (removed.indexOf(set.charAt(i)) < 0) {
                out.append(set.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean isAlphaNumeric(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
