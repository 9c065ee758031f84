package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specs at the edges of what Java accepts still give code that compiles: huge enums, enum values
 * longer than a class file's string constant, names longer than a file name, deep inline nesting.
 */
class SizeLimitsTest {
    @TempDir
    Path dir;

    @Test
    void largeEnumsLongValuesLongNamesAndDeepNestingCompile() throws Exception {
        String longValue = "x".repeat(100_000);
        // 15,000 emoji: 60,000 bytes of UTF-8 but 90,000 in a class file's modified UTF-8
        String emoji = "\uD83D\uDE00".repeat(15_000);
        String longName = "S" + "very".repeat(65);
        String values1000 =
                IntStream.range(0, 1000).mapToObj(i -> "\"v" + i + "\"").collect(Collectors.joining(", "));
        String values1500 =
                IntStream.range(0, 1500).mapToObj(i -> "\"w" + i + "\"").collect(Collectors.joining(", "));
        StringBuilder deep = new StringBuilder("{type: object, properties: {leaf: {type: string}}}");
        for (int i = 0; i < 20; i++) { // the YAML reader allows 50 levels of flow nesting
            deep = new StringBuilder("{type: object, properties: {level" + i + ": " + deep + "}}");
        }
        Path spec = dir.resolve("limits.yaml");
        Files.writeString(
                spec,
                """
                openapi: 3.0.3
                info: {title: Limits, version: "1"}
                paths:
                  /x:
                    get:
                      operationId: getX
                      responses:
                        "200":
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Holder'}
                components:
                  schemas:
                    Holder:
                      type: object
                      properties:
                        big: {$ref: '#/components/schemas/Big'}
                        huge: {$ref: '#/components/schemas/Huge'}
                        deep: %s
                        named: {$ref: '#/components/schemas/%s'}
                        emoji: {$ref: '#/components/schemas/Emoji'}
                        signed: {$ref: '#/components/schemas/Signed'}
                    Big:
                      type: string
                      enum: [%s, "%s"]
                    Huge:
                      type: string
                      enum: [%s]
                    Emoji:
                      type: string
                      enum: ["%s"]
                    Signed:
                      type: integer
                      enum: [1, -1, 12]
                    %s:
                      type: object
                      properties:
                        %s: {type: string}
                """
                        .formatted(
                                deep,
                                longName,
                                values1000.substring(0, values1000.lastIndexOf(',')),
                                longValue,
                                values1500,
                                emoji,
                                longName,
                                longName),
                StandardCharsets.UTF_8);
        Path out = dir.resolve("src");
        GenerateResult result =
                Generator.generate(new GenerateRequest(spec.toString(), out, "com.example.limits", null, Map.of()));
        assertTrue(
                result.warnings().stream().anyMatch(w -> w.message().contains("enum Huge has 1500 values")),
                result.warnings().toString());
        TestCompiler.Result compiled = TestCompiler.compile(out, dir.resolve("classes"));
        assertEquals(List.of(), compiled.diagnostics());
        assertTrue(compiled.success());
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                int bytes = p.getFileName().toString().getBytes(StandardCharsets.UTF_8).length;
                assertTrue(bytes <= 120, "file name of " + bytes + " bytes: " + p);
            }
        }
        Class<?> signed = compiled.loader().loadClass("com.example.limits.model.Signed");
        assertEquals(
                -1, signed.getMethod("value").invoke(signed.getField("MINUS_1").get(null)));
        assertEquals(12, signed.getMethod("value").invoke(signed.getField("_12").get(null)));
        Class<?> emojiEnum = compiled.loader().loadClass("com.example.limits.model.Emoji");
        assertEquals(
                true,
                emojiEnum
                        .getMethod("isKnown")
                        .invoke(emojiEnum.getMethod("of", String.class).invoke(null, emoji)));
        Class<?> big = compiled.loader().loadClass("com.example.limits.model.Big");
        Object of = big.getMethod("of", String.class).invoke(null, longValue);
        assertEquals(true, big.getMethod("isKnown").invoke(of));
        assertEquals(longValue, big.getMethod("value").invoke(of));
    }

    @Test
    void aNameTooLongForAStringConstantIsRefusedClearly() throws Exception {
        // JSON: YAML's implicit keys stop at 1,024 characters
        Path spec = dir.resolve("long.json");
        Files.writeString(
                spec,
                """
                {"openapi": "3.0.3", "info": {"title": "Long", "version": "1"}, "paths": {},
                 "components": {"schemas": {"Holder": {"type": "object", "properties": {"%s": {"type": "string"}}}}}}
                """
                        .formatted("\u4e00".repeat(25_000)),
                StandardCharsets.UTF_8);
        GenerationException e = org.junit.jupiter.api.Assertions.assertThrows(
                GenerationException.class,
                () -> Generator.generate(new GenerateRequest(
                        spec.toString(), dir.resolve("out"), "com.example.longname", null, Map.of())));
        assertTrue(e.getMessage().contains("longer than a Java string constant"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("out").resolve("com")), "nothing written");
    }
}
