package io.handspec.generator;

import io.handspec.generator.render.TemplateRenderer;
import io.handspec.generator.spec.LoadedSpec;
import io.handspec.generator.spec.LoadedSpecs;
import io.handspec.generator.view.JavaNames;
import io.handspec.generator.view.SourceFile;
import io.handspec.generator.view.ViewBuilder;
import io.handspec.generator.write.OutputLock;
import io.handspec.generator.write.OutputNotRestoredException;
import io.handspec.generator.write.OutputWriter;
import io.handspec.generator.write.UnsafeOutputException;
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
 *         "specs/kalo.yaml", Path.of("target/generated-sources/handspec"), "com.example.kalo", null, GenerationOptions.DEFAULTS));
 * }</pre>
 *
 * Everything is rendered in memory before the output folder is touched, so a bad spec or a broken
 * template leaves the previous output exactly as it was; the writer applies the result as one step.
 * For several specs, folders of specs and incremental builds use {@link GenerationJob}.
 */
public final class Generator {
    private Generator() {}

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

    /** Generates one spec; see {@link #generate(List)}. */
    public static GenerateResult generate(GenerateRequest request) throws GenerationException {
        return generate(List.of(request));
    }

    /**
     * Generates several specs into one output folder in one step, so that files of one spec are
     * not taken for stale files of another. All requests must name the same output folder, and no
     * two specs may generate the same file (give them different packages).
     */
    public static GenerateResult generate(List<GenerateRequest> requests) throws GenerationException {
        return generate(requests, "");
    }

    /**
     * As {@link #generate(List)}, for the job identified by {@code owner} (its state file; {@code ""}
     * for none). The output folder is locked for the whole generation, and an interrupted earlier
     * update is completed before any spec is read. A folder whose files another job (one whose state
     * file still exists) generated is refused: two jobs in one folder would delete each other's files.
     */
    public static GenerateResult generate(List<GenerateRequest> requests, String owner) throws GenerationException {
        return generate(requests, owner, new LoadedSpecs());
    }

    /**
     * As {@link #generate(List, String)}, taking each spec from {@code specs}: one the job has read
     * already (to compare it with its previous version) is not read again.
     */
    @SuppressWarnings("try") // the lock is held by the block, not used in it
    public static GenerateResult generate(List<GenerateRequest> requests, String owner, LoadedSpecs specs)
            throws GenerationException {
        if (requests.isEmpty()) {
            throw new GenerationException("no spec to generate", List.of());
        }
        Path outputDir = requests.get(0).outputDir();
        boolean recovered = false;
        try (OutputLock lock = OutputLock.acquireIfExists(outputDir)) {
            recovered = OutputWriter.recover(outputDir);
            return generateLocked(requests, owner, outputDir, specs);
        } catch (GenerationException e) {
            throw recovered ? e.afterRecovery() : e;
        } catch (IOException e) {
            GenerationException g =
                    new GenerationException("cannot write into " + outputDir + ": " + e.getMessage(), e);
            throw recovered ? g.afterRecovery() : g;
        }
    }

