package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An inline schema written in two owners becomes one class named from what it is, the same whichever
 * owner is read first; one of a component's shape is that component.
 */
class SharedShapesTest {
    @ParameterizedTest(name = "the invoice owner named {0}")
    @ValueSource(strings = {"InvoiceRelationships", "ZInvoiceRelationships"})
    void aShapeSharedByTwoOwnersIsNamedFromWhatItIsWhateverTheOrder(String invoiceOwner) throws Exception {
        String yaml = Files.readString(GoldenFilesTest.GOLDENS.resolve("shared-shapes/spec.yaml"))
                .replace("    InvoiceRelationships:", "    " + invoiceOwner + ":")
                .replace("schemas/InvoiceRelationships'", "schemas/" + invoiceOwner + "'");
        Path dir = Files.createTempDirectory("handspec-shared");
        try {
            Path spec = dir.resolve("spec.yaml");
            Files.writeString(spec, yaml, StandardCharsets.UTF_8);
            Path out = dir.resolve("src");
            Generator.generate(new GenerateRequest(spec.toString(), out, "com.example.shared", null, Map.of()));
            Path models = out.resolve("com/example/shared/model");
            assertTrue(Files.exists(models.resolve("FreelancerRelationship.java")));
            String task = Files.readString(models.resolve("TaskRelationships.java"));
            String invoice = Files.readString(models.resolve(invoiceOwner + ".java"));
            assertTrue(task.contains("public FreelancerRelationship freelancer()"), task);
            assertTrue(invoice.contains("public FreelancerRelationship freelancer()"), invoice);
            assertFalse(task.contains("class Freelancer"), task);
            assertFalse(invoice.contains("class Freelancer"), invoice);
            // the inline workgroup has the shape of the component WorkgroupLink
            assertTrue(task.contains("public WorkgroupLink workgroup()"), task);
            TestCompiler.Result compiled = TestCompiler.compile(out, dir.resolve("classes"));
            assertTrue(compiled.success(), () -> String.join("\n", compiled.diagnostics()));
        } finally {
            GoldenFilesTest.deleteRecursively(dir);
        }
    }

    @org.junit.jupiter.api.Test
    void ownersSharingOnlyTheirFirstWordPutItInFrontOfTheProperty(@TempDir Path dir) throws Exception {
        String type = "{type: string, enum: [project]}";
        generate(
                dir,
                "    Project: {type: object, properties: {type: " + type + "}}\n"
                        + "    ProjectPatch: {type: object, properties: {type: " + type + "}}\n"
                        + "    ProjectCreate: {type: object, properties: {type: " + type + "}}\n");
        Path models = dir.resolve("src/com/example/p/model");
        assertTrue(Files.exists(models.resolve("ProjectType.java")));
        assertFalse(Files.exists(models.resolve("Type.java")));
        assertTrue(Files.readString(models.resolve("ProjectPatch.java")).contains("public ProjectType type()"));
    }

    /** Generates a spec without paths whose schemas are {@code schemas} into {@code dir/src}, package {@code com.example.p}. */
    private static GenerateResult generate(Path dir, String schemas) throws Exception {
        return JavaLangNamesTest.generate(
                "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n" + schemas,
                dir,
                "com.example.p");
    }

    /**
     * A class named {@code Link2} or {@code Pet2} says nothing of why: every numbered top-level
     * class comes with a warning that names its schema or places, what holds the name, and the fix.
     */
    @org.junit.jupiter.api.Test
    void aNumberedClassNameComesWithAWarningSayingWhyAndHowToChoose(@TempDir Path dir) throws Exception {
        String link = "{type: object, properties: {link: {type: object, properties: {href: {type: string}}}}}";
        GenerateResult result = generate(
                dir,
                "    Link: {type: object, properties: {rel: {type: integer}}}\n"
                        + "    Issue: " + link + "\n"
                        + "    Pull: " + link + "\n"
                        + "    Pet: {type: object, properties: {a: {type: string}}}\n"
                        + "    pet: {type: object, properties: {b: {type: string}}}\n");
        Path models = dir.resolve("src/com/example/p/model");
        assertTrue(Files.exists(models.resolve("Link2.java")));
        assertTrue(Files.readString(models.resolve("Issue.java")).contains("public Link2 link()"));
        assertTrue(
                result.warnings().stream()
                        .anyMatch(w -> w.pointer().isEmpty()
                                && w.message().contains("Issue.link, Pull.link")
                                && w.message().contains("becomes class Link2")
                                && w.message().contains("Link is the class of schema 'Link'")
                                && w.message().contains("Make it a component schema")),
                () -> "" + result.warnings());
        assertTrue(
                result.warnings().stream()
                        .anyMatch(w -> w.pointer().equals("/components/schemas/pet")
                                && w.message().contains("schema 'pet' becomes class Pet2")
                                && w.message().contains("schema 'Pet'")
                                && w.message().contains("Rename one of the schemas")),
                () -> "" + result.warnings());
        assertEquals(
                2,
                result.warnings().stream()
                        .filter(w -> w.message().contains("becomes class"))
                        .count(),
                () -> "" + result.warnings());
    }
}
