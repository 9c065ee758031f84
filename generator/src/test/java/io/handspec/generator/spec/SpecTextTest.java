package io.handspec.generator.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass check a spec's bytes go through agrees with the JDK's UTF-8 decoder on every sequence. */
class SpecTextTest {
    /** What the check must answer: the JDK decodes the bytes without error, and none is zero. */
    private static final CharsetDecoder DECODER = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    private static boolean expected(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        try {
            DECODER.decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void check(byte[] bytes) {
        assertEquals(
                expected(bytes),
                SpecText.wellFormedUtf8WithoutZero(bytes, 0),
                () -> java.util.HexFormat.ofDelimiter(" ").formatHex(bytes));
    }

    @Test
    void everySequenceOfOneOrTwoBytesAfterAsciiText() {
        for (int a = 0; a < 256; a++) {
            check(new byte[] {'x', (byte) a});
            for (int b = 0; b < 256; b++) {
                check(new byte[] {'x', (byte) a, (byte) b});
            }
        }
    }

    @Test
    void everyThreeByteSequenceStartingWithANonAsciiByte() {
        int[] tails = {0x00, 0x41, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xE0};
        for (int a = 0x80; a < 256; a++) {
            for (int b = 0; b < 256; b++) {
                for (int c : tails) {
                    check(new byte[] {(byte) a, (byte) b, (byte) c});
                }
            }
        }
    }

    @Test
    void fourByteSequencesAndLongerTexts() {
        int[] bytes = {
            0x00, 0x20, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE,
            0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF
        };
        for (int a : bytes) {
            for (int b : bytes) {
                for (int c : bytes) {
                    for (int d : bytes) {
                        check(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
                    }
                }
            }
        }
        Random random = new Random(18);
        for (int i = 0; i < 20_000; i++) {
            byte[] text = new byte[1 + random.nextInt(12)];
            for (int k = 0; k < text.length; k++) {
                text[k] = (byte) bytes[random.nextInt(bytes.length)];
            }
            check(text);
        }
        check("ünïcödé 日本 \uD83D\uDE00 text".getBytes(StandardCharsets.UTF_8));
    }
}
