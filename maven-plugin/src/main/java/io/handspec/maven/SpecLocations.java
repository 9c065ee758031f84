package io.handspec.maven;

import io.handspec.generator.GenerateRequest;
import io.handspec.generator.view.JavaNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;

/** Turns the configured spec entries into generation requests: folders become one request per spec file. */
final class SpecLocations {
    private SpecLocations() {
    }

    static List<GenerateRequest> requests(List<SpecEntry> entries, Path basedir, Path output, Path templates,
                                          Map<String, String> options) throws MojoFailureException {
        List<GenerateRequest> out = new ArrayList<>();
        for (SpecEntry e : entries) {
            Map<String, String> opts = new LinkedHashMap<>(options == null ? Map.of() : options);
            opts.remove("clientName");
            if (e.getClientName() != null) {
                opts.put("clientName", e.getClientName());
            }
            if (e.getLocation().startsWith("classpath:")) {
                out.add(new GenerateRequest(e.getLocation(), output, e.getBasePackage(), templates, opts));
                continue;
            }
            Path p = basedir.resolve(e.getLocation()).normalize();
            if (Files.isDirectory(p)) {
                for (Path file : specFiles(p)) {
                    String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
                    String segment = JavaNames.memberName(name).toLowerCase(Locale.ROOT).replace("_", "");
                    out.add(new GenerateRequest(file.toString(), output, e.getBasePackage() + "." + segment, templates, opts));
                }
            } else {
                out.add(new GenerateRequest(p.toString(), output, e.getBasePackage(), templates, opts));
            }
        }
        return out;
    }

    private static List<Path> specFiles(Path dir) throws MojoFailureException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> specs = files.filter(f -> f.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
            if (specs.isEmpty()) {
                throw new MojoFailureException("handspec: the spec folder " + dir + " holds no .yaml, .yml or .json file");
            }
            return specs;
        } catch (IOException e) {
            throw new MojoFailureException("handspec: cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
