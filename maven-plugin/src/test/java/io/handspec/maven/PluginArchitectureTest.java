package io.handspec.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The plugin is a front door: it uses the generator's public API package only, never its internals. */
class PluginArchitectureTest {
    /** Any mention of a generator subpackage (such as the writer's), in an import or spelled out. */
    private static final Pattern INTERNAL = Pattern.compile("io\\.handspec\\.generator\\.([a-z][a-z0-9_]*)\\b");

    @Test
    void thePluginUsesOnlyTheGeneratorsApiPackage() throws Exception {
        List<String> offenders = new ArrayList<>();
        int files = 0;
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                    files++;
                    List<String> lines = Files.readAllLines(p);
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher m = INTERNAL.matcher(lines.get(i));
                        while (m.find()) {
                            offenders.add(p + ":" + (i + 1) + ": " + m.group());
                        }
                    }
                }
            }
        }
        assertTrue(files >= 3, "found the sources");
        assertEquals(List.of(), offenders, "use io.handspec.generator.GenerationJob and its companions instead");
    }
}
