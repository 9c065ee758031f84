package io.handspec.generator.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure or a kill at every single file operation leaves the output either wholly old or wholly new. */
class TransactionTest {
    private static final Map<String, byte[]> OLD =
            Map.of("p/A.java", b("A1"), "p/B.java", b("B1"), "q/C.java", b("C1"));
    private static final Map<String, byte[]> NEW =
            Map.of("p/A.java", b("A2"), "p/B.java", b("B1"), "r/s/D.java", b("D2"));

    @TempDir
    Path tmp;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFailureAtAnyStepLeavesThePreviousOutputAsItWas() throws Exception {
        int failures = 0;
        for (int step = 0; ; step++) {
            Path out = tmp.resolve("fail" + step);
            OutputWriter.write(out, OLD);
            Map<String, String> before = snapshot(out);
            FaultyOps ops = FaultyOps.failOnce(step);
            try {
                new OutputWriter(ops).writeAll(out, NEW);
            } catch (IOException e) {
                failures++;
                assertEquals(before, snapshot(out), "after a failure at step " + step);
                assertFalse(Files.exists(out.resolve(Transaction.FOLDER)), "staging left behind after step " + step);
                continue;
            }
            if (!ops.triggered()) {
                assertTrue(failures > 8, "every step was tried: " + failures);
                return;
            }
            // a failure while cleaning up after the commit: the new files are all in place, and the next
            // run removes what is left (an empty folder, the staging folder)
            assertEquals(
                    filesOnly(expected(NEW)),
                    filesOnly(snapshotWithoutStaging(out)),
                    "after a clean-up failure at step " + step);
            OutputWriter.write(out, NEW);
            assertEquals(expected(NEW), snapshot(out), "the next run removes what was left at step " + step);
        }
    }

    @Test
    void aKillAtAnyStepIsFinishedOrDiscardedByTheNextRun() throws Exception {
        for (int step = 0; ; step++) {
            Path out = tmp.resolve("kill" + step);
            OutputWriter.write(out, OLD);
            FaultyOps ops = FaultyOps.killAt(step);
            try {
                new OutputWriter(ops).writeAll(out, NEW);
            } catch (FaultyOps.Killed killed) {
                new Transaction(out.toAbsolutePath(), FileOps.REAL).recover();
                Map<String, String> after = snapshot(out);
                assertTrue(
                        after.equals(expected(OLD)) || after.equals(expected(NEW)),
                        "killed at step " + step + ", recovered to a mix: " + after.keySet());
                OutputWriter.write(out, NEW);
                assertEquals(expected(NEW), snapshot(out));
                continue;
            }
            assertFalse(ops.triggered(), "a kill was not propagated");
            assertTrue(step > 8, "every step was tried");
            return;
        }
    }

    @Test
    void aFullDiskEitherRestoresOrLeavesAJournalTheNextRunCompletes() throws Exception {
        for (int step = 0; step < 40; step++) {
            Path out = tmp.resolve("full" + step);
            OutputWriter.write(out, OLD);
            try {
                new OutputWriter(FaultyOps.failFrom(step)).writeAll(out, NEW);
            } catch (OutputNotRestoredException e) {
                new Transaction(out.toAbsolutePath(), FileOps.REAL).recover();
                assertEquals(expected(NEW), snapshot(out), "step " + step + " rolled forward");
                continue;
            } catch (IOException e) {
                Map<String, String> after = snapshotWithoutStaging(out);
                assertEquals(expected(OLD), after, "step " + step + ": " + e.getMessage());
                continue;
            }
            assertEquals(filesOnly(expected(NEW)), filesOnly(snapshotWithoutStaging(out)), "step " + step);
            OutputWriter.write(out, NEW);
            assertEquals(expected(NEW), snapshot(out), "the next run removes what was left at step " + step);
        }
    }

    @Test
    void aCraftedJournalDeletesNothingForeign() throws Exception {
        Path out = tmp.resolve("o");
        OutputWriter.write(out, OLD);
        Path outside = Files.writeString(tmp.resolve("precious.txt"), "keep");
        Path staging = Files.createDirectories(out.resolve(Transaction.FOLDER));
        Files.writeString(
                staging.resolve("journal"),
                "del " + Manifest.sha256(b("keep")) + " ../precious.txt\n"
                        + "del 0000 p/A.java\nput - ../escaped.txt\n");
        Files.writeString(staging.resolve("new-2"), "x");
        OutputWriter.write(out, OLD);
        assertTrue(Files.exists(outside));
        assertFalse(Files.exists(tmp.resolve("escaped.txt")));
        assertEquals(expected(OLD), snapshot(out));
    }

    @Test
    void aJournalDeletesOnlyFilesTheManifestListsWithThatDigest() throws Exception {
        Path out = tmp.resolve("o");
        OutputWriter.write(out, OLD);
        Files.writeString(out.resolve("p/NOTES.txt"), "mine");
        Path staging = Files.createDirectories(out.resolve(Transaction.FOLDER));
        Files.writeString(staging.resolve("journal"), "del " + Manifest.sha256(b("mine")) + " p/NOTES.txt\n");
        assertFalse(new Transaction(out.toAbsolutePath(), FileOps.REAL).recover(), "nothing was changed");
        assertEquals("mine", Files.readString(out.resolve("p/NOTES.txt")));
        assertFalse(Files.exists(staging));
    }

    static Map<String, String> expected(Map<String, byte[]> files) {
        Map<String, String> out = new TreeMap<>();
        files.forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
        for (String file : files.keySet()) {
            for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                out.put(file.substring(0, slash) + "/", "");
            }
        }
        out.put(OutputWriter.MANIFEST, new String(Manifest.render(files), StandardCharsets.UTF_8));
        out.put(OutputLock.FILE, "");
        return out;
    }

    private static Map<String, String> filesOnly(Map<String, String> snapshot) {
        Map<String, String> out = new TreeMap<>(snapshot);
        out.keySet().removeIf(k -> k.endsWith("/"));
        return out;
    }

    static Map<String, String> snapshotWithoutStaging(Path out) throws IOException {
        Map<String, String> all = snapshot(out);
        all.keySet().removeIf(k -> k.startsWith(Transaction.FOLDER));
        return all;
    }

    /** Every file and folder under {@code out}: folders map to "", so a left-over empty folder shows. */
    static Map<String, String> snapshot(Path out) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(p -> !p.equals(out)).toList()) {
                String key = out.relativize(p).toString().replace('\\', '/');
                if (Files.isRegularFile(p)) {
                    all.put(key, Files.readString(p));
                } else if (Files.isDirectory(p)) {
                    all.put(key + "/", "");
                } else {
                    fail("unexpected entry " + p);
                }
            }
        }
        return all;
    }
}
