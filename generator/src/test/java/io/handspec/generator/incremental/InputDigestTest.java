package io.handspec.generator.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the up-to-date digest covers besides spec files: referenced classpath resources and the generator's own code. */
class InputDigestTest {
    @TempDir
    Path dir;

    @Test
    void aResourceAClasspathSpecReferencesChangesTheDigest() throws Exception {
        Path specs = Files.createDirectories(dir.resolve("api/parts"));
        Files.writeString(
                dir.resolve("api/main.yaml"),
                "components:\n  schemas:\n    Thing:\n      $ref: 'parts/models.yaml#/Thing'\n"
                        + "    Other: {\"$ref\": \"parts/../parts/more.yaml#/Other\"}\n");
        Files.writeString(specs.resolve("models.yaml"), "Thing:\n  $ref: more.yaml#/Other\n");
        Files.writeString(specs.resolve("more.yaml"), "Other: {type: string}\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            String first = ClasspathSpec.digest("api/main.yaml", loader);
            assertEquals(first, ClasspathSpec.digest("/api/main.yaml", loader));
            Files.writeString(specs.resolve("more.yaml"), "Other: {type: integer}\n");
            String second = ClasspathSpec.digest("api/main.yaml", loader);
            assertNotEquals(first, second, "a resource referenced through another one");
            Files.writeString(specs.resolve("models.yaml"), "Thing: {type: boolean}\n");
            assertNotEquals(second, ClasspathSpec.digest("api/main.yaml", loader), "a directly referenced resource");
        }
    }

    @Test
    void theGeneratorsOwnCodeIsPartOfTheDigest() throws Exception {
        assertNotEquals("unknown", GeneratorCode.digest(), "the generator's classes were found");
        Path classes = Files.createDirectories(dir.resolve("classes/io/x"));
        Files.write(classes.resolve("A.class"), new byte[] {1, 2});
        String before = GeneratorCode.of(dir.resolve("classes"));
        Files.write(classes.resolve("A.class"), new byte[] {1, 3});
        assertNotEquals(before, GeneratorCode.of(dir.resolve("classes")));
        Path jar = Files.write(dir.resolve("g.jar"), new byte[] {4});
        String jarDigest = GeneratorCode.of(jar);
        Files.write(jar, new byte[] {5});
        assertNotEquals(jarDigest, GeneratorCode.of(jar));
    }

    @Test
    void aJarIsDigestedByItsEntriesSoAnyChangedEntryChangesIt() throws Exception {
        Path jar = dir.resolve("generator.jar");
        jar(jar, Map.of("io/x/A.class", "one", "templates/t.mustache", "{{a}}"));
        String first = GeneratorCode.of(jar);
        jar(jar, Map.of("io/x/A.class", "one", "templates/t.mustache", "{{a}}"));
        assertEquals(first, GeneratorCode.of(jar), "the same entries, written again");
        jar(jar, Map.of("io/x/A.class", "one", "templates/t.mustache", "{{b}}"));
        String second = GeneratorCode.of(jar);
        assertNotEquals(first, second, "an entry's content of the same length");
        jar(jar, Map.of("io/x/B.class", "one", "templates/t.mustache", "{{b}}"));
        assertNotEquals(second, GeneratorCode.of(jar), "an entry renamed");
    }

    private static void jar(Path file, Map<String, String> entries) throws Exception {
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }
}
