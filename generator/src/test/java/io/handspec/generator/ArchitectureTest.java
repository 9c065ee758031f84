package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Parser and OpenAPI Generator types stay inside the spec package. */
class ArchitectureTest {
    @Test
    void parserTypesDoNotLeaveTheSpecPackage() throws Exception {
        Path main = Path.of("src/main/java");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(main)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                String rel = main.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith("io/handspec/generator/spec/")) {
                    continue;
                }
                for (String line : Files.readAllLines(p)) {
                    if (line.matches("\\s*import\\s+(static\\s+)?(io\\.swagger|org\\.openapitools|org\\.yaml)\\..*")) {
                        offenders.add(rel + ": " + line.strip());
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }
}
