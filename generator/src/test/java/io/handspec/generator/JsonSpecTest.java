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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A JSON spec, which is parsed once for the checks and the parser, reports its problems placed as a YAML one does. */
class JsonSpecTest {
    private static final String GOOD =
            """
            {
              "openapi": "3.0.3",
              "info": {"title": "T", "version": "1"},
              "paths": {
                "/things": {
                  "get": {
                    "operationId": "listThings",
                    "responses": {
                      "200": {
                        "description": "ok",
                        "content": {
                          "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        }
                      }
                    }
                  }
                }
              },
              "components": {
                "schemas": {
                  "Thing": {"type": "object", "properties": {"name": {"type": "string", "description": "NAME"}}}
                }
              }
            }
            """;

    @TempDir
    Path dir;

    private GenerateResult generate(String spec) throws Exception {
        Path file = Files.writeString(dir.resolve("api.json"), spec);
        return Generator.generate(
                new GenerateRequest(file.toString(), dir.resolve("out"), "com.example", null, Map.of()));
    }

    private SpecProblem failWith(String spec) {
        GenerationException e = assertThrows(GenerationException.class, () -> generate(spec));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void aProblemTheParserFindsIsPlacedInTheJsonText() {
        SpecProblem p = failWith(GOOD.replace("\"description\": \"ok\",", ""));
        assertEquals("/paths/~1things/get/responses/200/description", p.pointer());
        assertEquals(9, p.line(), p.toString());
        assertTrue(p.message().contains("is missing"), p.message());
    }

    @Test
    void aKeyGivenTwiceIsASyntaxErrorAtItsSecondPlace() {
        SpecProblem p = failWith(
                GOOD.replace("\"operationId\": \"listThings\",", "\"operationId\": \"a\", \"operationId\": \"b\","));
        assertEquals(7, p.line(), p.toString());
        assertTrue(p.column() > 30, p.toString());
        assertTrue(p.message().startsWith("syntax error: Duplicate field 'operationId'"), p.message());
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsText() throws Exception {
        generate(GOOD.replace("NAME", "a \uFFFD stands for what could not be read"));
        assertTrue(
                Files.readString(dir.resolve("out/com/example/model/Thing.java"))
                        .contains("a &#65533; stands for what could not be read"),
                "the character, escaped for Javadoc");
    }

    /**
     * A number beyond a double's range (1e400, or YAML's .inf and .nan) is read as infinity, which the parser
     * cannot turn into a decimal: it failed the whole document with messages about a Swagger 2 file, and an
     * enum holding one stopped the generator with a NumberFormatException. Wherever it stands, in JSON or
     * YAML, it is one problem at its place.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"maximum\": 1e400",
                "\"minimum\": -1e400",
                "\"default\": 1e400",
                "\"example\": 1e400",
                "\"multipleOf\": 1E+999",
                "\"enum\": [1, 1e400]"
            })
    void aNumberBeyondADoublesRangeIsOneProblemAtItsPlace(String keyword) throws Exception {
        String json = GOOD.replace("\"description\": \"NAME\"", "\"description\": \"n\", " + keyword);
        int line = (int) json.lines()
                        .takeWhile(l -> !l.contains("1e400") && !l.contains("1E+999"))
                        .count()
                + 1;
        SpecProblem p = failWith(json);
        assertEquals(line, p.line(), p.toString());
        assertTrue(p.pointer().startsWith("/components/schemas/Thing/properties/name/"), p.toString());
        assertTrue(p.message().contains("beyond the range"), p.message());
    }

    @Test
    void aYamlNumberBeyondADoublesRangeIsAProblemAtItsPlace() throws Exception {
        Path file = Files.writeString(
                dir.resolve("api.yaml"),
                """
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths: {}
                components:
                  schemas:
                    Thing:
                      type: object
                      properties:
                        a: {type: number, maximum: 1e400}
                        b: {type: number, enum: [1, -1e400]}
                """);
        GenerationException e = assertThrows(
                GenerationException.class,
                () -> Generator.generate(
                        new GenerateRequest(file.toString(), dir.resolve("out"), "com.example", null, Map.of())));
        assertEquals(
                List.of(
                        "/components/schemas/Thing/properties/a/maximum 9",
                        "/components/schemas/Thing/properties/b/enum/1 10"),
                e.problems().stream()
                        .map(p -> p.pointer() + " " + p.line())
                        .sorted()
                        .toList(),
                e.getMessage());
    }

    /**
     * The checks that look at the whole document (where {@code x-handspec-*} keys stand, numbers beyond a
     * double's range) report the misplaced extensions first, then the numbers, each in document order; an
     * example is not looked into for extensions, another vendor's extension not for numbers, and a misplaced
     * extension's value not for extensions.
     */
    @Test
    void wholeDocumentChecksReportExtensionsThenNumbersInDocumentOrder() {
        String json = GOOD.replace(
                        "\"info\": {\"title\": \"T\", \"version\": \"1\"},",
                        "\"info\": {\"title\": \"T\", \"version\": \"1\", \"x-handspec-title\": {\"x-handspec-x\": 1e400},"
                                + " \"x-vendor\": {\"maximum\": 1e400, \"x-handspec-y\": 1}, \"x-handspec-a/b~c\": 2},")
                .replace(
                        "\"description\": \"NAME\"",
                        "\"description\": \"n\", \"maximum\": 1e400, \"example\": {\"x-handspec-z\": -1e400},"
                                + " \"x-handspec-names\": [1]");
        GenerationException e = assertThrows(GenerationException.class, () -> generate(json));
        assertEquals(
                List.of(
                        "/info/x-handspec-title",
                        "/info/x-vendor/x-handspec-y",
                        "/info/x-handspec-a~1b~0c",
                        "/components/schemas/Thing/properties/name/x-handspec-names",
                        "/info/x-handspec-title/x-handspec-x",
                        "/components/schemas/Thing/properties/name/maximum",
                        "/components/schemas/Thing/properties/name/example/x-handspec-z"),
                e.problems().stream().map(SpecProblem::pointer).toList(),
                e.getMessage());
        assertTrue(
                e.problems().get(2).message().startsWith("'x-handspec-a/b~c' is not an x-handspec extension"),
                e.getMessage());
    }

    @Test
    void aNumberBeyondADoublesRangeInAReferencedFileIsAProblemInThatFile() throws Exception {
        Files.writeString(dir.resolve("other.json"), "{\"O\": {\"type\": \"number\",\n \"maximum\": 1e400}}\n");
        Files.writeString(dir.resolve("other.yaml"), "O:\n  type: number\n  enum: [1, 1e400]\n");
        GenerationException e = assertThrows(
                GenerationException.class,
                () -> generate(GOOD.replace(
                        "\"name\": {\"type\": \"string\", \"description\": \"NAME\"}",
                        "\"a\": {\"$ref\": \"other.json#/O\"}, \"b\": {\"$ref\": \"other.yaml#/O\"}")));
        assertEquals(
                List.of(dir.resolve("other.json") + ":2 /O/maximum", dir.resolve("other.yaml") + ":3 /O/enum/1"),
                e.problems().stream()
                        .map(p -> p.file() + ":" + p.line() + " " + p.pointer())
                        .sorted()
                        .toList(),
                e.getMessage());
    }
}
