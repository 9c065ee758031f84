package io.handspec.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handspec.generator.JobFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI runs the same incremental job as the plugin, with the same messages. */
class MainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int cli(String... args) {
        out.reset();
        err.reset();
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aSecondRunIsANoOpAndAnEditRegenerates() throws Exception {
        Path spec = JobFixture.write(dir.resolve("specs"));
        String o = dir.resolve("out").toString();
        assertEquals(0, cli("--spec", spec.toString(), "--output", o, "--package", "com.example.tiny"), err());
        assertTrue(
                out().startsWith("generated 4 files from 1 spec(s) into " + o + " (4 written, 0 unchanged, 0 removed)")
                        || out().startsWith("generated "),
                out());
        assertTrue(Files.isRegularFile(Path.of(o, CliArgs.DEFAULT_STATE)), "the state is kept by default");
        Map<String, String> before = JobFixture.snapshot(Path.of(o));
        assertEquals(0, cli("--package", "com.example.tiny", "--output", o, "--spec", spec.toString()), err());
        assertEquals("1 spec(s) up to date, nothing generated\n", out());
        assertEquals(before, JobFixture.snapshot(Path.of(o)));
        Files.writeString(spec.resolveSibling("models.yaml"), JobFixture.MODELS + "    size: {type: integer}\n");
        assertEquals(0, cli("--spec", spec.toString(), "--output", o, "--package", "com.example.tiny"), err());
        assertTrue(
                out().matches(
                                "generated \\d+ files from 1 spec\\(s\\) into .* \\(1 written, \\d+ unchanged, 0 removed\\)\\n"
                                        + "spec changes: 0 breaking, 1 compatible\\n"),
                out());
        assertEquals(
                0, cli("--spec", spec.toString(), "--output", o, "--package", "com.example.tiny", "--no-state"), err());
        assertTrue(out().contains("(0 written,"), "without state it generates, but rewrites nothing: " + out());
    }

    @Test
    void aBadSpecAfterAGoodRunSaysTheTruthAndLeavesTheOutput() throws Exception {
        Path spec = JobFixture.write(dir.resolve("specs"));
        String o = dir.resolve("out").toString();
        assertEquals(0, cli("--spec", spec.toString(), "--output", o, "--package", "com.example.tiny"));
        Map<String, String> before = JobFixture.snapshot(Path.of(o));
        Files.writeString(spec, JobFixture.SPEC.replace("models.yaml#/Thing", "models.yaml#/Nope"));
        assertEquals(1, cli("--spec", spec.toString(), "--output", o, "--package", "com.example.tiny"));
        assertTrue(
                err().contains("tiny.yaml")
                        && err().contains("The previously generated sources were left as they were."),
                err());
        before.remove(CliArgs.DEFAULT_STATE);
        Map<String, String> after = JobFixture.snapshot(Path.of(o));
        assertFalse(after.containsKey(CliArgs.DEFAULT_STATE), "a failed run forgets the state");
        assertEquals(before, after);
    }

    @Test
    void severalSpecsAndFoldersPairWithTheirPackages() throws Exception {
        Path spec = JobFixture.write(dir.resolve("specs"));
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.writeString(
                folder.resolve("other.yaml"),
                JobFixture.SPEC.replace("models.yaml#", "../specs/models.yaml#").replace("Tiny", "Other"));
        Path o = dir.resolve("out");
        assertEquals(
                0,
                cli(
                        "--spec",
                        spec.toString(),
                        "--package",
                        "com.example.a",
                        "--spec",
                        folder.toString(),
                        "--package",
                        "com.example.b",
                        "--output",
                        o.toString(),
                        "--state",
                        dir.resolve("s/state").toString()),
                err());
        assertTrue(out().contains("from 2 spec(s)"), out());
        assertTrue(Files.isRegularFile(o.resolve("com/example/a/TinyClient.java")));
        assertTrue(Files.isRegularFile(o.resolve("com/example/b/other/OtherClient.java")));
        assertTrue(Files.isRegularFile(dir.resolve("s/state")));
    }

    @Test
    void usageProblemsExitTwoAndOptionProblemsExitOne() {
        assertEquals(2, cli("--spec", "a.yaml", "--spec", "b.yaml", "--package", "p", "--output", "o"));
        assertTrue(err().contains("give one --package per --spec"), err());
        assertEquals(2, cli("--spec", "a.yaml", "--package", "p"));
        assertEquals(2, cli("--spec", "a.yaml", "--package", "p", "--output", "o", "--state", "s", "--no-state"));
        assertEquals(
                1,
                cli(
                        "--spec",
                        "a.yaml",
                        "--package",
                        "p",
                        "--output",
                        dir.resolve("o").toString(),
                        "--option",
                        "colour=red"));
        assertTrue(err().contains("unknown option 'colour'"), err());
        assertEquals(0, cli("--help"));
        assertTrue(out().contains("--state FILE") && out().contains("--no-state"), out());
    }
}
