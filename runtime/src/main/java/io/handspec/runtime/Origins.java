package io.handspec.runtime;

import java.net.URI;
import java.util.Locale;

/** Origins as RFC 6454 defines them: scheme, host and port. */
final class Origins {
    private Origins() {}

    static boolean same(URI a, URI b) {
        return a.getScheme() != null
                && b.getScheme() != null
                && a.getHost() != null
                && b.getHost() != null
                && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().toLowerCase(Locale.ROOT).equals(b.getHost().toLowerCase(Locale.ROOT))
                && port(a) == port(b);
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : ("https".equalsIgnoreCase(u.getScheme()) ? 443 : 80);
    }
}
