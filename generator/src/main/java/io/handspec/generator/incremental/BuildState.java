package io.handspec.generator.incremental;

import io.handspec.generator.GenerateRequest;
import io.handspec.generator.Generator;
import io.handspec.generator.render.TemplateRenderer;
import io.handspec.generator.write.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Decides, without parsing any spec, whether a generation would change nothing. The state file
 * holds a digest of everything the output depends on: the generator version, the built-in and user
 * templates, the requests (specs, packages, options, output folder) and the content of every spec
 * file read last time, referenced files included. Only those files are hashed again; a new
 * {@code $ref} can only appear by editing one of them, so it is noticed.
 *
 * <p>Paths are recorded relative to the state file's folder, so a state kept beside output that is
 * checked in reads the same on every machine.
 */
final class BuildState {
    private static final String OUTPUT = "output ";
    private final Path stateFile;
    private final Path home;

    BuildState(Path stateFile) {
        this.stateFile = stateFile.toAbsolutePath().normalize();
        this.home = this.stateFile.getParent();
    }

    /**
     * Whether the stored state matches {@code requests}, no update of the output was interrupted and
     * the output folder still holds every generated file. Any doubt (unreadable state) means no.
     */
    boolean upToDate(List<GenerateRequest> requests, Path outputDir) {
        try {
            if (!Files.isRegularFile(stateFile) || OutputWriter.interrupted(outputDir)) {
                return false;
            }
            List<String> lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return false;
            }
            List<Path> inputs = new ArrayList<>();
            String output = "";
            for (String line : lines.subList(1, lines.size())) {
                if (line.startsWith(OUTPUT)) {
                    output = line.substring(OUTPUT.length());
                } else if (!line.isBlank()) {
                    inputs.add(home.resolve(line).normalize());
                }
            }
            // this job's own files, by the digest of the list it wrote: another job's list, a missing or
            // hand-edited file all mean no
            return lines.get(0).equals(digest(requests, inputs)) && OutputWriter.intact(outputDir, output);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The job's identity recorded in the output folder's manifest: the state file, relative to the
     * output folder so that output generated in two places, or checked in, reads the same.
     */
    String owner(Path outputDir) {
        Path out = outputDir.toAbsolutePath().normalize();
        if (out.getRoot() == null || !out.getRoot().equals(stateFile.getRoot())) {
            return stateFile.toString();
        }
        return out.relativize(stateFile).toString().replace('\\', '/');
    }

    /** Records the state after a successful generation that read {@code inputs} and wrote a manifest with {@code output} digest. */
    void save(List<GenerateRequest> requests, List<Path> inputs, String output) throws IOException {
        StringBuilder s = new StringBuilder(digest(requests, inputs)).append('\n');
        s.append(OUTPUT).append(output).append('\n');
        inputs.stream().map(this::relative).sorted().distinct().forEach(p -> s.append(p)
                .append('\n'));
        Files.createDirectories(home);
        // a new file, never written through a link someone put in its place
        Files.deleteIfExists(stateFile);
        Files.writeString(
                stateFile,
                s.toString(),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
    }

    /** Forgets the state, so the next run generates. */
    void clear() throws IOException {
        Files.deleteIfExists(stateFile);
    }

    /** {@code p} relative to the state file's folder, with {@code /} separators; absolute when on another root. */
    private String relative(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        if (abs.getRoot() == null || !abs.getRoot().equals(home.getRoot())) {
            return abs.toString();
        }
        return home.relativize(abs).toString().replace('\\', '/');
    }

    private String relative(String spec) {
        return spec.startsWith("classpath:") ? spec : relative(Path.of(spec));
    }

    private String digest(List<GenerateRequest> requests, List<Path> inputs) throws IOException {
        MessageDigest md = sha256();
        update(md, "generator " + Generator.version() + " " + GeneratorCode.digest());
        for (String template : TemplateRenderer.templateNames()) {
            byte[] content = TemplateRenderer.builtIn(template);
            update(md, template + " " + (content == null ? "" : hex(sha256().digest(content))));
        }
        for (GenerateRequest r : requests) {
            update(
                    md,
                    "spec " + relative(r.spec()) + " -> " + relative(r.outputDir()) + " " + r.basePackage() + " "
                            + r.options());
            if (r.spec().startsWith("classpath:")) {
                update(md, "classpath content " + ClasspathSpec.digest(r.spec().substring("classpath:".length())));
            }
            if (r.templatesDir() != null) {
                update(md, "templates " + relative(r.templatesDir()));
                if (Files.isDirectory(r.templatesDir())) {
                    // from the real folder, links followed: a templates folder given as a link is hashed too
                    Path real = r.templatesDir().toRealPath();
                    try (Stream<Path> files = Files.walk(real, FileVisitOption.FOLLOW_LINKS)) {
                        for (Path f :
                                files.filter(Files::isRegularFile).sorted().toList()) {
                            update(md, real.relativize(f) + " " + hex(sha256().digest(Files.readAllBytes(f))));
                        }
                    }
                }
            }
        }
        for (Path input : inputs.stream().sorted().distinct().toList()) {
            update(
                    md,
                    "input " + relative(input) + " "
                            + (Files.isRegularFile(input) ? hex(fileDigest(input)) : "missing"));
        }
        return hex(md.digest());
    }

    private static void update(MessageDigest md, String text) {
        md.update(text.getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
    }

    /** The SHA-256 of {@code file}'s bytes, read in blocks rather than whole (a spec may have megabytes). */
    private static byte[] fileDigest(Path file) throws IOException {
        MessageDigest md = sha256();
        updateWithFile(md, file);
        return md.digest();
    }

    /** Adds {@code file}'s bytes to {@code md}, read in blocks. */
    static void updateWithFile(MessageDigest md, Path file) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (java.io.InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(block)) > 0; ) {
                md.update(block, 0, n);
            }
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
