package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.handspec.runtime.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spec names equal to what generated code now calls on the runtime ({@code valueAt}, {@code variant},
 * {@code send}, {@code body}, {@code sendAsync}, {@code bodyAsync}, {@code operation}) or to the
 * constants and fields those calls name: the code must still compile with {@code -Xlint:all -Werror}.
 */
class RuntimeMemberNamesTest {
    private static final String HOLDER =
            """
            openapi: 3.0.3
            info: {title: Clash, version: "1"}
            paths:
              /a:
                get:
                  operationId: getA
                  tags: [a]
                  responses:
                    "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Holder'}}}}
            components:
              schemas:
                Holder:
                  type: object
                  required: [%1$s]
                  properties:
                    %1$s: {type: string}
                    deep: {type: array, items: {type: object, additionalProperties: {type: string, format: byte}}}
                    either: {$ref: '#/components/schemas/Either'}
                Either:
                  oneOf:
                    - {$ref: '#/components/schemas/Holder'}
                    - {$ref: '#/components/schemas/Variant'}
                    - {type: string}
                  discriminator:
                    propertyName: %1$s
                    mapping:
                      "a\\"b": '#/components/schemas/Holder'
                      "$x": '#/components/schemas/Variant'
                Variant:
                  type: object
                  required: [%1$s]
                  properties:
                    %1$s: {type: string}
                    extra: {type: integer}
            """;

    @ParameterizedTest(name = "operation {0} with a parameter {1}")
    @CsvSource({
        "send, body",
        "body, send",
        "sendAsync, bodyAsync",
        "bodyAsync, sendAsync",
        "operation, operation",
        "getA, GET_A_SPEC",
        "getA, client",
        "getA, ApiRequest",
        "getA, ResponseSpec"
    })
    void operationsAndParametersNamedAfterWhatOperationsCall(String operation, String parameter) throws Exception {
        NameClashTest.assertCompiles(
                """
                openapi: 3.0.3
                info: {title: Clash, version: "1"}
                paths:
                  /a/{%2$s}:
                    post:
                      operationId: %1$s
                      tags: [%1$s]
                      parameters:
                        - {name: %2$s, in: path, required: true, schema: {type: string, minLength: 1}}
                        - {name: %2$s, in: query, schema: {type: integer, maximum: 5}}
                        - {name: %2$s, in: header, schema: {type: string}}
                      requestBody:
                        content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}
                      responses:
                        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
                components:
                  schemas:
                    Thing: {type: object, properties: {%2$s: {type: string}}}
                """
                        .formatted(operation, parameter));
    }

    @ParameterizedTest(name = "a property {0}")
    @CsvSource({"valueAt", "variant", "get", "send", "body", "values", "present", "type"})
    void propertiesAndVariantsNamedAfterModelAndUnionMembers(String property) throws Exception {
        NameClashTest.assertCompiles(HOLDER.formatted(property));
    }

    @Test
    void aUnionReadsByOddDiscriminatorValuesAndAGenericPropertyIsCopiedOnRead() throws Exception {
        Path dir = Files.createTempDirectory("handspec-members");
        try {
            TestCompiler.Result compiled = NameClashTest.generateAndCompile(HOLDER.formatted("kind"), dir);
            assertTrue(compiled.success(), () -> String.join("\n", compiled.diagnostics()));
            ClassLoader loader = compiled.loader();
            Class<?> either = Class.forName("com.example.clash.model.Either", true, loader);
            ObjectMapper mapper = Json.newMapper();
            Object holder = mapper.readValue("{\"kind\":\"a\\\"b\",\"deep\":[{\"k\":\"AQI=\"}]}", either);
            assertEquals("Holder", holder.getClass().getSimpleName());
            Object variant = mapper.readValue("{\"kind\":\"$x\",\"extra\":3}", either);
            assertEquals("Variant2", variant.getClass().getSimpleName(), "the schema Variant, renamed");
            assertEquals(
                    "OfString", mapper.readValue("\"s\"", either).getClass().getSimpleName());
            @SuppressWarnings("unchecked")
            List<Map<String, byte[]>> deep = (List<Map<String, byte[]>>)
                    holder.getClass().getMethod("deep").invoke(holder);
            deep.get(0).get("k")[0] = 9;
            @SuppressWarnings("unchecked")
            List<Map<String, byte[]>> again = (List<Map<String, byte[]>>)
                    holder.getClass().getMethod("deep").invoke(holder);
            assertArrayEquals(new byte[] {1, 2}, again.get(0).get("k"));
        } finally {
            GoldenFilesTest.deleteRecursively(dir);
        }
    }
}
