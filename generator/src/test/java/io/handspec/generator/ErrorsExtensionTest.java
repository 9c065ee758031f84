package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code x-handspec-errors}: a wrong value is a problem naming file, line, pointer and the fix. */
class ErrorsExtensionTest {
    @TempDir
    Path dir;

    private static final String SPEC =
            """
            openapi: 3.0.3
            info: {title: Things, version: "1"}
            x-handspec-errors: VALUE
            paths:
              /things:
                get:
                  operationId: listThings
                  responses:
                    "200": {description: ok}
            components:
              responses:
                Oops: {description: oops}
              schemas:
                Problem:
                  type: object
                  properties:
                    title: {type: string}
            """;

    private Path write(String value) throws Exception {
        Path file = dir.resolve("api.yaml");
        Files.writeString(file, SPEC.replace("VALUE", value));
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not an object        | [4XX]                                                          | /x-handspec-errors          | must be an object",
                "no schema            | {statuses: [4XX]}                                              | /x-handspec-errors/schema   | missing",
                "inline schema        | {schema: {type: object}}                                       | /x-handspec-errors/schema   | components/schemas",
                "a response, not a schema | {schema: {$ref: '#/components/responses/Oops'}}            | /x-handspec-errors/schema   | components/schemas",
                "a success status     | {schema: {$ref: '#/components/schemas/Problem'}, statuses: [4XX, 200]} | /x-handspec-errors/statuses/1 | 400-599",
                "a 3XX range          | {schema: {$ref: '#/components/schemas/Problem'}, statuses: '3XX'} | /x-handspec-errors/statuses | 400-599",
                "beyond 599           | {schema: {$ref: '#/components/schemas/Problem'}, statuses: [600]} | /x-handspec-errors/statuses/0 | 400-599",
                "empty list           | {schema: {$ref: '#/components/schemas/Problem'}, statuses: []} | /x-handspec-errors/statuses | empty",
                "a number, not a list | {schema: {$ref: '#/components/schemas/Problem'}, statuses: 4}  | /x-handspec-errors/statuses | list",
                "misspelt key         | {schema: {$ref: '#/components/schemas/Problem'}, status: [4XX]} | /x-handspec-errors/status  | unknown field",
            })
    void aWrongValueIsAPlacedProblem(String name, String value, String pointer, String word) throws Exception {
        Path file = write(value);
        GenerationException e = assertThrows(
                GenerationException.class,
                () -> Generator.generate(
                        new GenerateRequest(file.toString(), dir.resolve("out"), "com.example", null, Map.of())));
        SpecProblem p = e.problems().get(0);
        assertEquals(pointer, p.pointer(), p.toString());
        assertEquals(file.toString(), p.file(), p.toString());
        assertEquals(3, p.line(), p.toString());
        assertTrue(p.message().contains(word), p.toString());
    }

    @Test
    void anApiWideErrorOfAGenericTypeCompiles() throws Exception {
        Path file = write("{schema: {$ref: '#/components/schemas/Problems'}}");
        Files.writeString(
                file,
                Files.readString(file)
                        + "    Problems:\n      type: array\n      items: {$ref: '#/components/schemas/Problem'}\n");
        Generator.generate(new GenerateRequest(file.toString(), dir.resolve("out"), "com.example", null, Map.of()));
        String api = Files.readString(dir.resolve("out/com/example/api/DefaultApi.java"));
        assertTrue(
                api.contains("ErrorTypes.of(new TypeReference<List<Problem>>() { }.getType(), \"4XX\", \"5XX\")"), api);
        TestCompiler.Result result = TestCompiler.compile(dir.resolve("out"), dir.resolve("classes"));
        assertTrue(result.success(), () -> String.join("\n", result.diagnostics()));
    }

    @Test
    void aCommaTextOfStatusesIsAccepted() throws Exception {
        Path file = write("{schema: {$ref: '#/components/schemas/Problem'}, statuses: '404, 5XX'}");
        Generator.generate(new GenerateRequest(file.toString(), dir.resolve("out"), "com.example", null, Map.of()));
        String api = Files.readString(dir.resolve("out/com/example/api/DefaultApi.java"));
        assertTrue(api.contains("ErrorTypes.of(Problem.class, \"404\", \"5XX\")"), api);
        assertTrue(api.contains(".errors(ERRORS)"), api);
    }
}
