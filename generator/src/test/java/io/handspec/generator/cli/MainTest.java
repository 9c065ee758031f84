package io.handspec.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handspec.generator.JobFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI runs the same incremental job as the plugin, with the same messages. */
class MainTest {
    @TempDir
    Path dir;

    private final Console console = Console.main();

    @Test
    void aSecondRunIsANoOpAndAnEditRegenerates() throws Exception {
        Path spec = JobFixture.write(dir.resolve("specs"));
        String o = dir.resolve("out").toString();
        assertEquals(
                0,
                console.run("--spec", spec.toString(), "--output", o, "--package", "com.example.tiny"),
                console.err());
        assertTrue(
                console.out()
                                .startsWith("generated 4 files from 1 spec(s) into " + o
                                        + " (4 written, 0 unchanged, 0 removed)")
                        || console.out().startsWith("generated "),
                console.out());
        assertTrue(Files.isRegularFile(Path.of(o, CliArgs.DEFAULT_STATE)), "the state is kept by default");
        Map<String, String> before = JobFixture.snapshot(Path.of(o));
        assertEquals(
                0,
                console.run("--package", "com.example.tiny", "--output", o, "--spec", spec.toString()),
                console.err());
        assertEquals("1 spec(s) up to date, nothing generated\n", console.out());
        assertEquals(before, JobFixture.snapshot(Path.of(o)));
        Files.writeString(spec.resolveSibling("models.yaml"), JobFixture.MODELS + "    size: {type: integer}\n");
        assertEquals(
                0,
                console.run("--spec", spec.toString(), "--output", o, "--package", "com.example.tiny"),
                console.err());
        assertTrue(
                console.out()
                        .matches(
                                "generated \\d+ files from 1 spec\\(s\\) into .* \\(1 written, \\d+ unchanged, 0 removed\\)\\n"
                                        + "spec changes: 0 breaking, 1 compatible\\n"),
                console.out());
        assertEquals(
                0,
                console.run("--spec", spec.toString(), "--output", o, "--package", "com.example.tiny", "--no-state"),
                console.err());
        assertTrue(
                console.out().contains("(0 written,"),
                "without state it generates, but rewrites nothing: " + console.out());
    }

    @Test
    void aBadSpecAfterAGoodRunSaysTheTruthAndLeavesTheOutput() throws Exception {
        Path spec = JobFixture.write(dir.resolve("specs"));
        String o = dir.resolve("out").toString();
        assertEquals(0, console.run("--spec", spec.toString(), "--output", o, "--package", "com.example.tiny"));
        Map<String, String> before = JobFixture.snapshot(Path.of(o));
        Files.writeString(spec, JobFixture.SPEC.replace("models.yaml#/Thing", "models.yaml#/Nope"));
        assertEquals(1, console.run("--spec", spec.toString(), "--output", o, "--package", "com.example.tiny"));
        assertTrue(
                console.err().contains("tiny.yaml")
                        && console.err().contains("The previously generated sources were left as they were."),
                console.err());
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
                console.run(
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
                console.err());
        assertTrue(console.out().contains("from 2 spec(s)"), console.out());
        assertTrue(Files.isRegularFile(o.resolve("com/example/a/TinyClient.java")));
        assertTrue(Files.isRegularFile(o.resolve("com/example/b/other/OtherClient.java")));
        assertTrue(Files.isRegularFile(dir.resolve("s/state")));
    }

    @Test
    void usageProblemsExitTwoAndOptionProblemsExitOne() {
        assertEquals(2, console.run("--spec", "a.yaml", "--spec", "b.yaml", "--package", "p", "--output", "o"));
        assertTrue(console.err().contains("give one --package per --spec"), console.err());
        assertEquals(2, console.run("--spec", "a.yaml", "--package", "p"));
        assertEquals(
                2, console.run("--spec", "a.yaml", "--package", "p", "--output", "o", "--state", "s", "--no-state"));
        assertEquals(
                1,
                console.run(
                        "--spec",
                        "a.yaml",
                        "--package",
                        "p",
                        "--output",
                        dir.resolve("o").toString(),
                        "--option",
                        "colour=red"));
        assertTrue(console.err().contains("unknown option 'colour'"), console.err());
        assertEquals(0, console.run("--help"));
        assertTrue(console.out().contains("--state FILE") && console.out().contains("--no-state"), console.out());
    }
}
