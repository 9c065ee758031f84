package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handspec.generator.model.Operation;
import io.handspec.generator.model.Parameter;
import io.handspec.generator.spec.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code x-handspec-common-parameters}: declared once, present on every operation, checked with placed problems. */
class CommonParametersTest {
    @TempDir
    Path dir;

    private static final String SPEC =
            """
            openapi: 3.0.3
            info: {title: Common, version: "1"}
            x-handspec-common-parameters:
              - $ref: '#/components/parameters/Fields'
              - $ref: '#/components/parameters/IfMatch'
            paths:
              /things:
                get:
                  operationId: listThings
                  responses:
                    "200": {description: ok}
                post:
                  operationId: createThing
                  parameters:
                    - {name: fields, in: query, description: own, schema: {type: string}}
                  responses:
                    "201": {description: created}
              /things/{id}:
                parameters:
                  - {name: If-Match, in: header, description: path level, schema: {type: string}}
                  - {name: id, in: path, required: true, schema: {type: string}}
                delete:
                  operationId: deleteThing
                  responses:
                    "204": {description: gone}
            components:
              parameters:
                Fields: {name: fields, in: query, description: common, schema: {type: string}}
                IfMatch: {name: If-Match, in: header, description: common, schema: {type: string}}
                Id: {name: id, in: path, required: true, schema: {type: string}}
            """;

    private Path write(String text) throws Exception {
        Path file = dir.resolve("api.yaml");
        Files.writeString(file, text);
        return file;
    }

    private Map<String, Map<String, String>> descriptions(String text) throws Exception {
        List<Operation> ops = SpecLoader.load(write(text).toString()).model().operations();
        return ops.stream().collect(Collectors.toMap(Operation::operationId, op -> op.parameters().stream()
                .collect(Collectors.toMap(Parameter::name, p -> p.in() + " " + p.description()))));
    }

    @Test
    void everyOperationGetsTheCommonParametersUnlessItDeclaresItsOwn() throws Exception {
        Map<String, Map<String, String>> params = descriptions(SPEC);
        assertEquals(Map.of("fields", "QUERY common", "If-Match", "HEADER common"), params.get("listThings"));
        assertEquals(Map.of("fields", "QUERY own", "If-Match", "HEADER common"), params.get("createThing"));
        assertEquals(
                Map.of("fields", "QUERY common", "If-Match", "HEADER path level", "id", "PATH "),
                params.get("deleteThing"));
    }

    private List<SpecProblem> problems(String extension) throws Exception {
        String common = SPEC.substring(SPEC.indexOf("x-handspec-common-parameters:"), SPEC.indexOf("paths:"));
        String text = SPEC.replace(common, "x-handspec-common-parameters:" + extension + "\n");
        GenerationException e = assertThrows(
                GenerationException.class, () -> SpecLoader.load(write(text).toString()));
        e.problems().forEach(p -> assertTrue(p.file().endsWith("api.yaml"), p.toString()));
        return e.problems();
    }

    @Test
    void aValueThatIsNotAListIsPlaced() throws Exception {
        SpecProblem p = problems(" {fields: true}").get(0);
        assertEquals("/x-handspec-common-parameters", p.pointer());
        assertEquals(3, p.line());
        assertTrue(p.message().contains("list of references"), p.message());
    }

    @Test
    void anInlineParameterAReferenceElsewhereAPathParameterAndADuplicateAreEachPlaced() throws Exception {
        List<SpecProblem> found = problems(
                """

                  - {name: fields, in: query}
                  - $ref: '#/info'
                  - $ref: '#/components/parameters/Id'
                  - $ref: '#/components/parameters/Fields'
                  - $ref: '#/components/parameters/Fields'""");
        assertEquals(
                List.of(
                        "/x-handspec-common-parameters/0",
                        "/x-handspec-common-parameters/1",
                        "/x-handspec-common-parameters/2/$ref",
                        "/x-handspec-common-parameters/4"),
                found.stream().map(SpecProblem::pointer).toList(),
                found.toString());
        assertTrue(
                found.get(0).message().contains("components/parameters"),
                found.get(0).message());
        assertTrue(
                found.get(2).message().contains("path parameter"), found.get(2).message());
        assertTrue(found.get(3).message().contains("listed twice"), found.get(3).message());
        assertEquals(5, found.get(1).line());
    }
}
