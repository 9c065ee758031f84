package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.handspec.generator.model.Constraints;
import io.handspec.generator.model.Parameter;
import io.handspec.generator.spec.SpecLoader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 3.1 schema may give both {@code minimum} and a numeric {@code exclusiveMinimum} (and likewise for
 * the maximum): a value must satisfy both, so the client checks the stricter bound of each pair.
 */
class NumericBoundsTest {
    @TempDir
    Path dir;

    private Map<String, Constraints> constraints(String version, String schemas) throws Exception {
        Path file = dir.resolve("api.yaml");
        Files.writeString(
                file,
                """
                openapi: VERSION
                info: {title: Bounds, version: "1"}
                paths:
                  /things:
                    get:
                      operationId: listThings
                      parameters:
                SCHEMAS
                      responses:
                        "204": {description: none}
                """
                        .replace("VERSION", version)
                        .replace("SCHEMAS", schemas));
        return SpecLoader.load(file.toString()).model().operations().get(0).parameters().stream()
                .collect(Collectors.toMap(Parameter::name, Parameter::constraints));
    }

    private static String param(String name, String schema) {
        return "        - {name: " + name + ", in: query, schema: " + schema + "}\n";
    }

    @Test
    void theStricterOfEachPairIsChecked() throws Exception {
        Map<String, Constraints> c = constraints(
                "3.1.0",
                param(
                                "inclusiveWins",
                                "{type: integer, minimum: 5, exclusiveMinimum: 0, maximum: 10, exclusiveMaximum: 20}")
                        + param(
                                "exclusiveWins",
                                "{type: integer, minimum: 0, exclusiveMinimum: 3, maximum: 20, exclusiveMaximum: 10}")
                        + param(
                                "equal",
                                "{type: integer, minimum: 3, exclusiveMinimum: 3, maximum: 9, exclusiveMaximum: 9}")
                        + param("exclusiveOnly", "{type: number, exclusiveMinimum: 0.5, exclusiveMaximum: 1}"));
        assertBounds(c.get("inclusiveWins"), "5", false, "10", false);
        assertBounds(c.get("exclusiveWins"), "3", true, "10", true);
        assertBounds(c.get("equal"), "3", true, "9", true);
        assertBounds(c.get("exclusiveOnly"), "0.5", true, "1", true);
    }

    @Test
    void the30BooleanFormStillMarksTheBoundExclusive() throws Exception {
        Map<String, Constraints> c = constraints(
                "3.0.3",
                param(
                        "ratio",
                        "{type: number, minimum: 0, exclusiveMinimum: true, maximum: 1, exclusiveMaximum: false}"));
        assertBounds(c.get("ratio"), "0", true, "1", false);
    }

    private static void assertBounds(Constraints c, String min, boolean exMin, String max, boolean exMax) {
        String seen = c.toString();
        assertEquals(0, new BigDecimal(min).compareTo(c.minimum()), seen);
        assertEquals(exMin, c.exclusiveMinimum(), seen);
        assertEquals(0, new BigDecimal(max).compareTo(c.maximum()), seen);
        assertEquals(exMax, c.exclusiveMaximum(), seen);
    }
}
