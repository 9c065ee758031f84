package io.handspec.samples.docschange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handspec.samples.docschange.client.model.App;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    void aRenamedFieldIsReportedAsBreakingAndBreaksTheBuildExactlyWhereTheUserCodeUsedIt(@TempDir Path scratch)
            throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        DocsChangeLoop.Result result =
                DocsChangeLoop.run(Path.of("."), scratch, new PrintStream(printed, true, StandardCharsets.UTF_8));
        String log = printed.toString(StandardCharsets.UTF_8);
        assertEquals(List.of(), result.firstBuild());
        assertTrue(log.contains("   - - device_type: iPhone or iPad.\n"), log);

        // the removal is placed where App's properties now start (a YAML mapping starts at its first key)
        Path spec = scratch.resolve("catalogue.yaml");
        List<String> specLines = Files.readAllLines(spec);
        int app = specLines.indexOf("    App:");
        int properties = specLines.subList(app, specLines.size()).indexOf("      properties:") + app + 2;
        assertNotNull(result.refused(), "failOnBreaking refuses the edit");
        assertEquals(
                List.of(spec + ":" + properties
                        + ": breaking: property App.deviceType() removed (code that reads or sets it no longer compiles)"
                        + " (at /components/schemas/App/properties/device_type)"),
                result.refused().problems().stream().map(Object::toString).toList());

        assertEquals(
                List.of(
                        "BREAKING PROPERTY_REMOVED property App.deviceType() removed",
                        "COMPATIBLE PROPERTY_ADDED property App.platform() added as optional String"),
                result.changes().stream()
                        .map(c -> (c.breaking() ? "BREAKING " : "COMPATIBLE ") + c.kind() + " " + c.java())
                        .toList());
        assertEquals(2, result.written(), "the model and the version in the facade");
        assertTrue(Files.readString(result.report()).contains("| property App.deviceType() removed |"));
        assertTrue(log.contains("spec changes: 1 breaking, 1 compatible"), log);

        assertEquals(1, result.secondBuild().size(), result.secondBuild().toString());
        DocsChangeLoop.CompileError error = result.secondBuild().get(0);
        assertEquals("AppCatalogue.java", error.file());
        List<String> source =
                Files.readAllLines(Path.of("src/main/java/io/handspec/samples/docschange/AppCatalogue.java"));
        long usage = source.indexOf(source.stream()
                        .filter(l -> l.contains("app.deviceType()"))
                        .findFirst()
                        .orElseThrow())
                + 1;
        assertEquals(usage, error.line(), "the line that calls deviceType()");
        assertTrue(error.message().contains("deviceType()"), error.message());
        assertTrue(log.contains("AppCatalogue.java:" + usage + ": cannot find symbol"), log);
    }
}
