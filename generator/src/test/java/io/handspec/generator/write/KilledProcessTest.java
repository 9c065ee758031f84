package io.handspec.generator.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real kill -9: a child JVM writes, stops at a chosen file operation and says so, and is then
 * destroyed forcibly. Deterministic, because the child waits at that step until it is killed.
 */
class KilledProcessTest {
    static final Map<String, byte[]> OLD = Map.of("p/A.java", b("A1"), "q/C.java", b("C1"));
    static final Map<String, byte[]> NEW = Map.of("p/A.java", b("A2"), "r/D.java", b("D2"));

    @TempDir
    Path tmp;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aProcessKilledWhileWritingIsCompletedOrDiscardedByTheNextRun() throws Exception {
        // while staging, just before the commit point (the journal's rename), half-way through applying
        for (int step : List.of(2, 5, 7, 9)) {
            Path out = tmp.resolve("out" + step);
            OutputWriter.write(out, OLD);
            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            Child.class.getName(),
                            out.toString(),
                            Integer.toString(step))
                    .redirectErrorStream(true)
                    .start();
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null && !line.equals("STOPPED")) {
                    assertTrue(!line.equals("DONE"), "the child finished before step " + step);
                }
                assertEquals("STOPPED", line, "the child's output ended early");
            }
            child.destroyForcibly().waitFor();
            new Transaction(out.toAbsolutePath(), FileOps.REAL).recover();
            Map<String, String> recovered = TransactionTest.snapshot(out);
            assertTrue(
                    recovered.equals(expected(OLD)) || recovered.equals(expected(NEW)),
                    "killed at step " + step + ", recovered to a mix: " + recovered.keySet());
            OutputWriter.write(out, NEW);
            assertEquals(expected(NEW), TransactionTest.snapshot(out), "killed at step " + step);
        }
    }

    private static Map<String, String> expected(Map<String, byte[]> files) {
        Map<String, String> out = new TreeMap<>();
        files.forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
        files.keySet().forEach(k -> out.put(k.substring(0, k.indexOf('/') + 1), ""));
        out.put(OutputWriter.MANIFEST, new String(Manifest.render(files), StandardCharsets.UTF_8));
        out.put(OutputLock.FILE, "");
        return out;
    }

    /** The child: writes {@link #NEW} and, at operation {@code args[1]}, says STOPPED and waits to be killed. */
    static final class Child {
        private Child() {}

        public static void main(String[] args) throws IOException {
            int stopAt = Integer.parseInt(args[1]);
            FileOps waiting = new SteppedOps() {
                private int count;

                @Override
                void step(String what, Path p) throws IOException {
                    if (count++ == stopAt) {
                        System.out.println("STOPPED");
                        System.out.flush();
                        System.in.read();
                    }
                }
            };
            new OutputWriter(waiting).writeAll(Path.of(args[0]), NEW);
            System.out.println("DONE");
        }
    }
}
