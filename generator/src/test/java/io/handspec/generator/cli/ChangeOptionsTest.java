package io.handspec.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handspec.generator.JobFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --fail-on-breaking} and {@code --change-report}, with the default state inside the output folder. */
class ChangeOptionsTest {
    @TempDir
    Path dir;

    private final Console console = Console.main();

    @Test
    void aBreakingEditFailsWithItsPlaceAndLeavesTheOutputThenIsAcceptedWithoutTheFlag() throws Exception {
        Path spec = JobFixture.write(dir.resolve("specs"));
        Path output = dir.resolve("out");
        Path report = dir.resolve("changes.md");
        String[] args = {
            "--spec",
            spec.toString(),
            "--output",
            output.toString(),
            "--package",
            "com.example.tiny",
            "--change-report",
            report.toString(),
            "--fail-on-breaking"
        };
        assertEquals(0, console.run(args), console.err());
        Files.writeString(spec, JobFixture.SPEC.replace("operationId: listThings", "operationId: allThings"));
        Map<String, String> before = JobFixture.snapshot(output);

        assertEquals(1, console.run(args));
        String error = console.err();
        assertTrue(error.contains("1 breaking change(s)"), error);
        assertTrue(
                error.contains(spec + ":6: breaking: method ThingsApi.listThings renamed to ThingsApi.allThings"),
                error);
        assertTrue(error.contains("The previously generated sources were left as they were."), error);
        assertEquals(before, JobFixture.snapshot(output));
        assertTrue(Files.readString(report).contains("renamed to ThingsApi.allThings"));

        String[] accept = java.util.Arrays.copyOf(args, args.length - 1);
        assertEquals(0, console.run(accept), console.err());
        String printed = console.out();
        assertTrue(printed.startsWith("generated "), printed);
        assertTrue(printed.contains("\nspec changes: 1 breaking, 0 compatible\n"), printed);
        assertEquals(0, console.run(args), "accepted");
    }

    @Test
    void theChangeOptionsNeedTheState() {
        assertEquals(
                2,
                console.run("--spec", "a.yaml", "--output", "o", "--package", "p", "--no-state", "--fail-on-breaking"));
        assertTrue(console.err().contains("do not work with --no-state"));
    }
}
