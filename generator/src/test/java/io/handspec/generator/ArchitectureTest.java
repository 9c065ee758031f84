package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Parser and OpenAPI Generator types stay inside the spec package; the front doors use only the API package. */
class ArchitectureTest {
    /**
     * The CLI, like the Maven plugin (checked by its own PluginArchitectureTest), fills a
     * {@link GenerationJob} and reads its result: it may name no generator subpackage.
     */
    @Test
    void theCliUsesOnlyTheApiPackage() throws Exception {
        Path cli = Path.of("src/main/java/io/handspec/generator/cli");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(cli)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(p)) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                                    "io\\.handspec\\.generator\\.(?!cli\\b)[a-z]\\w*")
                            .matcher(line);
                    if (m.find()) {
                        offenders.add(p.getFileName() + ": " + line.strip());
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

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

    /**
     * Only the CLI's {@code main}, which owns its JVM and ends it, switches on collecting after a parse
     * (see HeapPolicyTest) and compiling with C1 only (JitPolicyTest): no code that shares a JVM, the
     * Maven plugin's included, may.
     */
    @Test
    void onlyTheCliMainOwnsTheJvm() throws Exception {
        List<String> callers = new ArrayList<>();
        for (Path main : List.of(Path.of("src/main/java"), Path.of("../maven-plugin/src/main/java"))) {
            try (Stream<Path> walk = Files.walk(main)) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                    if (Files.readString(p).contains("ownJvm()") && !p.endsWith("HeapPolicy.java")) {
                        callers.add(p.getFileName().toString());
                    }
                }
            }
        }
        assertEquals(List.of("Main.java"), callers);
        String cli = Files.readString(Path.of("src/main/java/io/handspec/generator/cli/Main.java"));
        String main = cli.substring(cli.indexOf("public static void main("), cli.indexOf("public static int run("));
        assertEquals(cli.indexOf("ownJvm()"), cli.lastIndexOf("ownJvm()"), "called once");
        assertEquals(true, main.contains("ownJvm()") && main.contains("System.exit("), main);
        // the JIT policy (C1 only) is the CLI's too: package-private to it, and applied in main alone
        assertEquals(cli.indexOf("JitPolicy.start()"), cli.lastIndexOf("JitPolicy.start()"), "started once");
        assertEquals(true, main.contains("JitPolicy.start()"), main);
    }
}
