package io.handspec.generator.spec;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a spec file's bytes as UTF-8, saying what is wrong with a file that is not: binary,
 * UTF-16/32 (with or without a byte order mark) or invalid UTF-8 at a given line and column.
 */
final class SpecText {
    private SpecText() {}

    /** The decoded text, or a problem. */
    sealed interface Result permits Text, Unreadable {}

    /**
     * The file's bytes, valid UTF-8, and where its text starts (after a byte order mark); decoded into a
     * {@link String} only when asked, as a large JSON file is parsed from its bytes.
     */
    static final class Text implements Result {
        private final byte[] bytes;
        private final int start;
        private String text;

        private Text(byte[] bytes, int start) {
            this.bytes = bytes;
            this.start = start;
        }

        /** The text, decoded on the first call. */
        String text() {
            if (text == null) {
                text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            }
            return text;
        }

        /**
         * The bytes, when the text is a JSON object (its first character that is not white space or a
         * control character is <code>{</code>) without a byte order mark; otherwise {@code null}.
         */
        byte[] jsonObject() {
            if (start != 0) {
                return null;
            }
            int i = 0;
            while (i < bytes.length && (bytes[i] & 0xFF) <= ' ') {
                i++;
            }
            return i < bytes.length && bytes[i] == '{' ? bytes : null;
        }
    }

    /**
     * Why the bytes are not a UTF-8 text.
     *
     * @param line    1-based line of the first bad byte, or 0
     * @param column  1-based column, or 0
     * @param message what is wrong and the fix
     */
    record Unreadable(int line, int column, String message) implements Result {}

    static Result decode(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE)
                || startsWith(bytes, 0xFE, 0xFF)
                || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return new Unreadable(
                    0, 0, "the file is UTF-16 or UTF-32 (it starts with a byte order mark); save it as UTF-8");
        }
        // one pass over the bytes for the common case, a UTF-8 text without a zero byte; the others are
        // told apart (and placed) by the passes below
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (wellFormedUtf8WithoutZero(bytes, start)) {
            return new Text(bytes, start);
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            boolean wide = nul < 4 && bytes.length > 1;
            return new Unreadable(
                    0,
                    0,
                    wide
                            ? "the file looks like UTF-16 or UTF-32 text (zero bytes between the characters); save it as UTF-8"
                            : "the file is binary (it holds a zero byte at offset " + nul
                                    + "), not a YAML or JSON text; " + "check the path names the spec");
        }
        if (validUtf8(bytes, start)) {
            return new Text(bytes, start);
        }
        int bad = firstInvalid(bytes, start);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
        return new Unreadable(
                line,
                column,
                String.format(
                        "the file is not valid UTF-8 (byte 0x%02X at offset %d); " + "save it as UTF-8",
                        bytes[bad] & 0xFF, bad));
    }

    /**
     * Whether the bytes from {@code start} are well-formed UTF-8 (Unicode's table 3-7: no overlong form,
     * no surrogate, nothing above U+10FFFF, as the JDK's decoder reads it) and none is zero. A plain loop:
     * most of a spec is ASCII, and a decoder's general machinery costs a fresh JVM more than the checks.
     */
    static boolean wellFormedUtf8WithoutZero(byte[] bytes, int start) {
        int i = start;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i];
            if (b > 0) {
                i++;
                continue;
            }
            if (b == 0) {
                return false;
            }
            int lead = b & 0xFF;
            int length;
            int low = 0x80;
            int high = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 3;
                low = lead == 0xE0 ? 0xA0 : 0x80;
                high = lead == 0xED ? 0x9F : 0xBF;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 4;
                low = lead == 0xF0 ? 0x90 : 0x80;
                high = lead == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            if (i + length > n) {
                return false;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < low || second > high) {
                return false;
            }
            for (int k = 2; k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }

    /** Whether the bytes from {@code start} are UTF-8, checked a piece at a time: the text is not built here. */
    private static boolean validUtf8(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return !decoder.flush(out.clear()).isError();
            }
            out.clear();
        }
    }

    /** Offset of the first byte that does not start a valid UTF-8 sequence. */
    private static int firstInvalid(byte[] bytes, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
