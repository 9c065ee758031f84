package io.handspec.maven;

import io.handspec.generator.Generator;
import io.handspec.generator.GenerateRequest;
import io.handspec.generator.write.OutputWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Decides, without parsing any spec, whether a generation would change nothing. The state file
 * under {@code target/} holds a digest of everything the output depends on: the generator version,
 * the built-in and user templates, the requests (specs, packages, options, output folder) and the
 * content of every spec file read last time, referenced files included. Only those files are
 * hashed again; a new {@code $ref} can only appear by editing one of them, so it is noticed.
 */
final class BuildState {
    private final Path stateFile;

    BuildState(Path stateFile) {
        this.stateFile = stateFile;
    }

    /** Whether the stored state matches {@code requests} and the output folder still holds every generated file. */
    boolean upToDate(List<GenerateRequest> requests, Path outputDir) throws IOException {
        if (!Files.isRegularFile(stateFile) || !Files.isRegularFile(outputDir.resolve(OutputWriter.MANIFEST))) {
            return false;
        }
        List<String> lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return false;
        }
        List<Path> inputs = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                inputs.add(Path.of(line));
            }
        }
        if (!lines.get(0).equals(digest(requests, inputs))) {
            return false;
        }
        for (String generated : Files.readAllLines(outputDir.resolve(OutputWriter.MANIFEST), StandardCharsets.UTF_8)) {
            if (!generated.isBlank() && !Files.isRegularFile(outputDir.resolve(generated))) {
                return false;
            }
        }
        return true;
    }

    /** Records the state after a successful generation that read {@code inputs}. */
    void save(List<GenerateRequest> requests, List<Path> inputs) throws IOException {
        StringBuilder s = new StringBuilder(digest(requests, inputs)).append('\n');
        inputs.stream().map(Path::toString).sorted().distinct().forEach(p -> s.append(p).append('\n'));
        Files.createDirectories(stateFile.getParent());
        Files.writeString(stateFile, s.toString(), StandardCharsets.UTF_8);
    }

    /** Forgets the state, so the next build generates. */
    void clear() throws IOException {
        Files.deleteIfExists(stateFile);
    }

    static String digest(List<GenerateRequest> requests, List<Path> inputs) throws IOException {
        MessageDigest md = sha256();
        update(md, "generator " + Generator.version());
        for (String template : io.handspec.generator.render.TemplateRenderer.templateNames()) {
            try (InputStream in = Generator.class.getClassLoader().getResourceAsStream("io/handspec/templates/" + template)) {
                update(md, template + " " + (in == null ? "" : hex(sha256().digest(in.readAllBytes()))));
            }
        }
        for (GenerateRequest r : requests) {
            update(md, "spec " + r.spec() + " -> " + r.outputDir().toAbsolutePath() + " " + r.basePackage() + " "
                    + new TreeMap<>(r.options()));
            if (r.spec().startsWith("classpath:")) {
                update(md, "classpath content " + classpathHash(r.spec().substring("classpath:".length())));
            }
            if (r.templatesDir() != null) {
                update(md, "templates " + r.templatesDir().toAbsolutePath());
                try (Stream<Path> files = Files.walk(r.templatesDir())) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        update(md, f + " " + hex(sha256().digest(Files.readAllBytes(f))));
                    }
                }
            }
        }
        for (Path input : inputs.stream().sorted().distinct().toList()) {
            update(md, "input " + input + " " + (Files.isRegularFile(input) ? hex(sha256().digest(Files.readAllBytes(input))) : "missing"));
        }
        return hex(md.digest());
    }

    private static String classpathHash(String name) throws IOException {
        try (InputStream in = BuildState.class.getClassLoader().getResourceAsStream(name.startsWith("/") ? name.substring(1) : name)) {
            return in == null ? "missing" : hex(sha256().digest(in.readAllBytes()));
        }
    }

    private static void update(MessageDigest md, String text) {
        md.update(text.getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
