package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A request's URI is the one its base URL's text followed by the path and query spells, however it is put together. */
class RequestUriTest {
    static final List<String> BASES = List.of(
            "http://127.0.0.1:9",
            "https://api.example.com/v1",
            "https://api.example.com/v1/",
            "https://user@api.example.com:8443/a%20b",
            "http://[::1]:8080/api",
            "https://api.example.com/v1?key=1",
            "https://api.example.com/v1#top",
            "https://api.example.com");

    static final String[] PIECES = {
        "/", "tasks", "a%2Fb", ".", "..", ";email=a%40b.com", "?", "&", "=", "x", "%20", ":", "@", "#f", "//", "~"
    };

    @Test
    void everyPathAndQueryGivesTheUriOfTheWholeText() {
        Random random = new Random(7);
        for (String text : BASES) {
            URI base = URI.create(text);
            for (int n = 0; n < 3000; n++) {
                StringBuilder rest = new StringBuilder(random.nextInt(4) == 0 ? "" : "/");
                int pieces = random.nextInt(6);
                for (int i = 0; i < pieces; i++) {
                    rest.append(PIECES[random.nextInt(PIECES.length)]);
                }
                URI expected;
                try {
                    expected = URI.create(text + rest);
                } catch (IllegalArgumentException notAUri) {
                    assertThrows(IllegalArgumentException.class, () -> RequestEncoder.join(base, rest.toString()));
                    continue;
                }
                URI joined = RequestEncoder.join(base, rest.toString());
                String where = text + " + " + rest;
                assertEquals(expected, joined, where);
                assertEquals(expected.toString(), joined.toString(), where);
                assertEquals(expected.getRawAuthority(), joined.getRawAuthority(), where);
                assertEquals(expected.getRawPath(), joined.getRawPath(), where);
                assertEquals(expected.getRawQuery(), joined.getRawQuery(), where);
                assertEquals(expected.getRawFragment(), joined.getRawFragment(), where);
            }
        }
    }

    @Test
    void aPathThatBeginsWithTwoSlashesStaysOnTheBaseHost() {
        URI joined = RequestEncoder.join(URI.create("https://api.example.com"), "//evil.example/x");
        assertEquals("api.example.com", joined.getHost());
        assertEquals("//evil.example/x", joined.getRawPath());
    }
}
