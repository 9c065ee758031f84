package io.handspec.generator.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder changed by someone else while a run is under way: another run, or a planted link. */
class ConcurrentChangeTest {
    private static final Map<String, byte[]> OLD = Map.of("p/A.java", b("A1"), "q/C.java", b("C1"));
    private static final Map<String, byte[]> NEW =
            Map.of("p/A.java", b("A2"), "q/C.java", b("C2"), "q/D.java", b("D2"));
    private static final Map<String, byte[]> OTHER = Map.of("x/X.java", b("X"));

    @TempDir
    Path tmp;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Runs {@code action} once, before the first operation {@code what} on a path whose name starts with {@code name}. */
    private static SteppedOps at(String what, String name, IoAction action) {
        return new SteppedOps() {
            private boolean done;

            @Override
            void step(String op, Path p) throws IOException {
                if (!done && op.equals(what) && p.getFileName().toString().startsWith(name)) {
                    done = true;
                    action.run();
                }
            }
        };
    }

    private interface IoAction {
        void run() throws IOException;
    }

    @Test
    void aSecondRunWhileOneIsWritingFailsClearlyAndNeverTouchesTheFirstOnesStaging() throws Exception {
        Path out = tmp.resolve("out");
        OutputWriter.write(out, OLD);
        AtomicReference<Throwable> second = new AtomicReference<>();
        SteppedOps ops = at("move", "new-", () -> {
            Thread other = new Thread(() -> {
                try {
                    OutputWriter.write(out, OTHER);
                } catch (IOException | RuntimeException e) {
                    second.set(e);
                }
            });
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        });
        new OutputWriter(ops).writeAll(out, NEW);
        assertEquals(TransactionTest.expected(NEW), TransactionTest.snapshot(out));
        assertTrue(second.get() instanceof IOException, String.valueOf(second.get()));
        assertTrue(
                second.get().getMessage().contains("another generation is running in " + out.toAbsolutePath()),
                second.get().getMessage());
        // released at the end: the next run goes ahead
        OutputWriter.write(out, OTHER);
        assertTrue(Files.exists(out.resolve("x/X.java")));
    }

    @Test
    void linksPlantedInTheStagingFolderAreNeverWrittenThrough() throws Exception {
        Path out = tmp.resolve("out");
        OutputWriter.write(out, OLD);
        Path victim = Files.writeString(tmp.resolve("victim.txt"), "precious");
        Path victim2 = Files.writeString(tmp.resolve("victim2.txt"), "precious");
        Path staging = out.resolve(Transaction.FOLDER);
        SteppedOps ops = at("write", "new-0", () -> {
            Files.createSymbolicLink(staging.resolve("new-1"), victim);
            Files.createSymbolicLink(staging.resolve("journal.tmp"), victim2);
        });
        assertThrows(IOException.class, () -> new OutputWriter(ops).writeAll(out, NEW));
        assertEquals("precious", Files.readString(victim));
        assertEquals("precious", Files.readString(victim2));
        assertEquals(TransactionTest.expected(OLD), TransactionTest.snapshot(out));
    }

    @Test
    void aFolderSwappedForALinkOutsideDuringTheRunIsRefusedAndTheUpdateUndone() throws Exception {
        Path out = tmp.resolve("out");
        OutputWriter.write(out, OLD);
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("C.java"), "user's own");
        // after the first file went into place, q is moved away and replaced by a link leading outside
        SteppedOps ops = at("move", "new-0", () -> {
            Files.move(out.resolve("q"), tmp.resolve("q.moved"));
            Files.createSymbolicLink(out.resolve("q"), outside);
        });
        IOException e = assertThrows(IOException.class, () -> new OutputWriter(ops).writeAll(out, NEW));
        assertTrue(e.getMessage().contains("the output folder changed during the run"), e.getMessage());
        assertEquals(Map.of("C.java", "user's own"), TransactionTest.snapshot(outside));
        assertEquals("A1", Files.readString(out.resolve("p/A.java")), "the update was undone");
        assertFalse(Files.exists(out.resolve(Transaction.FOLDER)));
    }
}
