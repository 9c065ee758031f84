package io.handspec.generator.docs;

import io.handspec.generator.DocsCheck;
import io.handspec.generator.GenerationException;
import io.handspec.generator.SpecProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The spec files a {@link DocsCheck} names: files as they are, folders as the spec files directly in them. */
final class SpecFiles {
    private SpecFiles() {}

    static List<Path> of(DocsCheck check) throws GenerationException {
        if (check.specs().isEmpty()) {
            throw new GenerationException("no spec to check; name at least one spec file or folder", List.of());
        }
        List<Path> out = new ArrayList<>();
        List<SpecProblem> problems = new ArrayList<>();
        for (String location : check.specs()) {
            if (location.startsWith("classpath:")) {
                problems.add(new SpecProblem(
                        location, 0, 0, "", "check-docs reads spec files, not classpath resources; name the file"));
                continue;
            }
            Path p = check.baseDir().resolve(location).normalize();
            if (Files.isRegularFile(p)) {
                out.add(p);
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    files.filter(f ->
                                    f.getFileName().toString().matches(".*\\.(ya?ml|json)$") && Files.isRegularFile(f))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new GenerationException("cannot list the spec folder " + p + ": " + e.getMessage(), e);
                }
            } else {
                problems.add(new SpecProblem(
                        p.toString(),
                        0,
                        0,
                        "",
                        "no such file or folder; check the path (relative to " + check.baseDir() + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new GenerationException("invalid specs", problems);
        }
        return out;
    }
}
