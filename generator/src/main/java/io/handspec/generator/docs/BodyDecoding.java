package io.handspec.generator.docs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Undoes a {@code Content-Encoding} the server applied although none was asked for (some CDNs compress
 * regardless), so the digest is of the page's text and not of its compressed bytes; the decoded body
 * has the same size limit as a plain one, so a small compressed bomb cannot fill the memory.
 */
final class BodyDecoding {
    /** The server used an encoding this check cannot undo. */
    static final class Unsupported extends IOException {
        private static final long serialVersionUID = 1L;

        Unsupported(String encoding) {
            super("answered with Content-Encoding " + encoding + ", which check-docs cannot read");
        }
    }

    private BodyDecoding() {}

    /** {@code body} decoded by {@code encoding} (the header's value, {@code ""} when absent). */
    static byte[] decode(byte[] body, String encoding, long maxBytes) throws IOException {
        String e = encoding.strip().toLowerCase(Locale.ROOT);
        if (e.isEmpty() || e.equals("identity")) {
            return body;
        }
        InputStream in =
                switch (e) {
                    case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(body));
                    case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(body));
                    default -> throw new Unsupported(encoding.strip());
                };
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (out.size() + (long) n > maxBytes) {
                    throw new LimitedBody.TooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}