    private static GenerateResult generateLocked(
            List<GenerateRequest> requests, String owner, Path outputDir, LoadedSpecs specs)
            throws GenerationException {
        List<SpecProblem> warnings = new ArrayList<>();
        List<Path> inputs = new ArrayList<>();
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, String> owners = new TreeMap<>();
        for (GenerateRequest request : requests) {
            if (!request.outputDir()
                    .toAbsolutePath()
                    .normalize()
                    .equals(outputDir.toAbsolutePath().normalize())) {
                throw new GenerationException(
                        "all specs of one generation must share the output folder; " + request.spec() + " names "
                                + request.outputDir() + ", not " + outputDir,
                        List.of());
            }
            Rendered rendered = render(request, specs);
            warnings.addAll(rendered.warnings());
            inputs.addAll(rendered.inputs());
            for (Map.Entry<String, byte[]> e : rendered.files().entrySet()) {
                String previous = owners.putIfAbsent(e.getKey(), request.spec());
                if (previous != null) {
                    throw new GenerationException(
                            "specs " + previous + " and " + request.spec() + " both generate " + e.getKey()
                                    + "; give them different base packages",
                            List.of());
                }
                files.put(e.getKey(), e.getValue());
            }
        }
        try {
            long t0 = System.nanoTime();
            WriteResult written = OutputWriter.write(outputDir, files, owner);
            io.handspec.generator.spec.Stage.log("write", t0);
            List<Path> all = new ArrayList<>();
            files.keySet()
                    .forEach(k -> all.add(outputDir.toAbsolutePath().normalize().resolve(k)));
            for (Path kept : written.kept()) {
                warnings.add(new SpecProblem(
                        kept.toString(),
                        0,
                        0,
                        "",
                        "no longer generated, but left in place because it"
                                + " changed since the generator wrote it (or the file list does not prove the generator wrote it);"
                                + " delete it if it is not yours"));
            }
            return new GenerateResult(all, written.written(), written.deleted(), written.kept(), warnings, inputs);
        } catch (UnsafeOutputException e) {
            // the generated names are the problem, not the disk: reported like spec problems, without an I/O cause
            throw new GenerationException(
                    "cannot write into " + outputDir + " (nothing was written)",
                    e.problems().stream()
                            .map(p -> new SpecProblem("(output)", 0, 0, "", p))
                            .toList());
        } catch (OutputNotRestoredException e) {
            throw new GenerationException("cannot write into " + outputDir + ": " + e.getMessage(), e, false);
        } catch (IOException e) {
            throw new GenerationException("cannot write into " + outputDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The sources of one spec, rendered in memory.
     *
     * @param files    relative path to UTF-8 bytes
     * @param warnings spec problems that did not stop generation
     * @param inputs   the spec files read
     */
    public record Rendered(Map<String, byte[]> files, List<SpecProblem> warnings, List<Path> inputs) {}

    /** Renders every file of {@code request} in memory. Writes nothing. */
    public static Rendered render(GenerateRequest request) throws GenerationException {
        return render(request, new LoadedSpecs());
    }

    private static Rendered render(GenerateRequest request, LoadedSpecs specs) throws GenerationException {
        check(request);
        LoadedSpec spec = specs.take(request.spec());
        HeapPolicy.parseTreeDropped();
        List<SpecProblem> warnings = new ArrayList<>(spec.warnings());
        long start = System.nanoTime();
        TemplateRenderer renderer = new TemplateRenderer(request.templatesDir());
        io.handspec.generator.spec.Stage.log("templates", start);
        start = System.nanoTime();
        ViewBuilder views = new ViewBuilder(
                spec.model(),
                request.basePackage(),
                request.options().clientName(),
                version(),
                request.spec(),
                warnings);
        io.handspec.generator.spec.Stage.log("type names", start);
        Map<String, byte[]> out = new TreeMap<>();
        try {
            long t0 = System.nanoTime();
            List<SourceFile> files = views.build();
            io.handspec.generator.spec.Stage.log("views", t0);
            t0 = System.nanoTime();
            // files are independent: render them on every core, then collect in path order; a file's view is
            // let go once it is rendered, so the views of a large spec are not all kept until the last is done
            List<SourceFile> pending = new ArrayList<>(files);
            files = null;
            java.util.stream.IntStream.range(0, pending.size())
                    .parallel()
                    .mapToObj(i -> {
                        SourceFile file = pending.set(i, null);
                        return Map.entry(file.path(), renderer.render(file).getBytes(StandardCharsets.UTF_8));
                    })
                    .sequential()
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            io.handspec.generator.spec.Stage.log("render", t0);
        } catch (RuntimeException e) {
            throw new GenerationException("rendering failed for " + request.spec() + ": " + e.getMessage(), e);
        }
        return new Rendered(out, warnings, spec.inputs());
    }

    private static void check(GenerateRequest request) throws GenerationException {
        List<SpecProblem> problems = new ArrayList<>();
        if (!JavaNames.isPackageName(request.basePackage())) {
            problems.add(new SpecProblem(
                    "(configuration)",
                    0,
                    0,
                    "",
                    "basePackage '" + request.basePackage()
                            + "' is not a Java package name; use dot-separated identifiers such as com.example.kalo"));
        } else if (request.basePackage().equals("java")
                || request.basePackage().startsWith("java.")
                || request.basePackage().equals("javax")
                || request.basePackage().startsWith("javax.")) {
            // javac refuses classes in java.* (the JDK's modules own them), and javax.* belongs to the platform
            problems.add(
                    new SpecProblem(
                            "(configuration)",
                            0,
                            0,
                            "",
                            "basePackage '" + request.basePackage()
                                    + "' is a package of the Java platform; use a package of your own such as com.example.kalo"));
        }
        problems.addAll(request.options().problems());
        if (request.templatesDir() != null && !Files.isDirectory(request.templatesDir())) {
            problems.add(new SpecProblem(
                    "(configuration)", 0, 0, "", "templates folder " + request.templatesDir() + " does not exist"));
        }
        if (!problems.isEmpty()) {
            throw new GenerationException("invalid generation request", problems);
        }
    }
}
