package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
