package io.handspec.generator.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handspec.generator.GenerationException;
import io.handspec.generator.GenerationJob;
import io.handspec.generator.JobFixture;
import io.handspec.generator.JobResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job keeps a copy of each spec, compares an edited spec with it, reports, and can refuse breaking edits. */
class ChangeReportJobTest {
    @TempDir
    Path dir;

    private GenerationJob job(Path spec, boolean failOnBreaking) {
        return GenerationJob.builder()
                .spec(spec.toString(), "com.example.tiny")
                .outputDir(dir.resolve("out"))
                .stateFile(dir.resolve("state/default.state"))
                .changeReport(dir.resolve("report/changes.md"))
                .failOnBreaking(failOnBreaking)
                .build();
    }

    /** The referenced file loses {@code name} and gains {@code title}. */
    private static void renameProperty(Path specs) throws Exception {
        Files.writeString(
                specs.resolve("models.yaml"),
                JobFixture.MODELS.replace("name: {type: string}", "title: {type: string}"));
    }

    @Test
    void anEditOfAReferencedFileIsReportedInJavaTermsAndTheBuildRegenerates() throws Exception {
        Path spec = JobFixture.write(dir.resolve("specs"));
        JobResult first = job(spec, false).run();
        assertEquals(List.of(), first.changes(), "nothing to compare with on the first run");
        assertTrue(
                Files.isRegularFile(dir.resolve("state/default.state.specs/models.yaml")),
                "the copy keeps $ref'd files");
        assertFalse(Files.exists(dir.resolve("report/changes.md")));

        renameProperty(dir.resolve("specs"));
        JobResult second = job(spec, false).run();
        List<String> found = second.changes().stream()
                .map(c -> (c.breaking() ? "BREAKING " : "") + c.java())
                .toList();
        assertEquals(
                List.of("BREAKING property Thing.name() removed", "property Thing.title() added as optional String"),
                found);
        assertTrue(second.breaking());
        assertTrue(
                second.changeSummary().get(0).startsWith("spec changes: 1 breaking, 1 compatible"),
                second.changeSummary().toString());
        String markdown = Files.readString(dir.resolve("report/changes.md"));
        assertTrue(markdown.contains("| property Thing.name() removed |"), markdown);
        String json = Files.readString(dir.resolve("report/changes.json"));
        assertTrue(json.contains("\"kind\" : \"PROPERTY_REMOVED\""), json);
        assertTrue(Files.readString(dir.resolve("out/com/example/tiny/model/Thing.java"))
                .contains("title()"));

        JobResult third = job(spec, false).run();
        assertTrue(third.upToDate());
        assertEquals(List.of(), third.changes(), "compared with the copy of the last generation, not the first");
    }

    @Test
    void failOnBreakingFailsBeforeWritingAndKeepsFailingUntilAccepted() throws Exception {
        Path spec = JobFixture.write(dir.resolve("specs"));
        job(spec, true).run();
        Map<String, String> output = JobFixture.snapshot(dir.resolve("out"));
        Map<String, String> state = JobFixture.snapshot(dir.resolve("state"));
        renameProperty(dir.resolve("specs"));

        GenerationException e =
                assertThrows(GenerationException.class, () -> job(spec, true).run());
        assertTrue(e.getMessage().contains("1 breaking change(s)"), e.getMessage());
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("property Thing.name() removed"), e.getMessage());
        assertTrue(e.problems().get(0).file().endsWith("models.yaml")
                || e.problems().get(0).file().endsWith("tiny.yaml"));
        assertEquals("The previously generated sources were left as they were.", e.outputState());
        assertEquals(output, JobFixture.snapshot(dir.resolve("out")), "the previous output stays");
        assertEquals(state, JobFixture.snapshot(dir.resolve("state")), "the state and the spec copy stay");
        assertTrue(Files.readString(dir.resolve("report/changes.md")).contains("Thing.name() removed"));

        assertThrows(GenerationException.class, () -> job(spec, true).run(), "still refused on the next build");
        JobResult accepted = job(spec, false).run();
        assertTrue(accepted.breaking());
        assertEquals(List.of(), job(spec, true).run().changes(), "accepted: the copy is the new spec");
    }

    /**
     * A copy of the previous spec that no longer loads (damaged, or refused by a newer generator's
     * checks) leaves nothing to compare with: that must not pass for "no breaking change".
     */
    @Test
    void aPreviousCopyThatNoLongerLoadsStopsFailOnBreakingAndIsNamedWithoutIt() throws Exception {
        Path spec = JobFixture.write(dir.resolve("specs"));
        job(spec, true).run();
        Path copy = dir.resolve("state/default.state.specs/models.yaml");
        assertTrue(Files.isRegularFile(copy));
        Files.writeString(copy, "components: [not: a: spec\n");
        renameProperty(dir.resolve("specs"));
        Map<String, String> output = JobFixture.snapshot(dir.resolve("out"));

        GenerationException e =
                assertThrows(GenerationException.class, () -> job(spec, true).run());
        assertTrue(
                e.problems().stream().anyMatch(p -> p.message().contains("previous version")),
                e.problems().toString());
        assertEquals(output, JobFixture.snapshot(dir.resolve("out")), "nothing written");

        JobResult accepted = job(spec, false).run();
        assertTrue(
                accepted.warnings().stream().anyMatch(w -> w.message().contains("previous version")),
                accepted.warnings().toString());
        assertTrue(Files.readString(dir.resolve("out/com/example/tiny/model/Thing.java"))
                .contains("title()"));
        assertEquals(List.of(), job(spec, true).run().changes(), "accepted: the copy is the new spec");
    }

    @Test
    void aCompatibleEditPassesFailOnBreaking() throws Exception {
        Path spec = JobFixture.write(dir.resolve("specs"));
        job(spec, true).run();
        Files.writeString(
                dir.resolve("specs/models.yaml"),
                JobFixture.MODELS.replace("name: {type: string}", "name: {type: string}\n    size: {type: integer}"));
        JobResult result = job(spec, true).run();
        assertFalse(result.breaking());
        assertEquals(1, result.changes().size(), result.changes().toString());
    }

    /** Links put where the report's two files go are replaced, never written through. */
    @Test
    void linksInTheReportsPlaceAreReplacedNotWrittenThrough() throws Exception {
        Path spec = JobFixture.write(dir.resolve("specs"));
        job(spec, false).run();
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createDirectories(dir.resolve("report"));
        for (String name : List.of("changes.md", "changes.json")) {
            Files.createSymbolicLink(
                    dir.resolve("report").resolve(name), Files.writeString(elsewhere.resolve(name), "precious"));
        }
        renameProperty(dir.resolve("specs"));
        assertTrue(job(spec, false).run().breaking());
        for (String name : List.of("changes.md", "changes.json")) {
            assertEquals("precious", Files.readString(elsewhere.resolve(name)), name);
            Path report = dir.resolve("report").resolve(name);
            assertFalse(Files.isSymbolicLink(report), name);
            assertTrue(Files.readString(report).contains("name"), name);
        }
    }
}
