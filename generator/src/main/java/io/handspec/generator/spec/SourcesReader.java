package io.handspec.generator.spec;

import io.handspec.generator.model.DocSource;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Reads {@code info.x-handspec-sources}: the vendor pages a spec describes, each
 * {@code {url, sha256, reviewed}} and an optional {@code selector}. Every bad value is a placed problem
 * that says how to write it.
 */
final class SourcesReader {
    static final String X_SOURCES = "x-handspec-sources";
    static final String POINTER = "/info/" + X_SOURCES;
    private static final Set<String> KEYS = Set.of("url", "sha256", "reviewed", "selector");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String EXAMPLE =
            "{url: https://developer.example.com/docs/intro, sha256: <64 hex digits>, reviewed: 2026-01-31}";

    private final Problems problems;
    private final ExtensionValues values;

    SourcesReader(Problems problems) {
        this.problems = problems;
        this.values = new ExtensionValues(problems);
    }

    /** The pages, in the spec's order; empty when the extension is absent. */
    List<DocSource> read(Object value) {
        List<DocSource> out = new ArrayList<>();
        Object v = ExtensionValues.plain(value);
        if (v == null) {
            return out;
        }
        if (!(v instanceof List<?> list) || list.isEmpty()) {
            problems.error(POINTER, X_SOURCES + " must be a non-empty list of pages such as [" + EXAMPLE + "]");
            return out;
        }
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String at = POINTER + "/" + i;
            Map<String, Object> m = values.object(list.get(i), at, EXAMPLE);
            if (m == null) {
                continue;
            }
            values.onlyKeys(m, at, KEYS);
            URI url = url(m.get("url"), at + "/url");
            String sha256 = sha256(m.get("sha256"), at + "/sha256");
            LocalDate reviewed = reviewed(m.get("reviewed"), at + "/reviewed");
            String selector = selector(m.get("selector"), at + "/selector");
            if (url == null || sha256 == null || reviewed == null || selector == null) {
                continue;
            }
            DocSource source = new DocSource(url, sha256, reviewed, selector);
            String earlier = names.putIfAbsent(source.snapshotName(), at);
            if (earlier != null) {
                problems.error(
                        at + "/url",
                        "this page's snapshot would be " + source.snapshotName() + ", as for the page at " + earlier
                                + "; name each page once");
                continue;
            }
            out.add(source);
        }
        return out;
    }

    private URI url(Object v, String at) {
        String fix = "; write the page's absolute address such as https://developer.example.com/docs/intro";
        if (!(v instanceof String s) || s.isBlank()) {
            problems.error(at, "url is required and must be a text" + fix);
            return null;
        }
        String shown = DocSource.redacted(s);
        if (!shown.equals(s)) {
            problems.error(
                    at,
                    "url '" + shown + "' carries credentials (user:password@); check-docs does not send them and"
                            + " a spec is no place for a secret: remove them (pages behind a login cannot be checked)");
            return null;
        }
        try {
            URI uri = new URI(s.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                problems.error(at, "url '" + s + "' is not an absolute http(s) address" + fix);
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            problems.error(at, "url '" + s + "' is not a valid address (" + e.getReason() + ")" + fix);
            return null;
        }
    }

    private String sha256(Object v, String at) {
        if (v instanceof String s && SHA256.matcher(s).matches()) {
            return s;
        }
        problems.error(
                at,
                "sha256 must be the SHA-256 of the page's normalised text, 64 lower-case hex digits, not '" + v
                        + "'; run check-docs with acceptDocs to write it (or sha256sum the snapshot file)");
        return null;
    }

    private LocalDate reviewed(Object v, String at) {
        if (v instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (v instanceof String s) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.error(
                at,
                "reviewed must be the ISO date the spec was last checked against the page, such as 2026-01-31, not '"
                        + v + "'");
        return null;
    }

    private String selector(Object v, String at) {
        if (v == null) {
            return "";
        }
        if (v instanceof String s && !s.isBlank()) {
            try {
                QueryParser.parse(s);
                return s;
            } catch (Selector.SelectorParseException e) {
                problems.error(
                        at,
                        "selector '" + s + "' is not a CSS selector (" + e.getMessage()
                                + "); write one such as main article, or leave it out for the whole page");
                return null;
            }
        }
        problems.error(at, "selector must be a CSS selector such as main article, not '" + v + "'");
        return null;
    }
}
