package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationJobTest {
    @TempDir
    Path dir;

    Path spec;
    Path out;
    GenerationJob job;

    @BeforeEach
    void firstBuild() throws Exception {
        spec = JobFixture.write(dir.resolve("specs"));
        out = dir.resolve("out");
        job = GenerationJob.builder()
                .baseDir(dir)
                .spec("specs/tiny.yaml", "com.example.tiny")
                .outputDir(out)
                .stateFile(Path.of("state/job.state"))
                .build();
        JobResult first = job.run();
        assertFalse(first.upToDate());
        assertTrue(first.files() >= 3 && first.written() == first.files(), first.summary());
    }

    @Test
    void aSecondRunParsesNothingAndWritesNothing() throws Exception {
        Files.writeString(spec, "this would not parse: [");
        Files.writeString(spec, JobFixture.SPEC);
        Map<String, String> before = JobFixture.snapshot(out);
        JobResult again = job.run();
        assertTrue(again.upToDate(), again.summary());
        assertEquals("1 spec(s) up to date, nothing generated", again.summary());
        assertEquals(before, JobFixture.snapshot(out));
    }

    @Test
    void anEditedReferencedFileRegenerates() throws Exception {
        Files.writeString(spec.resolveSibling("models.yaml"), JobFixture.MODELS + "    size: {type: integer}\n");
        JobResult again = job.run();
        assertFalse(again.upToDate());
        assertTrue(Files.readString(out.resolve("com/example/tiny/model/Thing.java"))
                .contains("size"));
        assertTrue(job.run().upToDate());
    }

    @Test
    void optionsTemplatesAndAMissingOutputFileEachRegenerate() throws Exception {
        assertFalse(job.toBuilder()
                .options(new GenerationOptions("TinyApi"))
                .build()
                .run()
                .upToDate());
        assertTrue(Files.isRegularFile(out.resolve("com/example/tiny/TinyApi.java")));
        Path templates = Files.createDirectories(dir.resolve("templates"));
        GenerationJob withTemplates = job.toBuilder().templatesDir(templates).build();
        assertFalse(withTemplates.run().upToDate());
        assertTrue(withTemplates.run().upToDate());
        Files.writeString(templates.resolve("file.mustache"), "// mine\npackage {{packageName}};\n\n{{body}}\n");
        assertFalse(withTemplates.run().upToDate(), "a new user template");
        String any =
                io.handspec.generator.write.OutputWriter.generatedFiles(out).get(0);
        Files.delete(out.resolve(any));
        assertFalse(withTemplates.run().upToDate(), "a generated file went missing");
        assertTrue(Files.isRegularFile(out.resolve(any)));
    }

    @Test
    void aBadSpecAfterAGoodBuildLeavesTheOutputAndForgetsTheState() throws Exception {
        Map<String, String> before = JobFixture.snapshot(out);
        Files.writeString(spec, JobFixture.SPEC.replace("models.yaml#/Thing", "models.yaml#/Nope"));
        GenerationException e = assertThrows(GenerationException.class, job::run);
        assertTrue(e.outputUnchanged());
        assertEquals("The previously generated sources were left as they were.", e.outputState());
        assertEquals(before, JobFixture.snapshot(out));
        Files.writeString(spec, JobFixture.SPEC);
        assertFalse(job.run().upToDate(), "a failed run forgets the state");
    }

    @Test
    void aNameNoFileSystemCanHoldFailsBeforeAnyWriteNamingTheFileAndTheFix() throws Exception {
        Map<String, String> before = JobFixture.snapshot(out);
        Files.writeString(spec.resolveSibling("models.yaml"), JobFixture.MODELS.replace("Thing:", "Aux:"));
        Files.writeString(spec, JobFixture.SPEC.replace("models.yaml#/Thing", "models.yaml#/Aux"));
        GenerationException e = assertThrows(GenerationException.class, job::run);
        assertTrue(e.outputUnchanged());
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(
                e.getMessage().contains("'com/example/tiny/model/Aux.java'")
                        && e.getMessage().contains("rename"),
                e.getMessage());
        assertEquals(before, JobFixture.snapshot(out));
    }

    @Test
    void aFolderGivesOneClientPerFileInItsOwnPackage() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("many"));
        Files.writeString(folder.resolve("models.yaml"), JobFixture.MODELS);
        Files.writeString(
                folder.resolve("first-api.yaml"), JobFixture.SPEC.replace("models.yaml#", "../specs/models.yaml#"));
        Files.writeString(
                folder.resolve("second.json"),
                "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"Second\", \"version\": \"1\"}," + " \"paths\": {}}");
        GenerationJob many = GenerationJob.builder()
                .baseDir(dir)
                .outputDir(dir.resolve("o2"))
                .spec(new SpecSource("many", "com.example", null))
                .build();
        GenerationException e = assertThrows(GenerationException.class, many::run, "models.yaml is no spec");
        assertTrue(e.getMessage().contains("models.yaml"), e.getMessage());
        Files.delete(folder.resolve("models.yaml"));
        JobResult result = many.run();
        assertEquals(2, result.specs());
        assertTrue(Files.isRegularFile(dir.resolve("o2/com/example/firstapi/TinyClient.java")));
        assertTrue(Files.isRegularFile(dir.resolve("o2/com/example/second/SecondClient.java")));
    }

    @Test
    void specsWithoutLocationOrPackageAreReportedTogether() {
        GenerationJob bad = GenerationJob.builder()
                .outputDir(out)
                .spec(new SpecSource(null, "a", null))
                .spec(new SpecSource("x.yaml", null, null))
                .build();
        GenerationException e = assertThrows(GenerationException.class, bad::run);
        assertEquals(2, e.problems().size(), e.getMessage());
        assertThrows(
                GenerationException.class,
                () -> GenerationJob.builder().outputDir(out).build().run());
    }
}
