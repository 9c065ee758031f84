package io.handspec.generator.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handspec.generator.GenerateRequest;
import io.handspec.generator.GenerationException;
import io.handspec.generator.Generator;
import io.handspec.generator.render.TemplateRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code t} map: a file imports what its rendering reads, and a template cannot spell a type around it. */
class TypeNamesTest {
    private static final Pattern T_READ = Pattern.compile("\\{\\{t\\.(\\w+)}}");

    @Test
    void aTypeIsImportedOnlyOnceARenderingReadsIt() {
        TypeNames t = new TypeNames(new ImportCollector("com.example", Set.of()));
        assertEquals(List.of(), t.imports());
        assertEquals("Objects", t.get("Objects").toString());
        assertEquals("String", t.get("String").toString());
        assertEquals(List.of(Code.type("java.util.Objects")), t.imports(), "java.lang needs no import");
    }

    @Test
    void aTypeShadowedInTheFileIsWrittenInFull() {
        TypeNames t = new TypeNames(new ImportCollector("com.example", Set.of("Objects", "String")));
        assertEquals("java.util.Objects", t.get("Objects").toString());
        assertEquals("java.lang.String", t.get("String").toString());
        assertEquals(List.of(), t.imports());
    }

    @Test
    void readingATypeTheViewDoesNotKnowFails() {
        TypeNames t = new TypeNames(new ImportCollector("com.example", Set.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.get("Stream"));
        assertTrue(e.getMessage().contains("t.Stream"), e.getMessage());
    }

    @Test
    void aTemplateThatReadsAnUnknownTypeFailsToRender(@TempDir Path dir) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("client.mustache"), "class {{className}} { {{t.Stream}} s; }\n");
        Path spec = Files.writeString(
                dir.resolve("spec.yaml"), "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n");
        GenerationException e = assertThrows(
                GenerationException.class,
                () -> Generator.render(
                        new GenerateRequest(spec.toString(), dir.resolve("out"), "com.example", templates, Map.of())));
        assertTrue(e.getMessage().contains("t.Stream"), e.getMessage());
    }

    @Test
    void templatesReadOnlyKnownTypesThroughT() throws Exception {
        for (String template : TemplateRenderer.templateNames()) {
            Matcher m = T_READ.matcher(TemplateSource.read(template));
            while (m.find()) {
                assertTrue(FrameworkTypes.named(m.group(1)) != null, template + " reads t." + m.group(1));
            }
        }
    }

    @Test
    void templatesSpellNoFrameworkTypeAroundT() throws Exception {
        List<String> bare = new ArrayList<>();
        for (String template : TemplateRenderer.templateNames()) {
            for (String token : TemplateSource.literalIdentifiers(TemplateSource.read(template))) {
                if (FrameworkTypes.named(token) != null) {
                    bare.add(template + ": " + token);
                }
            }
        }
        assertEquals(List.of(), bare, "framework types written in template text are never imported; use {{t.Name}}");
    }
}
