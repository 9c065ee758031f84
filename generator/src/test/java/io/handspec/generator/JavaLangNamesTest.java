package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A model named like a {@code java.lang} type ({@code Error}, {@code Object}, {@code Record}) would
 * hide that type in user code importing the model package: every public {@code java.lang} type of
 * the running JDK, as a schema name, gives a class of another name, a placed warning, and user code
 * with {@code import model.*;} that still means {@code java.lang} by the simple names.
 */
public class JavaLangNamesTest {
    @Test
    void noSchemaNamedLikeAJavaLangTypeHidesIt() throws Exception {
        Set<String> javaLang = publicJavaLangTypes();
        assertTrue(
                javaLang.containsAll(Set.of("Error", "Object", "String", "Record", "Module", "Thread")), "" + javaLang);
        StringBuilder yaml = new StringBuilder(specReturning("Error"))
                .append("    KaloError: {type: object, properties: {b: {type: string}}}\n");
        for (String name : javaLang) {
            yaml.append("    ").append(name).append(": {type: object, properties: {a: {type: string}}}\n");
        }
        Path dir = Files.createTempDirectory("handspec-lang");
        try {
            GenerateResult result = generate(yaml.toString(), dir, "com.example.lang");
            Path out = dir.resolve("src");
            Path models = out.resolve("com/example/lang/model");
            List<String> hiding = new ArrayList<>();
            try (Stream<Path> files = Files.list(models)) {
                files.map(p -> p.getFileName().toString().replace(".java", ""))
                        .filter(javaLang::contains)
                        .forEach(hiding::add);
            }
            assertEquals(List.of(), hiding);
            // the spec's own KaloError keeps its name; the renamed Error takes the next one
            assertTrue(Files.exists(models.resolve("KaloError.java")));
            assertTrue(Files.exists(models.resolve("KaloError2.java")));
            assertTrue(Files.exists(models.resolve("KaloObject.java")));
            assertTrue(
                    result.warnings().stream()
                            .anyMatch(w -> w.pointer().equals("/components/schemas/Error")
                                    && w.message().contains("KaloError2")
                                    && w.message().contains("java.lang.Error")),
                    () -> "" + result.warnings());
            assertEquals(
                    javaLang.size(),
                    result.warnings().stream()
                            .filter(w -> w.message().contains("would hide java.lang."))
                            .count());
            Files.writeString(
                    out.resolve("com/example/lang/User.java"),
                    """
                    package com.example.lang;

                    import com.example.lang.model.*;

                    final class User {
                        private User() {}

                        static String use(KaloError2 error, KaloObject object, KaloRecord record) throws Exception {
                            Object any = error;
                            Thread thread = Thread.currentThread();
                            Error fatal = new Error(String.valueOf(object) + record + thread);
                            Integer one = Integer.valueOf(1);
                            return any + fatal.getMessage() + one + new com.example.lang.api.AApi(null).getClass();
                        }
                    }
                    """);
            TestCompiler.Result compiled = TestCompiler.compile(out, dir.resolve("classes"));
            assertTrue(compiled.success(), () -> String.join("\n", compiled.diagnostics()));
            assertEquals(List.of(), compiled.diagnostics());
        } finally {
            GoldenFilesTest.deleteRecursively(dir);
        }
    }

    @Test
    void noInlineSchemaNamedLikeAJavaLangTypeHidesItAmongItsOwnersMembers() throws Exception {
        Set<String> javaLang = publicJavaLangTypes();
        StringBuilder yaml = new StringBuilder(specReturning("Holder"))
                .append("    Holder:\n      type: object\n      properties:\n");
        // a distinct shape each, so that none reuses another's class
        for (String name : javaLang) {
            yaml.append("        ")
                    .append(name)
                    .append(": {type: object, properties: {")
                    .append(name)
                    .append(": {type: string}}}\n");
        }
        yaml.append("        Level: {type: string, enum: [a, b]}\n");
        // one shape at properties named Override in two owners: a shared top-level class
        yaml.append(
                """
                    A: {type: object, properties: {Override: {type: object, properties: {x: {type: string}}}}}
                    B: {type: object, properties: {Override: {type: object, properties: {x: {type: string}}}}}
                """);
        Path dir = Files.createTempDirectory("handspec-lang");
        try {
            GenerateResult result = generate(yaml.toString(), dir, "com.example.lang");
            Path out = dir.resolve("src");
            assertTrue(
                    result.warnings().stream()
                            .anyMatch(w -> w.message().startsWith("inline schema '")
                                    && w.message()
                                            .contains("becomes class KaloOverride: Override would hide "
                                                    + "java.lang.Override")),
                    () -> "" + result.warnings());
            Files.writeString(
                    out.resolve("com/example/lang/User.java"),
                    """
                    package com.example.lang;

                    import com.example.lang.model.Holder.*;

                    final class User {
                        private User() {}

                        @Override
                        public String toString() {
                            Object any = Thread.currentThread();
                            Record none = null;
                            return String.valueOf(any) + none + Integer.valueOf(1) + Level.A;
                        }
                    }
                    """);
            TestCompiler.Result compiled = TestCompiler.compile(out, dir.resolve("classes"));
            assertTrue(compiled.success(), () -> String.join("\n", compiled.diagnostics()));
            List<String> hiding = new ArrayList<>();
            for (Class<?> nested : Class.forName("com.example.lang.model.Holder", false, compiled.loader())
                    .getDeclaredClasses()) {
                if (javaLang.contains(nested.getSimpleName())) {
                    hiding.add(nested.getSimpleName());
                }
            }
            assertEquals(List.of(), hiding);
        } finally {
            GoldenFilesTest.deleteRecursively(dir);
        }
    }

    /** The start of a spec whose one operation returns the schema {@code name}, up to its schemas. */
    static String specReturning(String name) {
        return """
                openapi: 3.0.3
                info: {title: Kalo, version: "1"}
                paths:
                  /a:
                    get:
                      operationId: getA
                      tags: [a]
                      responses:
                        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/%s'}}}}
                components:
                  schemas:
                """
                .formatted(name);
    }

    /** Writes {@code yaml} to {@code dir} and generates it into {@code dir/src}, package {@code pkg}. */
    static GenerateResult generate(String yaml, Path dir, String pkg) throws Exception {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, yaml, StandardCharsets.UTF_8);
        return Generator.generate(new GenerateRequest(spec.toString(), dir.resolve("src"), pkg, null, Map.of()));
    }

    /** The public top-level types of {@code java.lang} in the running JDK, read from its module image. */
    public static Set<String> publicJavaLangTypes() throws IOException, ClassNotFoundException {
        Set<String> out = new TreeSet<>();
        Path lang = FileSystems.getFileSystem(URI.create("jrt:/")).getPath("/modules/java.base/java/lang");
        List<Path> classes;
        try (Stream<Path> files = Files.list(lang)) {
            classes = files.toList();
        }
        for (Path p : classes) {
            String file = p.getFileName().toString();
            if (!file.endsWith(".class") || file.contains("$") || file.equals("package-info.class")) {
                continue;
            }
            String name = file.substring(0, file.length() - ".class".length());
            if (Modifier.isPublic(
                    Class.forName("java.lang." + name, false, null).getModifiers())) {
                out.add(name);
            }
        }
        return out;
    }
}
