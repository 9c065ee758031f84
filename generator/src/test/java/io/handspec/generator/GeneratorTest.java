package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handspec.generator.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {
    static final Path BASICS = GoldenFilesTest.GOLDENS.resolve("basics/spec.yaml");
    static final Path HOSTILE = GoldenFilesTest.GOLDENS.resolve("hostile/spec.yaml");

    @TempDir
    Path dir;

    @Test
    void theCliTwiceGivesByteIdenticalOutputAndRewritesNothing() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, cli("--spec", BASICS.toString(), "--output", a.toString(), "--package", "com.example.pets"));
        assertEquals(0, cli("--spec", BASICS.toString(), "--output", b.toString(), "--package", "com.example.pets"));
        Map<String, byte[]> first = snapshot(a);
        Map<String, byte[]> second = snapshot(b);
        assertEquals(first.keySet(), second.keySet());
        first.forEach((k, v) -> assertArrayEquals(v, second.get(k), k));
        GenerateResult again =
                Generator.generate(new GenerateRequest(BASICS.toString(), a, "com.example.pets", null, Map.of()));
        assertEquals(0, again.written().size());
        assertTrue(again.files().size() >= 8);
    }

    @Test
    void outputIsLfUtf8WithoutTimestamps() throws Exception {
        Path out = dir.resolve("o");
        Generator.generate(new GenerateRequest(BASICS.toString(), out, "com.example.pets", null, Map.of()));
        for (byte[] content : snapshot(out).values()) {
            String text = new String(content, StandardCharsets.UTF_8);
            assertFalse(text.contains("\r"));
            assertFalse(text.matches("(?s).*20\\d\\d-\\d\\d-\\d\\dT.*"), "no timestamps");
            assertTrue(text.contains("@Generated(\"io.handspec.generator ")
                    || text.startsWith(".handspec")
                    || !text.contains("class"));
        }
    }

    @Test
    void hostileSpecInjectsNothingAndStaysInsideTheOutputFolder() throws Exception {
        Path out = dir.resolve("nested/out");
        Generator.generate(new GenerateRequest(HOSTILE.toString(), out, "com.example.hostile", null, Map.of()));
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isRegularFile)
                    .forEach(p -> assertTrue(p.startsWith(out), "outside the output folder: " + p));
        }
        for (Map.Entry<String, byte[]> e : snapshot(out).entrySet()) {
            String text = new String(e.getValue(), StandardCharsets.UTF_8);
            assertFalse(
                    text.contains("\\u000a") || text.contains("\\u000d"),
                    e.getKey() + " carries a unicode escape javac would execute");
            for (String raw : text.split("\n")) {
                String line = raw.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
                if (line.contains("*/")) {
                    assertTrue(
                            line.strip().equals("*/")
                                    || line.strip().endsWith("*/")
                                            && line.strip().startsWith("/**"),
                            e.getKey() + ": a comment ends early: " + line);
                }
            }
            assertFalse(text.contains("System.exit(1); //\""), "version string stays inside a literal");
        }
    }

    @Test
    void userTemplatesShadowBuiltInOnesFileByFile() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(
                templates.resolve("file.mustache"),
                "// custom header\npackage {{packageName}};\n\n{{#imports}}\nimport {{.}};\n{{/imports}}\n\n{{body}}\n");
        Path out = dir.resolve("o");
        Generator.generate(new GenerateRequest(BASICS.toString(), out, "com.example.pets", templates, Map.of()));
        assertTrue(
                Files.readString(out.resolve("com/example/pets/model/Pet.java")).startsWith("// custom header"));
        assertTrue(
                Files.readString(out.resolve("com/example/pets/api/PetsApi.java"))
                        .startsWith("// custom header"),
                "file.mustache frames every file");
        assertTrue(
                Files.readString(out.resolve("com/example/pets/model/Pet.java"))
                        .contains("public static Builder builder()"),
                "the templates not in the folder are the built-in ones");
    }

    @Test
    void aTemplateReadingAMissingVariableFailsAndWritesNothing() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("enum.mustache"), "{{noSuchField}}");
        Path out = dir.resolve("o");
        GenerationException e = org.junit.jupiter.api.Assertions.assertThrows(
                GenerationException.class,
                () -> Generator.generate(
                        new GenerateRequest(BASICS.toString(), out, "com.example.pets", templates, Map.of())));
        assertTrue(e.getMessage().contains("noSuchField"), e.getMessage());
        assertTrue(e.getMessage().contains("enum.mustache"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void cliHelpAndUsageErrors() {
        assertEquals(0, cli("--help"));
        assertEquals(2, cli("--spec"));
        assertEquals(2, cli("--bogus", "x"));
        assertEquals(2, cli("--spec", "x.yaml"));
        assertEquals(
                1,
                cli("--spec", dir.resolve("missing.yaml").toString(), "--output", dir.toString(), "--package", "a.b"));
    }

    @Test
    void aDiscriminatorMayMapToAVariantThatIsAnArraySchema() throws Exception {
        // GitHub's content endpoint maps "array" to content-directory, an array schema listed in oneOf
        Path spec = dir.resolve("array-variant.yaml");
        Files.writeString(
                spec,
                String.join(
                        "\n",
                        "openapi: 3.0.3",
                        "info: {title: T, version: '1'}",
                        "paths:",
                        "  /c:",
                        "    get:",
                        "      operationId: getContent",
                        "      responses:",
                        "        '200':",
                        "          description: ok",
                        "          content:",
                        "            application/json:",
                        "              schema: {$ref: '#/components/schemas/Content'}",
                        "components:",
                        "  schemas:",
                        "    Content:",
                        "      oneOf: [{$ref: '#/components/schemas/Dir'}, {$ref: '#/components/schemas/File'}]",
                        "      discriminator:",
                        "        propertyName: type",
                        "        mapping: {array: '#/components/schemas/Dir', file: '#/components/schemas/File'}",
                        "    Dir: {type: array, items: {$ref: '#/components/schemas/File'}}",
                        "    File: {type: object, properties: {type: {type: string}, name: {type: string}}}",
                        ""));
        Generator.Rendered rendered = Generator.render(
                new GenerateRequest(spec.toString(), dir.resolve("out"), "com.example.c", null, Map.of()));
        assertTrue(rendered.files().keySet().stream().anyMatch(k -> k.endsWith("Content.java")));
    }

    @Test
    void aTypeThatIsAVariantOfManyNestedUnionsListsThemInTheSameOrderEveryRun() throws Exception {
        // the order must not follow identity hash codes, which differ from run to run
        StringBuilder schemas = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            schemas.append("    Owner")
                    .append(i)
                    .append(":\n      type: object\n      properties:\n        account:\n          oneOf: ")
                    .append("[{$ref: '#/components/schemas/Enterprise'}, {$ref: '#/components/schemas/User'}]\n");
        }
        Path spec = dir.resolve("unions.yaml");
        Files.writeString(
                spec,
                "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
                        + schemas
                        + "    Enterprise: {type: object, properties: {slug: {type: string}}}\n"
                        + "    User: {type: object, properties: {login: {type: string}}}\n");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int run = 0; run < 6; run++) {
            // objects made in between shift the identity hash codes of the next run's objects
            for (int i = 0; i < 1000 * run; i++) {
                System.identityHashCode(new Object());
            }
            Generator.Rendered rendered = Generator.render(
                    new GenerateRequest(spec.toString(), dir.resolve("out"), "com.example.u", null, Map.of()));
            seen.add(new String(rendered.files().get("com/example/u/model/Enterprise.java"), StandardCharsets.UTF_8));
        }
        assertEquals(1, seen.size(), "Enterprise.java differs between runs:\n" + String.join("\n----\n", seen));
    }

    private static int cli(String... args) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(sink, true, StandardCharsets.UTF_8);
        return Main.run(args, ps, ps);
    }

    static Map<String, byte[]> snapshot(Path root) throws Exception {
        Map<String, byte[]> out = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
