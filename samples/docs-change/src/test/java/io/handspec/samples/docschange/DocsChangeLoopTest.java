package io.handspec.samples.docschange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handspec.samples.docschange.client.model.App;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsChangeLoopTest {
    @Test
    void theUserCodeWorksWithTheClientOfTheCurrentSpec() {
        List<App> apps = List.of(
                App.builder().name("A").deviceType("iPhone").build(),
                App.builder().name("B").deviceType("iPad").build(),
                App.builder().name("C").deviceType("iPhone").build());
        assertEquals(Map.of("iPad", 1, "iPhone", 2), AppCatalogue.byDevice(apps));
    }

    @Test
    void aRenamedFieldBreaksTheBuildExactlyWhereTheUserCodeUsedIt(@TempDir Path scratch) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        DocsChangeLoop.Result result =
                DocsChangeLoop.run(Path.of("."), scratch, new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertEquals(List.of(), result.firstBuild());
        assertEquals(
                List.of("App.java", "CatalogueClient.java"),
                result.changed().stream()
                        .map(p -> p.getFileName().toString())
                        .sorted()
                        .toList(),
                "the model and the version in the facade");
        assertEquals(1, result.secondBuild().size(), result.secondBuild().toString());
        DocsChangeLoop.CompileError error = result.secondBuild().get(0);
        assertEquals("AppCatalogue.java", error.file());
        List<String> source = java.nio.file.Files.readAllLines(
                Path.of("src/main/java/io/handspec/samples/docschange/AppCatalogue.java"));
        long usage = source.indexOf(source.stream()
                        .filter(l -> l.contains("app.deviceType()"))
                        .findFirst()
                        .orElseThrow())
                + 1;
        assertEquals(usage, error.line(), "the line that calls deviceType()");
        assertTrue(error.message().contains("deviceType()"), error.message());
        assertTrue(
                printed.toString(StandardCharsets.UTF_8)
                        .contains("AppCatalogue.java:" + usage + ": cannot find symbol"),
                printed.toString());
    }
}
