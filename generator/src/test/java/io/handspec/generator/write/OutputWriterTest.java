package io.handspec.generator.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
    @TempDir
    Path out;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void unchangedFilesAreNotRewritten() throws Exception {
        OutputWriter.write(out, Map.of("a/A.java", b("A"), "a/B.java", b("B")));
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(out.resolve("a/A.java"), old);
        WriteResult second = OutputWriter.write(out, Map.of("a/A.java", b("A"), "a/B.java", b("B2")));
        assertEquals(old, Files.getLastModifiedTime(out.resolve("a/A.java")));
        assertEquals(List.of(out.resolve("a/B.java").toAbsolutePath()), second.written());
        assertEquals("B2", Files.readString(out.resolve("a/B.java")));
    }

    @Test
    void filesNoLongerGeneratedAreRemovedButOthersAreLeftAlone() throws Exception {
        OutputWriter.write(out, Map.of("p/Old.java", b("old"), "p/Keep.java", b("keep")));
        Files.writeString(out.resolve("p/Mine.java"), "user file");
        Files.createDirectories(out.resolve("gone/deep"));
        OutputWriter.write(out, Map.of("p/Keep.java", b("keep"), "gone/deep/X.java", b("x")));
        WriteResult third = OutputWriter.write(out, Map.of("p/Keep.java", b("keep")));
        assertFalse(Files.exists(out.resolve("p/Old.java")));
        assertTrue(Files.exists(out.resolve("p/Mine.java")));
        assertFalse(Files.exists(out.resolve("gone")), "empty folders of removed files go too");
        assertEquals(1, third.deleted().size());
    }

    @Test
    void pathsLeavingTheOutputFolderAreRefused() {
        for (String bad : List.of("../x.java", "a/../../x.java", "/etc/passwd", "a\\..\\x", "")) {
            assertThrows(IllegalArgumentException.class, () -> OutputWriter.write(out, Map.of(bad, b("x"))), bad);
        }
        assertFalse(Files.exists(out.getParent().resolve("x.java")));
    }

    @Test
    void aManifestEntryPointingOutsideIsIgnored() throws Exception {
        Path outside = out.getParent().resolve("precious.txt");
        Files.writeString(outside, "keep me");
        Files.createDirectories(out);
        Files.writeString(out.resolve(OutputWriter.MANIFEST), "../precious.txt\n");
        OutputWriter.write(out, Map.of("A.java", b("A")));
        assertTrue(Files.exists(outside));
        Files.delete(outside);
    }
}
