package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handspec.generator.model.RetryRules;
import io.handspec.generator.spec.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code x-handspec-retry}'s per-status delays: read into the model, wrong values placed. */
class RetryDelaysTest {
    @TempDir
    Path dir;

    private static final String SPEC =
            """
            openapi: 3.0.3
            info: {title: Retry, version: "1"}
            x-handspec-retry:
              statuses: [429]
              minimumDelayMs: {"429": 1000}
              statusDelayMs: DELAYS
            paths: {}
            """;

    private String load(String delays) throws Exception {
        Path file = dir.resolve("api.yaml");
        Files.writeString(file, SPEC.replace("DELAYS", delays));
        return file.toString();
    }

    @Test
    void theStatusDelayIsReadBesideTheMinimum() throws Exception {
        RetryRules rules = SpecLoader.load(load("{\"429\": 180000}")).model().retry();
        assertEquals(Map.of(429, 180000L), rules.statusDelayMs());
        assertEquals(Map.of(429, 1000L), rules.minimumDelayMs());
    }

    @Test
    void aNegativeDelayAStatusRangeAndAListAreEachPlaced() throws Exception {
        String spec = load("{\"429\": -1, \"4XX\": 5}");
        GenerationException e = assertThrows(GenerationException.class, () -> SpecLoader.load(spec));
        List<SpecProblem> problems = e.problems();
        assertEquals(
                List.of("/x-handspec-retry/statusDelayMs/429", "/x-handspec-retry/statusDelayMs/4XX"),
                problems.stream().map(SpecProblem::pointer).toList(),
                e.getMessage());
        assertEquals(6, problems.get(0).line(), e.getMessage());
        assertTrue(
                problems.get(0).message().contains("milliseconds"),
                problems.get(0).message());
        String list = load("[180000]");
        SpecProblem notAMap = assertThrows(GenerationException.class, () -> SpecLoader.load(list))
                .problems()
                .get(0);
        assertEquals("/x-handspec-retry/statusDelayMs", notAMap.pointer());
    }
}
