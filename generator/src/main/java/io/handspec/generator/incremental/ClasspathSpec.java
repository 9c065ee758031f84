package io.handspec.generator.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A digest of a {@code classpath:} spec and of every resource it {@code $ref}s (relative references,
 * followed from resource to resource), for the up-to-date check: a classpath spec has no files to
 * record, so its references are found again from the text each time, which needs no parse.
 */
final class ClasspathSpec {
    /** A {@code $ref} value naming another file: quoted or not, in YAML or JSON, up to a {@code #}. */
    private static final Pattern REF = Pattern.compile("[\"']?\\$ref[\"']?\\s*:\\s*[\"']?([^\"'#\\s,}]+)");

    private ClasspathSpec() {}

    /** The digest of resource {@code name} (as in {@code classpath:name}) and the resources it references. */
    static String digest(String name) throws IOException {
        return digest(name, ClasspathSpec.class.getClassLoader());
    }

    /** As {@link #digest(String)}, reading from {@code loader}. */
    static String digest(String name, ClassLoader loader) throws IOException {
        MessageDigest md = BuildState.sha256();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> work = new ArrayDeque<>();
        work.add(normalize(name.startsWith("/") ? name.substring(1) : name));
        while (!work.isEmpty()) {
            String next = work.poll();
            if (!seen.add(next)) {
                continue;
            }
            byte[] content = read(loader, next);
            md.update((next + " "
                            + (content == null
                                    ? "missing"
                                    : BuildState.hex(BuildState.sha256().digest(content))) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            if (content == null) {
                continue;
            }
            Matcher m = REF.matcher(new String(content, StandardCharsets.UTF_8));
            String folder = next.contains("/") ? next.substring(0, next.lastIndexOf('/') + 1) : "";
            while (m.find()) {
                String ref = m.group(1);
                if (!ref.contains("://") && !ref.startsWith("/")) {
                    work.add(normalize(folder + ref));
                }
            }
        }
        return BuildState.hex(md.digest());
    }

    private static byte[] read(ClassLoader loader, String name) throws IOException {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /** {@code a/b/../c.yaml} gives {@code a/c.yaml}; leading {@code ..} segments are kept (they name nothing). */
    private static String normalize(String name) {
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : name.split("/")) {
            if (segment.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
                parts.removeLast();
            } else if (!segment.equals(".") && !segment.isEmpty()) {
                parts.addLast(segment);
            }
        }
        return String.join("/", parts);
    }
}
