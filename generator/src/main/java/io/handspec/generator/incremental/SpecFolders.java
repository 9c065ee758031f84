package io.handspec.generator.incremental;

import io.handspec.generator.GenerateRequest;
import io.handspec.generator.GenerationException;
import io.handspec.generator.GenerationJob;
import io.handspec.generator.GenerationOptions;
import io.handspec.generator.SpecProblem;
import io.handspec.generator.SpecSource;
import io.handspec.generator.view.JavaNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Turns a job's specs into one request per spec file: a folder gives one per file, in {@code basePackage.<file name>}. */
final class SpecFolders {
    private static final String CLASSPATH = "classpath:";

    private SpecFolders() {}

    static List<GenerateRequest> requests(GenerationJob job) throws GenerationException {
        if (job.specs().isEmpty()) {
            throw new GenerationException(
                    "no spec to generate; name at least one spec file, folder or classpath: resource", List.of());
        }
        List<GenerateRequest> out = new ArrayList<>();
        List<SpecProblem> problems = new ArrayList<>();
        for (SpecSource source : job.specs()) {
            if (source.location() == null || source.location().isBlank() || source.basePackage() == null) {
                problems.add(problem(
                        "(configuration)",
                        "every spec needs a location and a basePackage; got location=" + source.location()
                                + ", basePackage=" + source.basePackage()));
                continue;
            }
            GenerationOptions options = source.options() == null ? job.options() : source.options();
            if (source.location().startsWith(CLASSPATH)) {
                out.add(request(job, source.location(), source.basePackage(), options));
                continue;
            }
            Path p = job.baseDir().resolve(source.location()).normalize();
            if (!Files.isDirectory(p)) {
                out.add(request(job, p.toString(), source.basePackage(), options));
                continue;
            }
            List<Path> files = specFiles(p);
            if (files.isEmpty()) {
                problems.add(problem(
                        p.toString(), "the spec folder holds no .yaml, .yml or .json file; add one or name a file"));
            }
            for (Path file : files) {
                out.add(request(job, file.toString(), source.basePackage() + "." + segment(file), options));
            }
        }
        if (!problems.isEmpty()) {
            throw new GenerationException("invalid specs", problems);
        }
        return out;
    }

    /** The package segment of a spec file in a folder: {@code toggl-reports.yaml} gives {@code togglreports}. */
    private static String segment(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return JavaNames.memberName(name).toLowerCase(Locale.ROOT).replace("_", "");
    }

    private static GenerateRequest request(
            GenerationJob job, String spec, String basePackage, GenerationOptions options) {
        return new GenerateRequest(spec, job.outputDir(), basePackage, job.templatesDir(), options);
    }

    private static List<Path> specFiles(Path dir) throws GenerationException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.(ya?ml|json)$") && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new GenerationException("cannot list the spec folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static SpecProblem problem(String file, String message) {
        return new SpecProblem(file, 0, 0, "", message);
    }
}
