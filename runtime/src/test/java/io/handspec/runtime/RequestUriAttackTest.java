package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bases and paths the resolving join could read otherwise than the whole text: the host above all. */
class RequestUriAttackTest {
    /** What of a URI tells where a request goes and what it asks for. */
    static List<Object> facts(URI u) {
        return List.of(
                u.toString(),
                u.toASCIIString(),
                String.valueOf(u.getHost()),
                u.getPort(),
                String.valueOf(u.getRawAuthority()),
                String.valueOf(u.getRawUserInfo()),
                String.valueOf(u.getRawPath()),
                String.valueOf(u.getRawQuery()),
                u);
    }

    @Test
    void oddBasesAndPathsJoinAsTheirWholeText() throws Exception {
        List<URI> bases = new ArrayList<>();
        for (String b : List.of(
                "http://[fe80::1%25eth0]:8080/",
                "http://[fe80::1%25eth0]",
                "http://[::ffff:127.0.0.1]/v1",
                "http://my_host/api",
                "http://h:/api",
                "HTTP://H.example/API",
                "http://h/a;b",
                "http://h/a%2Fb/",
                "http://u:p%40w@h:1/",
                "http://@h/",
                "http://h",
                "http://h/./",
                "http://h/../x",
                "http://h/a/..")) {
            bases.add(URI.create(b));
        }
        bases.add(new URI("http", "h.example", "/ä b", null));
        bases.add(new URI("http", "user info", "h.example", 8080, "/p", null, null));
        List<String> rests = List.of(
                "/x",
                "/ä",
                "/x?q=ä",
                "/@evil/x",
                "/x@evil",
                "/:80/x",
                "/%2F%2Fevil/x",
                "/x?//evil",
                "/x?a=b#c",
                "/x/../../y",
                "/./x",
                "/x;p=1",
                "/x?",
                "/?q",
                "/x%",
                "/ x",
                "/x\\y",
                "/\\\\evil",
                "");
        int compared = 0;
        List<String> differ = new ArrayList<>();
        for (URI base : bases) {
            for (String rest : rests) {
                URI expected;
                try {
                    expected = URI.create(base + rest);
                } catch (IllegalArgumentException e) {
                    assertThrows(IllegalArgumentException.class, () -> RequestEncoder.join(base, rest), base + rest);
                    continue;
                }
                URI joined = RequestEncoder.join(base, rest);
                List<Object> want = facts(expected);
                List<Object> got = facts(joined);
                if (!want.equals(got)) {
                    differ.add(base + " + " + rest + ": " + want + " but " + got);
                }
                compared++;
            }
        }
        assertEquals(List.of(), differ, String.join("\n", differ));
        assertTrue(compared > 100, "compared " + compared);
    }
}
