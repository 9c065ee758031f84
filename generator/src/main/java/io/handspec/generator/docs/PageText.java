package io.handspec.generator.docs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.StringJoiner;

/**
 * The one normalisation of a page's text that digests and snapshots use: Unicode NFC, every kind of
 * line break a {@code \n}, every run of white space (tabs, no-break spaces) inside a line one space,
 * lines trimmed, blank lines dropped, and one final {@code \n}. It is idempotent, so a snapshot (which
 * is stored normalised) digests the same when read back, and a page whose words and line structure did
 * not change digests the same whatever its spacing or layout markup.
 */
public final class PageText {
    private PageText() {}

    /** {@code text}, normalised. */
    public static String normalise(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringJoiner out = new StringJoiner("\n", "", "\n").setEmptyValue("");
        for (String line : nfc.split("\r\n|[\n\r\u0085\u2028\u2029\u000B\f]", -1)) {
            String clean = collapse(line);
            if (!clean.isEmpty()) {
                out.add(clean);
            }
        }
        return out.toString();
    }

    /** The SHA-256 of the UTF-8 bytes of {@code normalised}, as 64 lower-case hex digits. */
    public static String sha256(String normalised) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String collapse(String line) {
        StringBuilder s = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            if (invisible(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = s.length() > 0;
                continue;
            }
            if (space) {
                s.append(' ');
                space = false;
            }
            s.appendCodePoint(c);
        }
        return s.toString();
    }

    /** Zero-width characters and the byte-order mark: invisible on the page, noise in a digest. */
    private static boolean invisible(int c) {
        return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
    }
}
