package io.handspec.generator.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handspec.generator.GenerationException;
import io.handspec.generator.GenerationJob;
import io.handspec.generator.JobFixture;
import io.handspec.generator.JobResult;
import io.handspec.generator.spec.LoadedSpecs;
import io.handspec.generator.spec.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A regeneration after an edit compares the new spec with its copy and generates it from one reading. */
class LoadOnceTest {
    @TempDir
    Path dir;

    private final List<String> loads = new ArrayList<>();

    private JobResult run(Path spec) throws Exception {
        GenerationJob job = GenerationJob.builder()
                .spec(spec.toString(), "com.example.tiny")
                .outputDir(dir.resolve("out"))
                .stateFile(dir.resolve("state/default.state"))
                .changeReport(dir.resolve("report/changes.md"))
                .build();
        return JobRunner.run(job, new LoadedSpecs(location -> {
            loads.add(location);
            return SpecLoader.load(location);
        }));
    }

    @Test
    void anEditedSpecIsReadOnceForTheComparisonAndTheGeneration() throws Exception {
        Path spec = JobFixture.write(dir.resolve("specs"));
        run(spec);
        assertEquals(List.of(spec.toString()), loads, "the first run has nothing to compare with");

        loads.clear();
        Files.writeString(
                dir.resolve("specs/models.yaml"),
                JobFixture.MODELS.replace("name: {type: string}", "title: {type: string}"));
        JobResult second = run(spec);
        assertEquals(2, second.changes().size(), second.changes().toString());
        assertEquals(List.of(spec.toString()), loads, "compared and generated from one reading");
        assertTrue(Files.readString(dir.resolve("out/com/example/tiny/model/Thing.java"))
                .contains("title()"));
    }

    @Test
    void aSpecThatFailsToLoadForTheComparisonIsReadAgainByTheGenerationWhichReportsIt() throws Exception {
        Path spec = JobFixture.write(dir.resolve("specs"));
        run(spec);
        loads.clear();
        Files.writeString(spec, JobFixture.SPEC.replace("responses:", "responses: [oops"));
        GenerationException failed = assertThrows(GenerationException.class, () -> run(spec));
        assertTrue(failed.problems().get(0).line() > 0, failed.problems().toString());
        assertEquals(List.of(spec.toString(), spec.toString()), loads);
    }
}
