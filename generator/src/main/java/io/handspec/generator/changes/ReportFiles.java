package io.handspec.generator.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.handspec.generator.SpecChange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The change report as files: Markdown for people, JSON (same name, {@code .json}) for tools. */
public final class ReportFiles {
    private ReportFiles() {}

    /** The JSON file beside {@code markdown}: {@code changes.md} gives {@code changes.json}. */
    public static Path json(Path markdown) {
        String name = markdown.getFileName().toString().replaceFirst("\\.md$", "");
        return markdown.resolveSibling(name + ".json");
    }

    /**
     * Writes both files.
     *
     * @param compared the spec files compared with their previous version (at least one)
     */
    public static void write(Path markdown, List<String> compared, List<SpecChange> changes) throws IOException {
        Path parent = markdown.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        replace(markdown, markdown(compared, changes));
        replace(json(markdown), json(compared, changes));
    }

    /** Writes {@code file} as a new file: a link someone put in its place is replaced, never written through. */
    private static void replace(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.writeString(
                file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    static String markdown(List<String> compared, List<SpecChange> changes) {
        long breaking = changes.stream().filter(SpecChange::breaking).count();
        StringBuilder s = new StringBuilder("# Spec changes\n\n");
        s.append("Compared with the specs of the previous generation: ")
                .append(String.join(
                        ", ", compared.stream().map(c -> "`" + c + "`").toList()))
                .append(".\n\n")
                .append(breaking)
                .append(" breaking, ")
                .append(changes.size() - breaking)
                .append(" compatible change(s).\n");
        for (boolean section : new boolean[] {true, false}) {
            List<SpecChange> part =
                    changes.stream().filter(c -> c.breaking() == section).toList();
            if (part.isEmpty()) {
                continue;
            }
            s.append("\n## ").append(section ? "Breaking" : "Compatible").append("\n\n");
            s.append("| change | where | kind | why |\n|---|---|---|---|\n");
            for (SpecChange c : part) {
                s.append("| ")
                        .append(prose(c.java()))
                        .append(" | `")
                        .append(cell(c.file() + (c.line() > 0 ? ":" + c.line() : "")))
                        .append("` `")
                        .append(cell(c.pointer().isEmpty() ? "/" : c.pointer()))
                        .append("` | ")
                        .append(c.kind())
                        .append(" | ")
                        .append(prose(c.reason()))
                        .append(" |\n");
            }
        }
        return s.toString();
    }

    /** A cell of running text: Java's {@code List<String>} would otherwise render as an unknown HTML tag, and vanish. */
    private static String prose(String text) {
        return cell(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    static String json(List<String> compared, List<SpecChange> changes) throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("compared", compared);
        root.put("breaking", changes.stream().filter(SpecChange::breaking).count());
        List<Map<String, Object>> list = new ArrayList<>();
        for (SpecChange c : changes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", c.kind());
            m.put("breaking", c.breaking());
            m.put("java", c.java());
            m.put("reason", c.reason());
            m.put("file", c.file());
            m.put("line", c.line());
            m.put("pointer", c.pointer());
            list.add(m);
        }
        root.put("changes", list);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    }
}
