package io.handspec.generator.spec;

import io.handspec.generator.SpecProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks every {@code $ref} before the parser follows any: a local one must point at something in
 * its file; a file one must stay inside the parent of the spec's folder, so that specs in sibling
 * folders can share models (no URL, no absolute path, no {@code ..} or link leading further out) and name an existing file and, with a fragment, something in it. Referenced
 * files are checked in turn, and every file read is added to the inputs.
 */
final class RefChecks {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    private static final String CLASSPATH = "classpath:";

    private final List<SpecProblem> problems;
    private final List<Path> inputs;
    private final Map<Path, SourceIndex> seen = new HashMap<>();
    private final ArrayDeque<Pending> work = new ArrayDeque<>();

    /** A file still to check. */
    private record Pending(String location, SourceIndex index) {}

    private RefChecks(List<SpecProblem> problems, List<Path> inputs) {
        this.problems = problems;
        this.inputs = inputs;
    }

    static void check(String location, SourceIndex root, List<SpecProblem> problems, List<Path> inputs) {
        RefChecks checks = new RefChecks(problems, inputs);
        Path folder;
        if (location.startsWith(CLASSPATH)) {
            String name = location.substring(CLASSPATH.length());
            Path parent = Path.of("/", name).normalize().getParent();
            folder = parent == null ? Path.of("/") : parent;
        } else {
            Path file = Path.of(location).toAbsolutePath().normalize();
            checks.seen.put(file, root);
            // one level up, so that a folder of specs can share models kept in a sibling folder
            folder = file.getParent().getParent() == null
                    ? file.getParent()
                    : file.getParent().getParent();
        }
        checks.work.add(new Pending(location, root));
        while (!checks.work.isEmpty()) {
            Pending next = checks.work.poll();
            checks.checkFile(next.location(), next.index(), folder, location.startsWith(CLASSPATH));
        }
        // the referenced files' trees served the checks above, and their numbers are checked as the root's are;
        // the root's tree is still wanted
        for (SourceIndex other : checks.seen.values()) {
            if (other != null && other != root) {
                Problems numbers = new Problems(other);
                RawChecks.numbersOf(other, numbers);
                problems.addAll(numbers.errors());
                other.releaseTree();
            }
        }
    }

    private void checkFile(String location, SourceIndex index, Path folder, boolean classpath) {
        Path base = classpath
                ? Path.of("/", location.substring(CLASSPATH.length()))
                        .normalize()
                        .getParent()
                : Path.of(location).toAbsolutePath().getParent();
        for (SourceIndex.Ref ref : index.refs()) {
            String target = ref.target();
            String pointer = ref.holder() + "/$ref";
            int hash = target.indexOf('#');
            String file = hash < 0 ? target : target.substring(0, hash);
            String fragment = hash < 0 ? "" : percentDecode(target.substring(hash + 1));
            if (file.isEmpty()) {
                if (!index.has(fragment)) {
                    problems.add(index.problem(
                            pointer,
                            "$ref '" + target + "' points at nothing in this file; " + "define " + fragment
                                    + " or correct the reference"));
                }
                continue;
            }
            if (SCHEME.matcher(file).matches() || file.startsWith("/") || file.startsWith("\\")) {
                problems.add(
                        index.problem(
                                pointer,
                                "$ref '" + target + "' is a URL or an absolute path; a spec may only "
                                        + "refer to files in its own folder: copy the part next to the spec and refer to it by a relative path"));
                continue;
            }
            Path other = base.resolve(file).normalize();
            if (!other.startsWith(folder)) {
                problems.add(index.problem(
                        pointer,
                        "$ref '" + target + "' leaves the folder the spec may refer into (" + folder
                                + ", the spec's folder and its neighbours); move the referenced file there"));
                continue;
            }
            if (!classpath) {
                checkLocalFile(index, pointer, target, file, fragment, other, folder);
            }
        }
    }

    private void checkLocalFile(
            SourceIndex index, String pointer, String target, String file, String fragment, Path other, Path folder) {
        if (!Files.isRegularFile(other)) {
            problems.add(
                    index.problem(pointer, "$ref '" + target + "' names a file that does not exist (" + other + ")"));
            return;
        }
        try {
            if (!other.toRealPath().startsWith(folder.toRealPath())) {
                problems.add(index.problem(
                        pointer,
                        "$ref '" + target + "' is a link leading out of the spec's folder (" + folder
                                + "); copy the file into the folder instead"));
                return;
            }
        } catch (IOException e) {
            problems.add(index.problem(pointer, "cannot resolve " + other + ": " + e.getMessage()));
            return;
        }
        boolean known = seen.containsKey(other);
        SourceIndex otherIndex = seen.computeIfAbsent(other, p -> read(p, index, pointer));
        if (!known && otherIndex != null) {
            inputs.add(other);
            work.add(new Pending(other.toString(), otherIndex));
        }
        if (!fragment.isEmpty() && otherIndex != null && !otherIndex.has(fragment)) {
            problems.add(index.problem(pointer, "$ref '" + target + "' points at nothing in " + file));
        }
    }

    private SourceIndex read(Path p, SourceIndex from, String pointer) {
        try {
            SpecText.Result text = SpecText.decode(Files.readAllBytes(p));
            if (text instanceof SpecText.Unreadable u) {
                problems.add(new SpecProblem(p.toString(), u.line(), u.column(), "", u.message()));
                return null;
            }
            return SourceIndex.of(p.toString(), (SpecText.Text) text, problems);
        } catch (IOException e) {
            problems.add(from.problem(pointer, "cannot read " + p + ": " + e.getMessage()));
            return null;
        }
    }

    /** A URI fragment's JSON pointer: {@code %7B} is <code>{</code>; a {@code +} stays a {@code +}. */
    private static String percentDecode(String fragment) {
        try {
            return java.net.URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return fragment;
        }
    }
}
