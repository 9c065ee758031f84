package io.handspec.generator.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks every output path before anything is written, so a name no common file system can hold
 * fails the run up front instead of half-way through it. The rules are the union of what Linux,
 * macOS and Windows refuse, because generated sources are shared between them (checked in, built
 * on CI, opened in an IDE on another system).
 */
final class PathRules {
    /** Longest file or folder name, in UTF-8 bytes (ext4, APFS, NTFS all stop near 255). */
    static final int MAX_SEGMENT_BYTES = 255;
    /** Longest absolute path, in UTF-8 bytes (Linux {@code PATH_MAX} less the terminating NUL). */
    static final int MAX_PATH_BYTES = 4095;
    /** Names Windows reserves for devices, with any extension ({@code CON.java}, {@code nul.txt}). */
    private static final Pattern RESERVED = Pattern.compile(
            "(?i)(CON|PRN|AUX|NUL|COM[0-9\u00b9\u00b2\u00b3]|LPT[0-9\u00b9\u00b2\u00b3]|CONIN\\$|CONOUT\\$)(\\..*)?");

    private static final String ILLEGAL = "<>:\"/\\|?*";
    /** Names the writer keeps for itself in the output folder. */
    private static final String OWN_PREFIX = ".handspec";

    private PathRules() {}

    /** Every problem of {@code relatives} under {@code root}, each naming the path and the fix; empty when all are fine. */
    static List<String> problems(Path root, Collection<String> relatives) {
        List<String> out = new ArrayList<>();
        Map<String, String> folded = new HashMap<>();
        for (String relative : relatives) {
            String problem = problem(root, relative);
            if (problem != null) {
                out.add("'" + relative + "': " + problem);
                continue;
            }
            String clash = caseClash(folded, relative);
            if (clash != null) {
                out.add("'" + relative + "' and '" + clash + "' differ only in case; a case-insensitive file system"
                        + " (Windows, macOS) keeps only one of them: rename one of the spec names they come from");
            }
        }
        return out;
    }

    private static String problem(Path root, String relative) {
        if (relative.isEmpty() || relative.startsWith("/")) {
            return "not a relative path; it would land outside " + root;
        }
        String[] segments = relative.split("/", -1);
        for (String segment : segments) {
            String bad = segmentProblem(segment, root);
            if (bad != null) {
                return bad;
            }
        }
        if (segments[0].startsWith(OWN_PREFIX)) {
            return "names starting with " + OWN_PREFIX + " are kept for the generator's own files; rename it";
        }
        int length =
                root.toAbsolutePath().normalize().resolve(relative).toString().getBytes(StandardCharsets.UTF_8).length;
        if (length > MAX_PATH_BYTES) {
            return "the full path is " + length + " bytes, more than the " + MAX_PATH_BYTES
                    + " a file system accepts; choose a shorter output folder, base package or spec names";
        }
        return null;
    }

    private static String segmentProblem(String segment, Path root) {
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
            return "'" + segment + "' is not a file or folder name; it would land outside " + root;
        }
        int bytes = segment.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_SEGMENT_BYTES) {
            return "the name '" + abbreviate(segment) + "' is " + bytes + " bytes, more than the " + MAX_SEGMENT_BYTES
                    + " a file system accepts; shorten the spec name it comes from (schema, tag, title) or set a shorter one";
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < 0x20 || c == 0x7f || ILLEGAL.indexOf(c) >= 0) {
                return "the name '" + abbreviate(segment) + "' holds the character U+"
                        + String.format(Locale.ROOT, "%04X", (int) c)
                        + ", which Windows or another common file system refuses; rename the spec name it comes from";
            }
        }
        if (segment.endsWith(".") || segment.endsWith(" ")) {
            return "the name '" + segment
                    + "' ends with a dot or a space, which Windows drops; rename the spec name it comes from";
        }
        if (RESERVED.matcher(segment).matches()) {
            return "'" + segment + "' is a device name on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with any"
                    + " extension) and cannot be a file there; rename the spec name it comes from";
        }
        return null;
    }

    /** Records every folder prefix and the full path case-folded; returns the earlier path it clashes with, if any. */
    private static String caseClash(Map<String, String> folded, String relative) {
        int from = 0;
        while (true) {
            int slash = relative.indexOf('/', from);
            String prefix = slash < 0 ? relative : relative.substring(0, slash);
            String key = java.text.Normalizer.normalize(prefix, java.text.Normalizer.Form.NFC)
                    .toLowerCase(Locale.ROOT);
            String earlier = folded.putIfAbsent(key, prefix);
            if (earlier != null && !earlier.equals(prefix)) {
                return earlier;
            }
            if (slash < 0) {
                return null;
            }
            from = slash + 1;
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 40) + "..." + s.substring(s.length() - 12);
    }
}
