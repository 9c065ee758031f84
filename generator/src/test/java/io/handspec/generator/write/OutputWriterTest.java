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
    /** Holds the output folder and the places beside it that tests attack, so all of them are deleted after. */
    @TempDir
    Path tmp;

    Path out;

    @org.junit.jupiter.api.BeforeEach
    void makeOutputFolder() throws java.io.IOException {
        out = java.nio.file.Files.createDirectory(tmp.resolve("out"));
    }

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
    void pathsLeavingTheOutputFolderAreRefusedBeforeAnythingIsWritten() {
        for (String bad :
                List.of("../x.java", "a/../../x.java", "/etc/passwd", "a\\..\\x", "", "a//b.java", "./a.java")) {
            UnsafeOutputException e = assertThrows(
                    UnsafeOutputException.class,
                    () -> OutputWriter.write(out.resolve("new"), Map.of("ok/A.java", b("A"), bad, b("x"))),
                    bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
        assertFalse(Files.exists(out.getParent().resolve("x.java")));
        assertFalse(Files.exists(out.resolve("new")), "nothing is created when a path is bad");
    }

    @Test
    void namesNoCommonFileSystemHoldsAreRefusedNamingFileAndFix() throws Exception {
        OutputWriter.write(out, Map.of("p/Old.java", b("old")));
        Map<String, String> before = TransactionTest.snapshot(out);
        String longName = "p/" + "A".repeat(251) + ".java";
        String deep = "p/" + ("d".repeat(200) + "/").repeat(21) + "X.java";
        Map<String, String> bad = Map.of(
                longName,
                "more than the 255",
                deep,
                "the full path is",
                "p/CON.java",
                "device name on Windows",
                "p/nul",
                "device name on Windows",
                "p/com1.txt.java",
                "device name on Windows",
                "p/a:b.java",
                "U+003A",
                "p/tab\tx.java",
                "U+0009",
                "p/trailing.",
                "ends with a dot",
                ".handspec-files",
                "kept for the generator");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            UnsafeOutputException x = assertThrows(
                    UnsafeOutputException.class,
                    () -> OutputWriter.write(out, Map.of("p/Ok.java", b("ok"), e.getKey(), b("x"))));
            assertTrue(
                    x.getMessage().contains(e.getValue()) && x.getMessage().contains("rename")
                            || x.getMessage().contains("shorten")
                            || x.getMessage().contains("shorter"),
                    x.getMessage());
            assertEquals(before, TransactionTest.snapshot(out), e.getKey());
        }
    }

    @Test
    void pathsDifferingOnlyInCaseAreRefused() {
        for (Map<String, byte[]> clash : List.of(
                Map.of("p/Foo.java", b("1"), "p/FOO.java", b("2")), Map.of("a/X.java", b("1"), "A/Y.java", b("2")))) {
            UnsafeOutputException e = assertThrows(UnsafeOutputException.class, () -> OutputWriter.write(out, clash));
            assertTrue(e.getMessage().contains("differ only in case"), e.getMessage());
        }
    }

    @Test
    void aLinkedFolderLeavingTheOutputIsNeverWrittenThrough() throws Exception {
        Path outside = Files.createDirectories(
                out.resolve("../outside-" + out.getFileName()).normalize());
        Path target = Files.createDirectories(out.resolve("o"));
        Files.createSymbolicLink(target.resolve("com"), outside);
        UnsafeOutputException e = assertThrows(
                UnsafeOutputException.class, () -> OutputWriter.write(target, Map.of("com/example/A.java", b("A"))));
        assertTrue(
                e.getMessage().contains("'com/example/A.java'")
                        && e.getMessage().contains("remove the link"),
                e.getMessage());
        try (var s = Files.list(outside)) {
            assertEquals(0, s.count(), "nothing written outside");
        }
        assertFalse(Files.exists(target.resolve(OutputWriter.MANIFEST)));
    }

    @Test
    void everyFileUnderALinkedFolderIsRefusedThoughItsParentWasCheckedFine() throws Exception {
        // the folder checks are shared by the files of a folder: a folder found fine must not vouch for a
        // link below it, and a refused folder refuses each of its files
        Path outside = Files.createDirectories(
                out.resolve("../outside-shared-" + out.getFileName()).normalize());
        Path target = Files.createDirectories(out.resolve("o"));
        Files.createDirectories(target.resolve("com/fine"));
        Files.createSymbolicLink(target.resolve("com/away"), outside);
        UnsafeOutputException e = assertThrows(
                UnsafeOutputException.class,
                () -> OutputWriter.write(
                        target,
                        Map.of("com/fine/A.java", b("A"), "com/away/B.java", b("B"), "com/away/C.java", b("C"))));
        assertTrue(
                e.getMessage().contains("'com/away/B.java'")
                        && e.getMessage().contains("'com/away/C.java'")
                        && !e.getMessage().contains("'com/fine/A.java'"),
                e.getMessage());
        try (var s = Files.list(outside)) {
            assertEquals(0, s.count(), "nothing written outside");
        }
        assertFalse(Files.exists(target.resolve("com/fine/A.java")));
    }

    @Test
    void aLinkedFolderStayingInsideIsFineButALinkedFileIsNot() throws Exception {
        Files.createDirectories(out.resolve("real"));
        Files.createSymbolicLink(out.resolve("com"), out.resolve("real"));
        OutputWriter.write(out, Map.of("com/A.java", b("A")));
        assertEquals("A", Files.readString(out.resolve("real/A.java")));
        Path secret = Files.writeString(out.getParent().resolve("secret-" + out.getFileName()), "secret");
        Files.createSymbolicLink(out.resolve("B.java"), secret);
        assertThrows(UnsafeOutputException.class, () -> OutputWriter.write(out, Map.of("B.java", b("B"))));
        assertEquals("secret", Files.readString(secret));
    }

    @Test
    void aCraftedManifestDeletesNothingTheGeneratorDidNotWrite() throws Exception {
        Path target = Files.createDirectories(out.resolve("o"));
        Path outsideDir = Files.createDirectories(out.resolve("outside"));
        Path precious = Files.writeString(outsideDir.resolve("precious.txt"), "keep me");
        Files.createSymbolicLink(target.resolve("link"), outsideDir);
        Files.writeString(target.resolve("User.java"), "user file");
        Files.writeString(target.resolve("Edited.java"), "edited");
        String keep = Manifest.sha256(b("keep me"));
        Files.writeString(
                target.resolve(OutputWriter.MANIFEST),
                String.join(
                                "\n",
                                keep + " ../outside/precious.txt",
                                keep + " link/precious.txt",
                                "User.java",
                                Manifest.sha256(b("what the generator wrote")) + " Edited.java",
                                Manifest.sha256(b("")) + " link")
                        + "\n");
        WriteResult r = OutputWriter.write(target, Map.of("A.java", b("A")));
        assertEquals("keep me", Files.readString(precious));
        assertEquals("user file", Files.readString(target.resolve("User.java")));
        assertEquals("edited", Files.readString(target.resolve("Edited.java")));
        assertTrue(Files.isSymbolicLink(target.resolve("link")));
        assertEquals(List.of(), r.deleted());
        assertTrue(
                r.kept().contains(target.toAbsolutePath().resolve("Edited.java")),
                r.kept().toString());
    }

    @Test
    void generatedFilesGetThePermissionsAPlainWriteGives() throws Exception {
        OutputWriter.write(out, Map.of("p/A.java", b("A")));
        Path plain = Files.write(out.resolve("p/plain.txt"), b("x"));
        if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out.resolve("p/A.java")));
            assertEquals(
                    Files.getPosixFilePermissions(plain),
                    Files.getPosixFilePermissions(out.resolve(OutputWriter.MANIFEST)));
        }
    }
}
