package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code info.x-handspec-sources}: every bad value fails generation and the docs check, placed by line and pointer. */
class SourcesExtensionTest {
    private static final String SHA = "a".repeat(64);

    @TempDir
    Path dir;

    private static String spec(String sources) {
        return """
                openapi: 3.0.3
                info:
                  title: Notes
                  version: "1"
                  x-handspec-sources:
                %s
                paths:
                  /notes:
                    get:
                      operationId: listNotes
                      responses:
                        "204": {description: none}
                """
                .formatted(sources.indent(4).stripTrailing());
    }

    private List<SpecProblem> generationProblems(String sources) throws Exception {
        Path file = dir.resolve("notes.yaml");
        Files.writeString(file, spec(sources));
        GenerationException e = assertThrows(
                GenerationException.class,
                () -> Generator.render(new GenerateRequest(
                        file.toString(), dir.resolve("out"), "com.example", null, GenerationOptions.DEFAULTS)));
        return e.problems();
    }

    private List<SpecProblem> checkProblems(String sources) throws Exception {
        Path file = dir.resolve("notes.yaml");
        Files.writeString(file, spec(sources));
        GenerationException e = assertThrows(GenerationException.class, () -> DocsCheck.builder()
                .baseDir(dir)
                .spec("notes.yaml")
                .reportDir(dir.resolve("report"))
                .build()
                .run());
        return e.problems();
    }

    @Test
    void aGoodEntryGenerates() throws Exception {
        Path file = dir.resolve("notes.yaml");
        Files.writeString(
                file, spec("- {url: 'https://docs.example.com/intro', sha256: " + SHA + ", reviewed: 2026-01-31}"));
        Generator.render(new GenerateRequest(
                file.toString(), dir.resolve("out"), "com.example", null, GenerationOptions.DEFAULTS));
    }

    @Test
    void eachBadValueIsPlacedWithItsFix() throws Exception {
        String bad =
                """
                - url: docs/intro
                  sha256: ABC
                  reviewed: 31.01.2026
                  selectr: main
                """;
        for (List<SpecProblem> problems : List.of(generationProblems(bad), checkProblems(bad))) {
            Map<String, SpecProblem> byPointer = new java.util.TreeMap<>();
            problems.forEach(p -> byPointer.put(p.pointer(), p));
            assertEquals(
                    List.of(
                            "/info/x-handspec-sources/0/reviewed",
                            "/info/x-handspec-sources/0/selectr",
                            "/info/x-handspec-sources/0/sha256",
                            "/info/x-handspec-sources/0/url"),
                    List.copyOf(byPointer.keySet()),
                    problems.toString());
            SpecProblem url = byPointer.get("/info/x-handspec-sources/0/url");
            assertEquals(6, url.line(), url.toString());
            assertTrue(url.file().endsWith("notes.yaml"), url.toString());
            assertTrue(url.message().contains("absolute http(s)"), url.message());
            assertEquals(7, byPointer.get("/info/x-handspec-sources/0/sha256").line());
            assertTrue(
                    byPointer.get("/info/x-handspec-sources/0/sha256").message().contains("64 lower-case hex"));
            assertEquals(8, byPointer.get("/info/x-handspec-sources/0/reviewed").line());
            assertTrue(byPointer
                    .get("/info/x-handspec-sources/0/reviewed")
                    .message()
                    .contains("2026-01-31"));
            assertTrue(byPointer
                    .get("/info/x-handspec-sources/0/selectr")
                    .message()
                    .contains("selector"));
        }
    }

    @Test
    void otherSchemesMissingFieldsAndRepeatsAreRefused() throws Exception {
        List<SpecProblem> problems = checkProblems(
                """
                - {url: 'ftp://docs.example.com/intro', sha256: %1$s, reviewed: 2026-01-31}
                - {url: 'https://docs.example.com/intro', reviewed: 2026-01-31}
                - {url: 'https://docs.example.com/a', sha256: %1$s, reviewed: 2026-01-31}
                - {url: 'https://docs.example.com/a', sha256: %1$s, reviewed: 2026-01-31}
                - {url: 'https://docs.example.com/b', sha256: %1$s, reviewed: 2026-01-31, selector: 'main >'}
                """
                        .formatted(SHA));
        List<String> pointers = problems.stream().map(SpecProblem::pointer).toList();
        assertEquals(
                List.of(
                        "/info/x-handspec-sources/0/url",
                        "/info/x-handspec-sources/1/sha256",
                        "/info/x-handspec-sources/3/url",
                        "/info/x-handspec-sources/4/selector"),
                pointers,
                problems.toString());
        assertTrue(
                problems.get(2).message().contains("name each page once"),
                problems.get(2).message());
    }

    @Test
    void anEmptyListOrAnObjectIsRefused() throws Exception {
        assertEquals("/info/x-handspec-sources", checkProblems("[]").get(0).pointer());
        assertEquals(
                "/info/x-handspec-sources",
                checkProblems("{url: 'https://docs.example.com/intro'}").get(0).pointer());
    }
}
