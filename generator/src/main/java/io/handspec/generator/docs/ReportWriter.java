package io.handspec.generator.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.handspec.generator.DocsCheck;
import io.handspec.generator.DocsReport;
import io.handspec.generator.DocsReport.Page;
import io.handspec.generator.GenerationException;
import io.handspec.generator.SpecProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes {@code docs-report.json} (for tools) and {@code docs-report.md} (for people), and reads the last JSON back. */
final class ReportWriter {
    static final String JSON = "docs-report.json";
    static final String MARKDOWN = "docs-report.md";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {}

    static DocsReport write(DocsCheck check, List<Page> pages, List<SpecProblem> notes) throws GenerationException {
        Path dir = check.reportDir();
        DocsReport report = new DocsReport(pages, notes, dir.resolve(MARKDOWN), dir.resolve(JSON));
        try {
            Files.createDirectories(dir);
            Files.writeString(report.json(), json(report, LocalDate.now(check.clock())), StandardCharsets.UTF_8);
            Files.writeString(report.markdown(), new MarkdownReport(report, check).text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GenerationException("cannot write the report into " + dir + ": " + e.getMessage(), e);
        }
        return report;
    }

    /** The digest each page had in the last report in {@code dir}, by {@code "<spec> <url>"}; empty when there is none. */
    static Map<String, String> previousDigests(Path dir) {
        Map<String, String> out = new HashMap<>();
        Path file = dir.resolve(JSON);
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            for (JsonNode page : MAPPER.readTree(file.toFile()).path("pages")) {
                out.put(
                        page.path("spec").asText() + " " + page.path("url").asText(),
                        page.path("fetchedSha256").asText());
            }
        } catch (IOException e) {
            // an unreadable old report only means no earlier review to hold an acceptance to
            return Map.of();
        }
        return out;
    }

    private static String json(DocsReport report, LocalDate day) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("checked", day.toString());
        ObjectNode counts = root.putObject("counts");
        for (DocsReport.Status s : DocsReport.Status.values()) {
            counts.put(s.name().toLowerCase(Locale.ROOT), report.count(s));
        }
        ArrayNode list = root.putArray("pages");
        for (Page p : report.pages()) {
            ObjectNode o = list.addObject();
            o.put("spec", p.spec());
            o.put("url", p.url());
            o.put("status", p.status().name().toLowerCase(Locale.ROOT));
            o.put("reviewed", p.reviewed().toString());
            o.put("reviewedSha256", p.reviewedSha256());
            o.put("fetchedSha256", p.fetchedSha256());
            o.put("snapshot", p.snapshot().toString());
            o.put("accepted", p.accepted());
            o.put("reason", p.reason());
            o.put("diff", p.diff());
        }
        ArrayNode notes = root.putArray("notes");
        report.notes().forEach(n -> notes.add(n.toString()));
        return MAPPER.writeValueAsString(root) + "\n";
    }
}
