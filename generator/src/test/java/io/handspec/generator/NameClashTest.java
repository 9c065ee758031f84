package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spec names that once clashed with what the templates declare or spell (members, locals, nested
 * types, package roots of fully qualified names): each spec must generate code that compiles with
 * {@code -Xlint:all -Werror}.
 */
class NameClashTest {
    private static final String OP =
            """
            openapi: 3.0.3
            info: {title: Clash, version: "1"}
            paths:
              /a:
                get:
                  operationId: getA
                  tags: [%s]
                  responses: {"204": {description: ok}}
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            a tag named after the facade's client field | client
            a tag named after the facade's static retry policy method | defaultRetryPolicy
            a tag named after the facade's other members | 'builder, config, withOptions, toString, DEFAULT_BASE_URI'
            a tag named after a package root the facade spells | 'java, io, com, javax, example'
            """)
    void tagsNamedAfterFacadeMembers(String what, String tags) throws Exception {
        assertCompiles(OP.formatted(tags));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            a property java beside a schema Objects | java | '{type: string}' | 'Objects: {type: object, properties: {a: {type: string}}}'
            a property io beside a schema WireValue | io | '{type: string, enum: [a]}' | 'WireValue: {type: object}'
            a property com beside a schema JsonProperty | com | '{type: string}' | 'JsonProperty: {type: object}'
            a required single-value enum [known] | kind | '{$ref: "#/components/schemas/Kind"}' | 'Kind: {type: string, enum: [known]}'
            a property known with an inline enum | known | '{type: string, enum: [a, b]}' | 'Other: {type: object}'
            a property json with an inline oneOf | json | '{oneOf: [{type: string}, {type: integer}]}' | 'Other: {type: object}'
            a property builder with an inline object | builder | '{type: object, properties: {a: {type: string}}}' | 'Other: {type: object}'
            a property Variant with an inline oneOf | Variant | '{oneOf: [{type: string}, {type: integer}]}' | 'Other: {type: object}'
            a union schema None | none | '{$ref: "#/components/schemas/None"}' | 'None: {oneOf: [{type: string}, {type: integer}]}'
            a property 日本 with an inline single-value enum | 日本 | '{type: string, enum: [日本]}' | 'Other: {type: object}'
            a property 1st with an inline single-value enum | 1st | '{type: string, enum: [x]}' | 'Other: {type: object}'
            """)
    void propertiesNamedAfterWhatTheModelTemplatesDeclare(String what, String property, String schema, String other)
            throws Exception {
        assertCompiles(
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
                        %1$s: %2$s
                    %3$s
                """
                        .formatted(property, schema, other));
    }

    @ParameterizedTest(name = "a path parameter {0} with a schema {1}")
    @CsvSource({"io, RequestOptions", "java, Objects", "com, TypeReference", "java, List", "example, ApiRequest"})
    void pathParametersNamedAfterPackageRoots(String parameter, String schema) throws Exception {
        assertCompiles(
                """
                openapi: 3.0.3
                info: {title: Clash, version: "1"}
                paths:
                  /a/{%1$s}:
                    get:
                      operationId: getA
                      tags: [a]
                      parameters:
                        - {name: %1$s, in: path, required: true, schema: {type: string}}
                        - {name: %1$s, in: query, schema: {$ref: '#/components/schemas/%2$s'}}
                      responses:
                        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/%2$s'}}}}
                components:
                  schemas:
                    %2$s: {type: object, properties: {a: {type: string}}}
                """
                        .formatted(parameter, schema));
    }

    @org.junit.jupiter.api.Test
    void operationIdsThatUpperCaseAlikeAndManyCursorHeaders() throws Exception {
        // lıst (dotless i) and list, straße and strasse: distinct methods, the same constant once upper-cased;
        // eleven cursor headers: more than Map.of takes
        assertCompiles(
                """
                openapi: 3.0.3
                info: {title: Clash, version: "1"}
                paths:
                  /a: {get: {operationId: list, responses: {"204": {description: ok}}}}
                  /b: {get: {operationId: lıst, responses: {"204": {description: ok}}}}
                  /c: {get: {operationId: straße, responses: {"204": {description: ok}}}}
                  /d: {get: {operationId: strasse, responses: {"204": {description: ok}}}}
                  /f:
                    post:
                      operationId: cursor
                      x-handspec-pagination:
                        style: header-cursor
                        items: ""
                        cursor: {h1: a, h2: b, h3: c, h4: d, h5: e, h6: f, h7: g, h8: h, h9: i, h10: j, h11: k}
                      requestBody:
                        content:
                          application/json:
                            schema:
                              type: object
                              properties: {a: {type: string}, b: {type: string}, c: {type: string}, d: {type: string},
                                e: {type: string}, f: {type: string}, g: {type: string}, h: {type: string},
                                i: {type: string}, j: {type: string}, k: {type: string}}
                      responses:
                        "200":
                          description: ok
                          content:
                            application/json:
                              schema: {type: array, items: {type: string}}
                """);
    }

    @org.junit.jupiter.api.Test
    void operationsNamedAfterTheViewsOrObjectsMethodsAreRenamedWithAWarningAndTheViewsStillWork() throws Exception {
        String yaml =
                """
                openapi: 3.0.3
                info: {title: Clash, version: "1"}
                paths:
                  /a: {get: {operationId: async, tags: [Raw], responses: {"204": {description: ok}}}}
                  /b: {get: {operationId: withRawResponse, tags: [Raw], responses: {"204": {description: ok}}}}
                  /c: {get: {operationId: getClass, tags: [Raw], responses: {"204": {description: ok}}}}
                  /d: {get: {operationId: wait, tags: [Async], responses: {"204": {description: ok}}}}
                  /e: {get: {operationId: builder, tags: [AsyncRaw], responses: {"204": {description: ok}}}}
                  /f:
                    get:
                      operationId: views
                      tags: [AsyncRaw]
                      parameters:
                        - {name: async, in: query, required: true, schema: {type: string}}
                        - {name: withRawResponse, in: query, required: true, schema: {type: string}}
                        - {name: options, in: query, required: true, schema: {type: string}}
                      responses: {"204": {description: ok}}
                """;
        Path dir = Files.createTempDirectory("handspec-names");
        try {
            GenerateResult result = JavaLangNamesTest.generate(yaml, dir, "com.example.clash");
            Path out = dir.resolve("src");
            for (String renamed : List.of("async2", "withRawResponse2", "getClass2", "wait2")) {
                assertTrue(
                        result.warnings().stream()
                                .anyMatch(w -> w.message().contains(" becomes method " + renamed + " of ")
                                        && w.message().contains("a method every API class and view has")
                                        && w.pointer().startsWith("/paths/~1")),
                        () -> renamed + " " + result.warnings());
            }
            TestCompiler.Result compiled = TestCompiler.compile(out, dir.resolve("classes"));
            assertTrue(compiled.success(), () -> String.join("\n", compiled.diagnostics()));
            Class<?> raw = Class.forName("com.example.clash.api.RawApi", true, compiled.loader());
            assertEquals("Raw", raw.getMethod("withRawResponse").getReturnType().getSimpleName());
            assertEquals("Async", raw.getMethod("async").getReturnType().getSimpleName());
            assertEquals(void.class, raw.getMethod("async2").getReturnType());
            Class<?> views = Class.forName("com.example.clash.api.AsyncRawApi", true, compiled.loader());
            assertEquals(
                    3,
                    views.getMethod("views", String.class, String.class, String.class)
                            .getParameterCount());
        } finally {
            GoldenFilesTest.deleteRecursively(dir);
        }
    }

    static void assertCompiles(String yaml) throws Exception {
        Path tmp = Files.createTempDirectory("handspec-names");
        try {
            TestCompiler.Result result = generateAndCompile(yaml, tmp);
            assertTrue(result.success(), () -> String.join("\n", result.diagnostics()));
            assertEquals(List.of(), result.diagnostics());
        } finally {
            GoldenFilesTest.deleteRecursively(tmp);
        }
    }

    /** Generates {@code yaml} into package {@code com.example.clash} under {@code dir} and compiles it. */
    static TestCompiler.Result generateAndCompile(String yaml, Path dir) throws Exception {
        JavaLangNamesTest.generate(yaml, dir, "com.example.clash");
        return TestCompiler.compile(dir.resolve("src"), dir.resolve("classes"));
    }
}
