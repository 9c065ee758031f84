package io.handspec.generator.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handspec.generator.SpecChange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden spec pairs: each folder under {@code changes/} holds {@code after.yaml} (compared with
 * {@code before.yaml}, or the shared {@code base.yaml}) and {@code expected.txt}: {@code #} lines give
 * the reason for the classification, the other lines the changes the report must name, one per line as
 * {@code BREAKING|COMPATIBLE KIND text}. {@code -Dhandspec.updateGoldens=true} rewrites those lines
 * (the reasons stay) for review.
 */
class ChangeCasesTest {
    private static final Path ROOT = Path.of("src/test/resources/changes");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(ROOT)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theReportNamesAndClassifiesEveryChange(String name) throws Exception {
        Path dir = ROOT.resolve(name);
        Path before = Files.isRegularFile(dir.resolve("before.yaml"))
                ? dir.resolve("before.yaml")
                : ROOT.resolve("base.yaml");
        List<SpecChange> changes = SpecComparison.compare(before, dir.resolve("after.yaml"), "com.example.tasks", null);
        List<String> actual = new ArrayList<>();
        for (SpecChange c : changes) {
            actual.add((c.breaking() ? "BREAKING " : "COMPATIBLE ") + c.kind() + " " + c.java());
            assertTrue(c.line() > 0, "placed on a line: " + c);
            assertFalse(c.reason().isBlank(), c.toString());
        }
        List<String> expectedFile = Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8);
        List<String> reasons =
                expectedFile.stream().filter(l -> l.startsWith("#")).toList();
        assertFalse(reasons.isEmpty(), "expected.txt states the reason for its classification in # lines");
        if (Boolean.getBoolean("handspec.updateGoldens")) {
            List<String> out = new ArrayList<>(reasons);
            out.addAll(actual);
            Files.write(dir.resolve("expected.txt"), out, StandardCharsets.UTF_8);
            return;
        }
        List<String> expected = expectedFile.stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank())
                .toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual), name);
    }

    /** Every real spec compared with itself: the comparison copes with all of it and finds nothing. */
    @ParameterizedTest
    @MethodSource("realSpecs")
    void aRealSpecComparedWithItselfHasNoChanges(Path spec) throws Exception {
        assertEquals(List.of(), SpecComparison.compare(spec, spec, "com.example.real", null));
    }

    static Stream<Path> realSpecs() throws IOException {
        try (Stream<Path> list = Files.list(Path.of(System.getProperty("handspec.specs", "../specs")))) {
            return list
                    .filter(p -> p.toString().endsWith(".yaml")
                            && !p.getFileName().toString().equals("redocly.yaml"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }
}
