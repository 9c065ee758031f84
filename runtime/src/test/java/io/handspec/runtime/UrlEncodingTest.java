package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Percent-encoding against its definition: every UTF-8 byte of the value is kept when it is a letter,
 * a digit or one of the place's kept characters, and escaped otherwise; a value with nothing to escape
 * comes back as it is.
 */
class UrlEncodingTest {
    /** The definition, byte by byte. */
    static String reference(String value, String keep) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean kept = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || (c < 0x80 && keep.indexOf(c) >= 0);
            out.append(kept ? String.valueOf((char) c) : String.format("%%%02X", c));
        }
        return out.toString();
    }

    static final String UNRESERVED = "-._~";
    static final String PATH_KEPT = UNRESERVED + "!$&'()*+:@";
    static final String QUERY_KEPT = UNRESERVED + "!$'()*,;:@/?";

    @Test
    void everyValueIsEncodedAsItsDefinitionSays() {
        String alphabet = "aZ09-._~!$&'()*+,;=:@/?#[]% \t\"<>\\^`{|}é€\uD83D\uDE00\u0000\u007f";
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(alphabet.length());
                char c = alphabet.charAt(at);
                if (Character.isHighSurrogate(c)) {
                    s.append(c).append(alphabet.charAt(at + 1));
                } else if (!Character.isLowSurrogate(c)) {
                    s.append(c);
                }
            }
            String value = s.toString();
            assertEquals(reference(value, UNRESERVED), UrlEncoding.encode(value), value);
            assertEquals(reference(value, PATH_KEPT), UrlEncoding.encodePath(value, ""), value);
            assertEquals(reference(value, PATH_KEPT.replace(".", "")), UrlEncoding.encodePath(value, "."), value);
            assertEquals(reference(value, QUERY_KEPT), UrlEncoding.encodeQuery(value, "", false), value);
            assertEquals(
                    reference(value, QUERY_KEPT.replace(",", "")), UrlEncoding.encodeQuery(value, ",", false), value);
        }
    }

    @Test
    void aValueWithNothingToEscapeIsReturnedAsItIs() {
        String plain = "page-size_2.x~";
        assertSame(plain, UrlEncoding.encode(plain));
        assertSame(plain, UrlEncoding.encodeQuery(plain, "", false));
        assertEquals("page%5Boffset%5D", UrlEncoding.encodeQuery("page[offset]", "", false));
    }

    @Test
    void manyDifferentDelimiterSetsAreAllHonoured() {
        // more sets than are remembered: the ones past the limit are computed each time, alike
        for (char c = '!'; c < '~'; c++) {
            String extra = String.valueOf(c);
            String value = "a" + c + "b";
            assertEquals(reference(value, QUERY_KEPT.replace(extra, "")), UrlEncoding.encodeQuery(value, extra, false));
        }
    }

    @Test
    void noFurtherDelimitersIsTheSameAsAnEmptySet() {
        String value = "null, n.u.l;l=&+ ü/%";
        assertEquals(UrlEncoding.encodePath(value, ""), UrlEncoding.encodePath(value, null));
        assertEquals(reference(value, PATH_KEPT), UrlEncoding.encodePath(value, null));
        assertEquals(UrlEncoding.encodeQuery(value, "", false), UrlEncoding.encodeQuery(value, null, false));
        assertEquals(UrlEncoding.encodeQuery(value, "", true), UrlEncoding.encodeQuery(value, null, true));
    }
}
