package io.handspec.generator.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The list of files the last run wrote, with the SHA-256 of each ({@value OutputWriter#MANIFEST}).
 * It lies in a folder anyone can edit, so it is read as untrusted input: it only ever narrows what
 * is deleted (a file is removed only when it still has the recorded content), never widens it.
 * Lines: {@code <sha256 hex> <relative path>}; lines without a digest (the older format) prove
 * nothing and are kept with an empty digest, so their files are never deleted.
 */
final class Manifest {
    private static final String HEADER = "# handspec generated files v2: sha256 path";
    private static final String OWNER = "# owner ";

    private Manifest() {}

    /** Relative path to recorded digest ({@code ""} when none); empty when the file is missing or is not a regular file. */
    static Map<String, String> read(Path file) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int space = l.indexOf(' ');
            if (space == 64 && l.substring(0, 64).matches("[0-9a-f]{64}")) {
                out.put(l.substring(65), l.substring(0, 64));
            } else {
                out.put(l, "");
            }
        }
        return out;
    }

    /** The job that wrote the manifest (its state file), {@code ""} when none is recorded. */
    static String owner(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return "";
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith(OWNER)) {
                return line.substring(OWNER.length()).strip();
            }
        }
        return "";
    }

    /** The manifest's bytes for {@code files} (relative path to content), sorted, naming no job. */
    static byte[] render(Map<String, byte[]> files) {
        return render(files, "");
    }

    /** The manifest's bytes for {@code files} (relative path to content), sorted, naming the job {@code owner} when not empty. */
    static byte[] render(Map<String, byte[]> files, String owner) {
        StringBuilder s = new StringBuilder(HEADER).append('\n');
        if (!owner.isEmpty()) {
            s.append(OWNER).append(owner).append('\n');
        }
        // hashed on every core: a large spec's output is tens of megabytes
        Map<String, String> digests = new TreeMap<>();
        files.entrySet().parallelStream()
                .map(e -> Map.entry(e.getKey(), sha256(e.getValue())))
                .sequential()
                .forEach(e -> digests.put(e.getKey(), e.getValue()));
        digests.forEach(
                (path, digest) -> s.append(digest).append(' ').append(path).append('\n'));
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Lower-case hex SHA-256 of {@code content}. */
    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
