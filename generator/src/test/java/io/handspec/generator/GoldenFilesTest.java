package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One folder per case under {@code src/test/resources/golden}: {@code spec.yaml}, {@code options.properties}
 * and {@code expected/}. The generated files must equal the expected ones exactly, and they must
 * compile with {@code -Xlint:all -Werror}. Run with {@code -Dhandspec.updateGoldens=true} to rewrite
 * {@code expected/} from the current output, then review the diff.
 */
class GoldenFilesTest {
    static final Path GOLDENS = Path.of(System.getProperty("handspec.goldens", "src/test/resources/golden"));

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(GOLDENS)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatedFilesMatchTheExpectedOnes(String name) throws Exception {
        Path dir = GOLDENS.resolve(name);
        Map<String, byte[]> actual = render(dir);
        Path expectedDir = dir.resolve("expected");
        if (Boolean.getBoolean("handspec.updateGoldens")) {
            deleteRecursively(expectedDir);
            for (Map.Entry<String, byte[]> e : actual.entrySet()) {
                Path target = expectedDir.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, e.getValue());
            }
        }
        Map<String, String> expected = read(expectedDir);
        List<String> problems = new ArrayList<>();
        for (String path : new TreeSet<>(union(expected.keySet(), actual.keySet()))) {
            String want = expected.get(path);
            String got = actual.containsKey(path) ? new String(actual.get(path), StandardCharsets.UTF_8) : null;
            if (want == null) {
                problems.add("unexpected file " + path);
            } else if (got == null) {
                problems.add("missing file " + path);
            } else if (!want.equals(got)) {
                problems.add("differs: " + path + "\n" + Diff.unified(want, got));
            }
        }
        if (!problems.isEmpty()) {
            fail("case " + name + " (regenerate with -Dhandspec.updateGoldens=true and review):\n"
                    + String.join("\n", problems));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatedFilesCompileWithoutWarnings(String name, @TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("src");
        Properties options = options(GOLDENS.resolve(name));
        Generator.generate(new GenerateRequest(
                GOLDENS.resolve(name).resolve("spec.yaml").toString(),
                out,
                options.getProperty("basePackage"),
                null,
                Map.of()));
        TestCompiler.Result result = TestCompiler.compile(out, tmp.resolve("classes"));
        assertTrue(result.success(), () -> String.join("\n", result.diagnostics()));
        assertEquals(List.of(), result.diagnostics());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyImportIsUsed(String name) throws Exception {
        List<String> unused = new ArrayList<>();
        for (Map.Entry<String, String> file :
                read(GOLDENS.resolve(name).resolve("expected")).entrySet()) {
            List<String> lines = file.getValue().lines().toList();
            String body = String.join(
                    "\n", lines.stream().filter(l -> !l.startsWith("import ")).toList());
            for (String line : lines) {
                if (line.startsWith("import ")) {
                    String simple = line.substring(line.lastIndexOf('.') + 1, line.length() - 1);
                    if (!Pattern.compile("(?<![\\w.])" + Pattern.quote(simple) + "\\b")
                            .matcher(body)
                            .find()) {
                        unused.add(file.getKey() + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), unused, "imports no line of the file uses");
    }

    static Map<String, byte[]> render(Path dir) throws Exception {
        Properties options = options(dir);
        return Generator.render(new GenerateRequest(
                        dir.resolve("spec.yaml").toString(),
                        Path.of("unused"),
                        options.getProperty("basePackage"),
                        null,
                        Map.of()))
                .files();
    }

    static Properties options(Path dir) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve("options.properties"))) {
            p.load(r);
        }
        return p;
    }

    private static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
