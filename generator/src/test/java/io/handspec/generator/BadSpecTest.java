package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A bad spec gives one error naming file, line, column, pointer and fix, and leaves the previous output untouched. */
class BadSpecTest {
    @TempDir
    Path dir;

    private static final String GOOD =
            """
            openapi: 3.0.3
            info: {title: Good, version: "1"}
            paths:
              /things:
                get:
                  operationId: listThings
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Thing'}
            components:
              schemas:
                Thing:
                  type: object
                  properties:
                    name: {type: string}
            """;

    private GenerationException failWith(String spec) throws Exception {
        Path file = dir.resolve("api.yaml");
        Files.writeString(file, GOOD);
        Path out = dir.resolve("out");
        Generator.generate(new GenerateRequest(file.toString(), out, "com.example", null, Map.of()));
        Path thing = out.resolve("com/example/model/Thing.java");
        String before = Files.readString(thing);
        Files.setLastModifiedTime(thing, FileTime.fromMillis(1_000_000L));
        Files.writeString(file, spec);
        GenerationException e = assertThrows(
                GenerationException.class,
                () -> Generator.generate(new GenerateRequest(file.toString(), out, "com.example", null, Map.of())));
        assertEquals(before, Files.readString(thing), "previous output untouched");
        assertEquals(FileTime.fromMillis(1_000_000L), Files.getLastModifiedTime(thing));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        return e;
    }

    @Test
    void syntaxErrorNamesLineAndColumn() throws Exception {
        GenerationException e = failWith(GOOD.replace("description: ok", "description: [ok"));
        SpecProblem p = e.problems().get(0);
        assertEquals(10, p.line(), p.toString());
        assertTrue(p.column() > 0, p.toString());
        assertTrue(p.message().startsWith("syntax error"), p.message());
    }

    @Test
    void danglingRefNamesTheRefAndItsPlace() throws Exception {
        GenerationException e = failWith(GOOD.replace("#/components/schemas/Thing'", "#/components/schemas/Thingy'"));
        SpecProblem p = e.problems().get(0);
        assertEquals("/paths/~1things/get/responses/200/content/application~1json/schema/$ref", p.pointer());
        assertEquals(12, p.line(), p.toString());
        assertTrue(p.message().contains("#/components/schemas/Thingy"), p.message());
        assertTrue(p.message().contains("define"), "says how to fix: " + p.message());
    }

    @Test
    void missingRequiredFieldNamesThePointer() throws Exception {
        GenerationException e = failWith(GOOD.replace("          description: ok\n", ""));
        SpecProblem p = e.problems().stream()
                .filter(x -> x.pointer().endsWith("/description"))
                .findFirst()
                .orElseThrow();
        assertEquals("/paths/~1things/get/responses/200/description", p.pointer());
        assertTrue(p.line() >= 9, p.toString());
        assertTrue(p.message().contains("is missing"), p.message());
    }

