package io.handspec.generator;

import io.handspec.generator.render.TemplateRenderer;
import io.handspec.generator.spec.LoadedSpec;
import io.handspec.generator.spec.SpecLoader;
import io.handspec.generator.view.JavaNames;
import io.handspec.generator.view.SourceFile;
import io.handspec.generator.view.ViewBuilder;
import io.handspec.generator.write.OutputWriter;
import io.handspec.generator.write.WriteResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The one entry point: spec -> model -> views -> rendered sources -> output folder.
 *
 * <pre>{@code
 * GenerateResult result = Generator.generate(new GenerateRequest(
 *         "specs/kalo.yaml", Path.of("target/generated-sources/handspec"), "com.example.kalo", null, Map.of()));
 * }</pre>
 *
 * Everything is rendered in memory before the output folder is touched, so a bad spec or a broken
 * template leaves the previous output exactly as it was.
 */
public final class Generator {
    private Generator() {
    }

    /** This generator's version, as written into {@code @Generated}. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = Generator.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    public static GenerateResult generate(GenerateRequest request) throws GenerationException {
        List<SpecProblem> warnings = new ArrayList<>();
        Map<String, byte[]> files = render(request, warnings);
        try {
            WriteResult written = OutputWriter.write(request.outputDir(), files);
            List<Path> all = new ArrayList<>();
            files.keySet().forEach(k -> all.add(request.outputDir().toAbsolutePath().normalize().resolve(k)));
            return new GenerateResult(all, written.written(), written.deleted(), warnings);
        } catch (IOException | IllegalArgumentException e) {
            throw new GenerationException("cannot write into " + request.outputDir() + ": " + e.getMessage(), e);
        }
    }

    /** Renders every file of {@code request} in memory: relative path to UTF-8 bytes. Writes nothing. */
    public static Map<String, byte[]> render(GenerateRequest request, List<SpecProblem> warnings) throws GenerationException {
        check(request);
        LoadedSpec spec = SpecLoader.load(request.spec());
        warnings.addAll(spec.warnings());
        TemplateRenderer renderer = new TemplateRenderer(request.templatesDir());
        ViewBuilder views = new ViewBuilder(spec.model(), request.basePackage(), request.options().get("clientName"),
                version(), request.spec(), warnings);
        Map<String, byte[]> out = new TreeMap<>();
        try {
            for (SourceFile file : views.build()) {
                out.put(file.path(), renderer.render(file).getBytes(StandardCharsets.UTF_8));
            }
        } catch (RuntimeException e) {
            throw new GenerationException("rendering failed for " + request.spec() + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static void check(GenerateRequest request) throws GenerationException {
        List<SpecProblem> problems = new ArrayList<>();
        if (!JavaNames.isPackageName(request.basePackage())) {
            problems.add(new SpecProblem("(configuration)", 0, 0, "", "basePackage '" + request.basePackage()
                    + "' is not a Java package name; use dot-separated identifiers such as com.example.kalo"));
        }
        for (String key : request.options().keySet()) {
            if (!GenerateRequest.OPTIONS.contains(key)) {
                problems.add(new SpecProblem("(configuration)", 0, 0, "", "unknown option '" + key + "'; known options: "
                        + GenerateRequest.OPTIONS));
            }
        }
        String clientName = request.options().get("clientName");
        if (clientName != null && !JavaNames.typeName(clientName).equals(clientName)) {
            problems.add(new SpecProblem("(configuration)", 0, 0, "", "clientName '" + clientName + "' is not a Java class name"));
        }
        if (request.templatesDir() != null && !Files.isDirectory(request.templatesDir())) {
            problems.add(new SpecProblem("(configuration)", 0, 0, "", "templates folder " + request.templatesDir() + " does not exist"));
        }
        if (!problems.isEmpty()) {
            throw new GenerationException("invalid generation request", problems);
        }
    }
}
