package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad spec gives one error naming file, line, column, pointer and fix, and leaves the previous output untouched. */
class BadSpecTest {
    @TempDir
    Path dir;

    private static final String GOOD = """
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
        GenerationException e = assertThrows(GenerationException.class,
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
        SpecProblem p = e.problems().stream().filter(x -> x.pointer().endsWith("/description")).findFirst().orElseThrow();
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
        GenerationException e = failWith(GOOD.replace("operationId: listThings",
                "operationId: listThings\n      x-handspec-pagination: {style: sideways}"));
        SpecProblem p = e.problems().get(0);
        assertEquals("/paths/~1things/get/x-handspec-pagination/style", p.pointer());
        assertTrue(p.message().contains("offset, page or header-cursor"), p.message());
    }

    @Test
    void badRetryRulesAreReportedNotThrown() throws Exception {
        GenerationException e = failWith(GOOD.replace("paths:\n", "x-handspec-retry:\n  never: [four-hundred]\n  minimumDelayMs: {soon: 5}\npaths:\n"));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).pointer().startsWith("/x-handspec-retry/"), e.getMessage());
    }

    @Test
    void aComponentNameThatIsAPathIsRefused() throws Exception {
        GenerationException e = failWith(GOOD.replace("    Thing:\n", "    \"../../Thing\":\n")
                .replace("#/components/schemas/Thing'", "#/components/schemas/..~1..~1Thing'"));
        assertTrue(e.problems().stream().anyMatch(p -> p.pointer().equals("/components/schemas/..~1..~1Thing")), e.getMessage());
    }

    @Test
    void missingFileAndBadPackageAreClear() {
        GenerationException missing = assertThrows(GenerationException.class, () -> Generator.generate(
                new GenerateRequest(dir.resolve("nope.yaml").toString(), dir.resolve("o"), "com.example", null, Map.of())));
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
        GenerationException pkg = assertThrows(GenerationException.class, () -> Generator.generate(
                new GenerateRequest("x.yaml", dir.resolve("o"), "com.class", null, new GenerationOptions("not a name"))));
        assertEquals(2, pkg.problems().size(), pkg.getMessage());
        assertTrue(pkg.getMessage().contains("clientName 'not a name' is not a Java class name"), pkg.getMessage());
        GenerationException option = assertThrows(GenerationException.class,
                () -> GenerationOptions.parse(Map.of("colour", "red")));
        assertTrue(option.getMessage().contains("unknown option 'colour'"), option.getMessage());
    }

    @Test
    void problemsPrintLikeCompilerMessages() {
        assertEquals("a.yaml:3:5: bad (at /x)", new SpecProblem("a.yaml", 3, 5, "/x", "bad").toString());
        assertEquals(List.of(), new GenerationException("m", List.of()).problems());
    }
}