    @Test
    void everyProblemIsListedNotJustTheFirst() throws Exception {
        GenerationException e = failWith(GOOD.replace("#/components/schemas/Thing'", "#/components/schemas/A'")
                + "    B:\n      $ref: '#/components/schemas/C'\n");
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    @Test
    void badExtensionValuesAreReportedAtTheirPlace() throws Exception {
        GenerationException e = failWith(GOOD.replace(
                "operationId: listThings", "operationId: listThings\n      x-handspec-pagination: {style: sideways}"));
        SpecProblem p = e.problems().get(0);
        assertEquals("/paths/~1things/get/x-handspec-pagination/style", p.pointer());
        assertTrue(p.message().contains("offset, page or header-cursor"), p.message());
    }

    @Test
    void badRetryRulesAreReportedNotThrown() throws Exception {
        GenerationException e = failWith(GOOD.replace(
                "paths:\n", "x-handspec-retry:\n  never: [four-hundred]\n  minimumDelayMs: {soon: 5}\npaths:\n"));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).pointer().startsWith("/x-handspec-retry/"), e.getMessage());
    }

    @Test
    void aComponentNameThatIsAPathIsRefused() throws Exception {
        GenerationException e = failWith(GOOD.replace("    Thing:\n", "    \"../../Thing\":\n")
                .replace("#/components/schemas/Thing'", "#/components/schemas/..~1..~1Thing'"));
        assertTrue(
                e.problems().stream().anyMatch(p -> p.pointer().equals("/components/schemas/..~1..~1Thing")),
                e.getMessage());
    }

    @Test
    void missingFileAndBadPackageAreClear() {
        GenerationException missing = assertThrows(
                GenerationException.class,
                () -> Generator.generate(new GenerateRequest(
                        dir.resolve("nope.yaml").toString(), dir.resolve("o"), "com.example", null, Map.of())));
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
        GenerationException pkg = assertThrows(
                GenerationException.class,
                () -> Generator.generate(new GenerateRequest(
                        "x.yaml", dir.resolve("o"), "com.class", null, new GenerationOptions("not a name"))));
        assertEquals(2, pkg.problems().size(), pkg.getMessage());
        assertTrue(
                pkg.getMessage().contains("clientName 'not a name' is not a class name this generator writes"),
                pkg.getMessage());
        GenerationException shout = assertThrows(
                GenerationException.class,
                () -> Generator.generate(new GenerateRequest(
                        "x.yaml", dir.resolve("o"), "com.example", null, new GenerationOptions("URI"))));
        assertTrue(shout.getMessage().contains("use a name such as Uri"), shout.getMessage());
        for (String clientName : List.of("String", "Object", "Thread", "Override", "Record", "Builder")) {
            GenerationException hiding = assertThrows(
                    GenerationException.class,
                    () -> Generator.generate(new GenerateRequest(
                            "x.yaml", dir.resolve("o"), "com.example", null, new GenerationOptions(clientName))));
            assertTrue(
                    hiding.getMessage().contains("clientName '" + clientName + "'")
                            && hiding.getMessage().contains("use a name such as " + clientName + "Client"),
                    hiding.getMessage());
        }
        GenerationException option =
                assertThrows(GenerationException.class, () -> GenerationOptions.parse(Map.of("colour", "red")));
        assertTrue(option.getMessage().contains("unknown option 'colour'"), option.getMessage());
        for (String platform : List.of("java.lang", "java", "javax.annotation")) {
            GenerationException p = assertThrows(
                    GenerationException.class,
                    () -> Generator.generate(
                            new GenerateRequest("x.yaml", dir.resolve("o"), platform, null, Map.of())));
            assertTrue(p.getMessage().contains("is a package of the Java platform"), p.getMessage());
        }
        assertTrue(Files.notExists(dir.resolve("o")), "nothing written");
    }

    @Test
    void problemsPrintLikeCompilerMessages() {
        assertEquals("a.yaml:3:5: bad (at /x)", new SpecProblem("a.yaml", 3, 5, "/x", "bad").toString());
        assertEquals(List.of(), new GenerationException("m", List.of()).problems());
    }

    private static final String ROOT = "paths:\n";
    private static final String THING = "    Thing:\n";
    private static final String NAME = "        name: {type: string}\n";

    /** Each: a name, the text to replace in GOOD, its replacement, the pointer of the problem, a word of its message. */
    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of(
                        "discriminator mapping outside the union",
                        "    Thing:\n",
                        "    U:\n      oneOf: [{$ref: '#/components/schemas/Thing'}, {$ref: '#/components/schemas/Pet'}]\n"
                                + "      discriminator:\n"
                                + "        propertyName: name\n        mapping: {other: '#/components/schemas/Other'}\n"
                                + "    Other: {type: object}\n    Pet: {type: object}\n    Thing:\n",
                        "/components/schemas/U/discriminator/mapping/other",
                        "not one of this union's variants"),
                Arguments.of(
                        "retry maxAttempts 0",
                        ROOT,
                        "x-handspec-retry: {maxAttempts: 0}\npaths:\n",
                        "/x-handspec-retry/maxAttempts",
                        "from 1"),
                Arguments.of(
                        "retry negative delay",
                        ROOT,
                        "x-handspec-retry: {initialDelayMs: -5}\npaths:\n",
                        "/x-handspec-retry/initialDelayMs",
                        "from 0"),
                Arguments.of(
                        "retry maxAttempts three",
                        ROOT,
                        "x-handspec-retry: {maxAttempts: three}\npaths:\n",
                        "/x-handspec-retry/maxAttempts",
                        "whole number"),
                Arguments.of(
                        "retry as a string", ROOT, "x-handspec-retry: always\npaths:\n", "/x-handspec-retry", "object"),
                Arguments.of(
                        "retry misspelt field",
                        ROOT,
                        "x-handspec-retry: {maxAttempt: 4}\npaths:\n",
                        "/x-handspec-retry/maxAttempt",
                        "unknown field"),
                Arguments.of(
                        "server URL with a space",
                        ROOT,
                        "servers: [{url: 'https://api.example.com/v 1'}]\npaths:\n",
                        "/servers/0/url",
                        "not a URL"),
                Arguments.of(
                        "server URL with {{host}}",
                        ROOT,
                        "servers: [{url: 'https://{{host}}/v1'}]\npaths:\n",
                        "/servers/0/url",
                        "{{name}}"),
                Arguments.of(
                        "server variable not declared",
                        ROOT,
                        "servers: [{url: 'https://{host}/v1'}]\npaths:\n",
                        "/servers/0/url",
                        "declares no such variable"),
                Arguments.of(
                        "server variable not used",
                        ROOT,
                        "servers: [{url: 'https://a.example/v1', variables: {host: {default: a}}}]\npaths:\n",
                        "/servers/0/variables/host",
                        "does not use it"),
                Arguments.of(
                        "int32 enum above 2^31",
                        NAME,
                        NAME + "        n: {type: integer, enum: [1, 3000000000]}\n",
                        "/components/schemas/Thing/properties/n/enum/1",
                        "int64"),
                Arguments.of(
                        "non-integer in an int64 enum",
                        NAME,
                        NAME + "        n: {type: integer, format: int64, enum: [1, 2.5]}\n",
                        "/components/schemas/Thing/properties/n/enum/1",
                        "whole number"),
                Arguments.of(
                        "duplicate enum values",
                        NAME,
                        NAME + "        n: {type: string, enum: [a, b, a]}\n",
                        "/components/schemas/Thing/properties/n/enum/2",
                        "twice"),
                Arguments.of(
                        "type strng",
                        NAME,
                        NAME + "        n: {type: strng}\n",
                        "/components/schemas/Thing/properties/n/type",
                        "not a type"),
                Arguments.of(
                        "type 123",
                        NAME,
                        NAME + "        n: {type: 123}\n",
                        "/components/schemas/Thing/properties/n/type",
                        "not a type"),
                Arguments.of(
                        "minimum not a number",
                        NAME,
                        NAME + "        n: {type: integer, minimum: abc}\n",
                        "/components/schemas/Thing/properties/n/minimum",
                        "number"),
                Arguments.of(
                        "pattern not a regex",
                        NAME,
                        NAME + "        n: {type: string, pattern: '[a-'}\n",
                        "/components/schemas/Thing/properties/n/pattern",
                        "regular expression"),
                Arguments.of(
                        "maxLength not a count",
                        NAME,
                        NAME + "        n: {type: string, maxLength: -1}\n",
                        "/components/schemas/Thing/properties/n/maxLength",
                        "whole number"),
                Arguments.of(
                        "$ref to file:///etc/passwd",
                        NAME,
                        NAME + "        n: {$ref: 'file:///etc/passwd'}\n",
                        "/components/schemas/Thing/properties/n/$ref",
                        "URL"),
                Arguments.of(
                        "$ref leaving the folder",
                        NAME,
                        NAME + "        n: {$ref: '../../outside.yaml#/X'}\n",
                        "/components/schemas/Thing/properties/n/$ref",
                        "leaves the folder"),
                Arguments.of(
                        "$ref to an absolute path",
                        NAME,
                        NAME + "        n: {$ref: '/etc/hosts'}\n",
                        "/components/schemas/Thing/properties/n/$ref",
                        "absolute path"),
                Arguments.of(
                        "status key that is not a status",
                        "\"200\":",
                        "\"2000\":",
                        "/paths/~1things/get/responses/2000",
                        "not a response status"),
                Arguments.of(
                        "status key with code",
                        "\"200\":",
                        "\"5XX */ static {} /* \":",
                        "/paths/~1things/get/responses/5XX *~1 static {} ~1* ",
                        "not a response status"),
                Arguments.of(
                        "undeclared path parameter",
                        "/things:",
                        "/things/{id}:",
                        "/paths/~1things~1{id}",
                        "no path parameter"),
                Arguments.of(
                        "$ref cycle through allOf",
                        THING,
                        "    S: {allOf: [{$ref: '#/components/schemas/S'}]}\n" + THING.replace("Thing", "Thing"),
                        "/components/schemas/S",
                        "refers to itself"),
                Arguments.of(
                        "pagination misspelt field",
                        "operationId: listThings",
                        "operationId: listThings\n      x-handspec-pagination: "
                                + "{style: offset, offsetParam: o, limitParam: l, item: /x}",
                        "/paths/~1things/get/x-handspec-pagination/item",
                        "unknown field"),
                Arguments.of(
                        "pagination firstPage not a number",
                        "operationId: listThings",
                        "operationId: listThings\n      x-handspec-pagination: "
                                + "{style: page, pageParam: p, firstPage: one}",
                        "/paths/~1things/get/x-handspec-pagination/firstPage",
                        "whole number"),
                Arguments.of(
                        "misspelt extension name",
                        "operationId: listThings",
                        "operationId: listThings\n      x-handspec-paginaton: x",
                        "/paths/~1things/get/x-handspec-paginaton",
                        "not an x-handspec extension"),
                Arguments.of(
                        "extension in the wrong place",
                        NAME,
                        NAME + "        n: {type: string, x-handspec-envelope: {response: /a}}\n",
                        "/components/schemas/Thing/properties/n/x-handspec-envelope",
                        "move it"),
                Arguments.of(
                        "header with a line break",
                        ROOT,
                        "x-handspec-headers: {X-A: \"a\\nb\"}\npaths:\n",
                        "/x-handspec-headers/X-A",
                        "one line"),
                Arguments.of(
                        "session without its values",
                        THING,
                        THING,
                        "/components/securitySchemes/s/x-handspec-auth",
                        "bodyField"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void badValuesArePlacedProblems(String name, String find, String replace, String pointer, String word)
            throws Exception {
        String spec = GOOD.replace(find, replace);
        if (name.startsWith("session")) {
            spec = GOOD
                    + "  securitySchemes:\n    s: {type: apiKey, in: header, name: X-S, x-handspec-auth: session}\n";
        }
        if (name.contains("cycle")) {
            spec = spec.replace("#/components/schemas/Thing'", "#/components/schemas/S'");
        }
        GenerationException e = failWith(spec);
        SpecProblem p = e.problems().stream()
                .filter(x -> x.pointer().equals(pointer))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + pointer + " in " + e.getMessage()));
        assertTrue(p.message().contains(word), p.message());
        assertTrue(p.line() > 1, "placed at its line: " + p);
        assertTrue(p.column() > 0, "placed at its column: " + p);
    }

    @Test
    void refCyclesWithoutAnObjectAreProblemsNotStackOverflows() throws Exception {
        String[] cycles = {
            "    S: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/S'}\n",
            "    S: {type: array, items: {$ref: '#/components/schemas/S'}}\n",
            "    S: {type: object, additionalProperties: {$ref: '#/components/schemas/S'}}\n",
            "    S: {oneOf: [{$ref: '#/components/schemas/S'}]}\n"
        };
        for (String cycle : cycles) {
            GenerationException e = failWith(GOOD.replace("#/components/schemas/Thing'", "#/components/schemas/S'")
                    .replace(THING, cycle + THING));
            assertTrue(
                    e.problems().stream()
                            .anyMatch(p -> p.pointer().startsWith("/components/schemas/")
                                    && p.message().contains("refers to itself")
                                    && p.line() > 0),
                    cycle + e.getMessage());
        }
    }

    @Test
    void recursiveObjectsStillGenerate() throws Exception {
        Path file = dir.resolve("tree.yaml");
        Files.writeString(
                file,
                GOOD.replace(
                        NAME,
                        NAME + "        children: {type: array, items: {$ref: '#/components/schemas/Thing'}}\n"
                                + "        parent: {$ref: '#/components/schemas/Thing'}\n"));
        Generator.generate(new GenerateRequest(file.toString(), dir.resolve("tree"), "com.example", null, Map.of()));
        String thing = Files.readString(dir.resolve("tree/com/example/model/Thing.java"));
        assertTrue(thing.contains("List<Thing> children()"), thing);
        assertTrue(thing.contains("Thing parent()"), thing);
    }

    @Test
    void unreadableFilesSayWhatIsWrong() throws Exception {
        String[][] cases = {{"utf16", "UTF-16"}, {"binary", "binary"}, {"latin1", "not valid UTF-8"}};
        for (String[] c : cases) {
            byte[] bytes =
                    switch (c[0]) {
                        case "utf16" -> GOOD.getBytes(java.nio.charset.StandardCharsets.UTF_16);
                        case "binary" -> new byte[] {'P', 'K', 3, 4, 0, 0, 1};
                        default -> GOOD.replace("Good", "G\u00e9od")
                                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                    };
            Path file = dir.resolve(c[0] + ".yaml");
            Files.write(file, bytes);
            GenerationException e = assertThrows(
                    GenerationException.class,
                    () -> Generator.generate(
                            new GenerateRequest(file.toString(), dir.resolve("o"), "com.example", null, Map.of())));
            assertTrue(e.getMessage().contains(c[1]) && !e.getMessage().contains("Input length"), e.getMessage());
        }
        Path latin1 = dir.resolve("latin1.yaml");
        SpecProblem p = assertThrows(
                        GenerationException.class,
                        () -> Generator.generate(new GenerateRequest(
                                latin1.toString(), dir.resolve("o"), "com.example", null, Map.of())))
                .problems()
                .get(0);
        assertEquals(2, p.line(), p.toString());
        assertEquals(16, p.column(), p.toString());
    }

    @Test
    void swagger2IsRejectedClearly() throws Exception {
        GenerationException e = failWith("swagger: \"2.0\"\ninfo: {title: Good, version: \"1\"}\npaths: {}\n");
        SpecProblem p = e.problems().get(0);
        assertEquals("/swagger", p.pointer());
        assertEquals(1, p.line());
        assertTrue(p.message().contains("Swagger 2.0") && p.message().contains("Convert"), p.message());
    }

    @Test
    void openApi31ConstAndTypeListsAreMapped() throws Exception {
        Path file = dir.resolve("v31.yaml");
        Files.writeString(
                file,
                GOOD.replace("3.0.3", "3.1.0")
                        .replace(
                                NAME,
                                NAME
                                        + "        kind: {const: thing}\n        count: {const: 7}\n        id: {type: [integer, string]}\n"));
        Generator.generate(new GenerateRequest(file.toString(), dir.resolve("v31"), "com.example", null, Map.of()));
        String thing = Files.readString(dir.resolve("v31/com/example/model/Thing.java"));
        assertTrue(thing.contains("Kind THING = KNOWN.add(new Kind(\"thing\""), thing);
        assertTrue(thing.contains("Count _7 = KNOWN.add(new Count(7"), thing);
        assertTrue(thing.contains("interface Id") && thing.contains("OfInteger") && thing.contains("OfString"), thing);
    }

    @Test
    void theCliExitsWithOneAndPrintsThePlacedProblem() throws Exception {
        Path file = dir.resolve("cli.yaml");
        Files.writeString(file, GOOD.replace(ROOT, "x-handspec-retry: {maxAttempts: 0}\n" + ROOT));
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = io.handspec.generator.cli.Main.run(
                new String[] {
                    "--spec", file.toString(), "--output", dir.resolve("cli").toString(), "--package", "com.example"
                },
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(1, status);
        assertTrue(
                err.toString(java.nio.charset.StandardCharsets.UTF_8).contains(file + ":3:"),
                err.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(Files.notExists(dir.resolve("cli")), "nothing written");
    }
}
