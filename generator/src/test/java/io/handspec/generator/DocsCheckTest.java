package io.handspec.generator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.handspec.generator.DocsFixture.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The docs check against pages served locally: unchanged, changed, redirected, slow, failing, too big. */
class DocsCheckTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final Clock DAY = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static void serve(String path, String html) {
        server.stubFor(get(urlEqualTo(path))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/html; charset=utf-8")
                        .withBody(html)));
    }

    private DocsCheck.Builder check() {
        return DocsCheck.builder()
                .baseDir(dir)
                .spec("notes.yaml")
                .reportDir(dir.resolve("target/handspec"))
                .clock(DAY)
                .timeout(Duration.ofSeconds(5));
    }

    private DocsReport.Page page(DocsReport report, String path) {
        return report.pages().stream()
                .filter(p -> p.url().endsWith(path))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anUnchangedPageHasItsSnapshotsDigestWhateverItsSpacing() throws Exception {
        serve("/intro", DocsFixture.PAGE_HTML.replace("<li>", "\n\t <li>"));
        server.stubFor(get(urlEqualTo("/readme.md"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/markdown")
                        .withBody("# Notes\r\n\r\n  Use   `X-Key`.\u00a0\r\n")));
        DocsFixture.write(
                dir,
                server.baseUrl(),
                List.of(
                        new Source("/intro", DocsFixture.PAGE_TEXT),
                        new Source("/readme.md", "# Notes\nUse `X-Key`.\n")));
        DocsReport report = check().build().run();
        assertEquals(
                2, report.count(DocsReport.Status.UNCHANGED), report.pages().toString());
        assertEquals(List.of(), report.notes());
        assertEquals(
                DocsFixture.sha256(DocsFixture.PAGE_TEXT),
                page(report, "/intro").fetchedSha256());
        assertFalse(report.hasUnacceptedChanges());
    }

    @Test
    void aChangedPageIsReportedWithAUnifiedDiffAgainstItsSnapshot() throws Exception {
        serve("/intro", DocsFixture.CHANGED_HTML);
        DocsFixture.write(dir, server.baseUrl(), List.of(new Source("/intro", DocsFixture.PAGE_TEXT)));
        DocsReport report = check().build().run();
        DocsReport.Page p = page(report, "/intro");
        assertEquals(DocsReport.Status.CHANGED, p.status());
        assertTrue(report.hasUnacceptedChanges());
        assertTrue(
                p.diff()
                        .startsWith("--- snapshot sources/notes/localhost-intro.txt\n+++ page " + server.baseUrl()
                                + "/intro\n"),
                p.diff());
        assertTrue(p.diff().contains("\n GET /notes\n-POST /notes\n+PUT /notes/{id}\n"), p.diff());
        String markdown = Files.readString(report.markdown());
        assertTrue(
                markdown.contains("| notes.yaml | " + server.baseUrl() + "/intro | changed | 2026-01-02 |"), markdown);
        assertTrue(markdown.contains("```diff\n" + p.diff() + "```"), markdown);
        assertTrue(markdown.contains("-Dhandspec.acceptDocs=true"), "says how to accept: " + markdown);
        JsonNode json = new ObjectMapper().readTree(report.json().toFile());
        assertEquals("changed", json.at("/pages/0/status").asText());
        assertEquals(1, json.at("/counts/changed").asInt());
        assertEquals(p.diff(), json.at("/pages/0/diff").asText());
        assertEquals("2026-11-23", json.at("/checked").asText());
    }

    @Test
    void redirectsAreFollowedUpToTheLimit() throws Exception {
        server.stubFor(
                get(urlEqualTo("/old")).willReturn(aResponse().withStatus(301).withHeader("Location", "/intro")));
        serve("/intro", DocsFixture.PAGE_HTML);
        server.stubFor(get(urlEqualTo("/loop"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", server.baseUrl() + "/loop")));
        server.stubFor(get(urlEqualTo("/elsewhere"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", "file:///etc/passwd")));
        DocsFixture.write(
                dir,
                server.baseUrl(),
                List.of(
                        new Source("/old", DocsFixture.PAGE_TEXT),
                        new Source("/loop", DocsFixture.PAGE_TEXT),
                        new Source("/elsewhere", DocsFixture.PAGE_TEXT)));
        DocsReport report = check().maxRedirects(3).build().run();
        assertEquals(DocsReport.Status.UNCHANGED, page(report, "/old").status());
        DocsReport.Page loop = page(report, "/loop");
        assertEquals(DocsReport.Status.UNREACHABLE, loop.status());
        assertTrue(loop.reason().startsWith("more than 3 redirects"), loop.reason());
        assertTrue(
                page(report, "/elsewhere").reason().contains("not http(s)"),
                page(report, "/elsewhere").reason());
        assertFalse(report.hasUnacceptedChanges(), "unreachable is no change");
    }

    @Test
    void slowFailingAndOversizedPagesAreUnreachableWithTheirReason() throws Exception {
        server.stubFor(get(urlEqualTo("/slow"))
                .willReturn(aResponse().withFixedDelay(5_000).withBody("late")));
        server.stubFor(get(urlEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
        server.stubFor(get(urlEqualTo("/reset")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        server.stubFor(get(urlEqualTo("/big"))
                .willReturn(aResponse().withHeader("Content-Type", "text/plain").withBody("x".repeat(5_000))));
        server.stubFor(get(urlEqualTo("/logo"))
                .willReturn(aResponse().withHeader("Content-Type", "image/png").withBody("PNG")));
        DocsFixture.write(
                dir,
                server.baseUrl(),
                List.of(
                        new Source("/slow", "late\n"),
                        new Source("/gone", "gone\n"),
                        new Source("/reset", "reset\n"),
                        new Source("/big", "big\n"),
                        new Source("/logo", "logo\n")));
        DocsReport report =
                check().timeout(Duration.ofMillis(300)).maxBytes(1_000).build().run();
        assertEquals(
                5, report.count(DocsReport.Status.UNREACHABLE), report.pages().toString());
        assertTrue(
                page(report, "/slow").reason().startsWith("timed out"),
                page(report, "/slow").reason());
        assertEquals(
                "HTTP 404 from " + server.baseUrl() + "/gone",
                page(report, "/gone").reason());
        assertTrue(
                page(report, "/reset").reason().startsWith("cannot read"),
                page(report, "/reset").reason());
        assertTrue(
                page(report, "/big").reason().contains("larger than 1000 bytes"),
                page(report, "/big").reason());
        assertTrue(
                page(report, "/logo").reason().contains("not a text page"),
                page(report, "/logo").reason());
        String markdown = Files.readString(report.markdown());
        assertTrue(markdown.contains("## Unreachable: " + server.baseUrl() + "/gone"), markdown);
    }

    @Test
    void acceptingWritesTheSnapshotTheDigestAndTheDayAndKeepsTheRestOfTheSpec() throws Exception {
        serve("/intro", DocsFixture.CHANGED_HTML);
        serve("/other", DocsFixture.PAGE_HTML);
        Path spec = DocsFixture.write(
                dir,
                server.baseUrl(),
                List.of(new Source("/intro", DocsFixture.PAGE_TEXT), new Source("/other", DocsFixture.PAGE_TEXT)));
        String before = Files.readString(spec);
        DocsReport first = check().build().run();
        assertEquals(DocsReport.Status.CHANGED, page(first, "/intro").status());
        assertEquals(before, Files.readString(spec), "a check without accepting writes nothing beside the report");

        DocsReport accepted = check().accept(true).build().run();
        DocsReport.Page p = page(accepted, "/intro");
        assertTrue(p.accepted(), p.toString());
        assertFalse(accepted.hasUnacceptedChanges());
        String newText = DocsFixture.PAGE_TEXT.replace("POST /notes", "PUT /notes/{id}");
        assertEquals(newText, Files.readString(dir.resolve("sources/notes/localhost-intro.txt")));
        String expected = before.replaceFirst(DocsFixture.sha256(DocsFixture.PAGE_TEXT), DocsFixture.sha256(newText))
                .replaceFirst("reviewed: 2026-01-02", "reviewed: 2026-11-23");
        assertEquals(expected, Files.readString(spec), "only the accepted page's two values changed");

        DocsReport again = check().build().run();
        assertEquals(2, again.count(DocsReport.Status.UNCHANGED), again.pages().toString());
    }

    @Test
    void aPageThatChangedAgainSinceTheReviewedReportIsNotAccepted() throws Exception {
        serve("/intro", DocsFixture.CHANGED_HTML);
        Path spec = DocsFixture.write(dir, server.baseUrl(), List.of(new Source("/intro", DocsFixture.PAGE_TEXT)));
        check().build().run();
        serve("/intro", DocsFixture.CHANGED_HTML.replace("Notes API", "Notes API v2"));
        String before = Files.readString(spec);
        DocsReport report = check().accept(true).build().run();
        DocsReport.Page p = page(report, "/intro");
        assertFalse(p.accepted());
        assertTrue(p.reason().contains("changed again since the last report"), p.reason());
        assertEquals(before, Files.readString(spec));
        assertEquals(DocsFixture.PAGE_TEXT, Files.readString(dir.resolve("sources/notes/localhost-intro.txt")));
        assertTrue(check().accept(true).build().run().pages().get(0).accepted(), "accepted once the report showed it");
    }

    @Test
    void aSelectorKeepsOnlyTheDocumentationPartAndAMissingSnapshotIsNoted() throws Exception {
        serve("/intro", DocsFixture.PAGE_HTML.replace("<main>", "<nav>Home | Blog</nav><main>"));
        Files.writeString(
                dir.resolve("notes.yaml"),
                "openapi: 3.0.3\ninfo:\n  title: Notes\n  version: \"1\"\n  x-handspec-sources:\n"
                        + "    - {url: '" + server.baseUrl() + "/intro', sha256: "
                        + DocsFixture.sha256(DocsFixture.PAGE_TEXT)
                        + ", reviewed: 2026-01-02, selector: main}\npaths: {}\n");
        DocsReport report = check().build().run();
        assertEquals(
                DocsReport.Status.UNCHANGED,
                page(report, "/intro").status(),
                report.pages().toString());
        assertEquals(1, report.notes().size(), report.notes().toString());
        assertTrue(
                report.notes().get(0).message().startsWith("no snapshot"),
                report.notes().toString());
        check().accept(true).build().run();
        assertEquals(
                DocsFixture.PAGE_TEXT, Files.readString(dir.resolve("sources/notes/localhost-intro.txt")), "restored");
    }

    @Test
    void aNewPageWithAPlaceholderDigestIsShownWholeThenRecordedWhenAccepted() throws Exception {
        serve("/intro", DocsFixture.PAGE_HTML);
        Path spec = dir.resolve("notes.yaml");
        Files.writeString(
                spec,
                "openapi: 3.0.3\ninfo:\n  title: Notes\n  version: \"1\"\n  x-handspec-sources:\n"
                        + "    - url: " + server.baseUrl() + "/intro\n      sha256: '" + "0".repeat(64)
                        + "'\n      reviewed: 2026-01-02\npaths: {}\n");
        DocsReport first = check().build().run();
        DocsReport.Page p = page(first, "/intro");
        assertEquals(DocsReport.Status.CHANGED, p.status());
        assertTrue(p.diff().contains("+Notes API\n+Send the key in the X-Key header.\n"), p.diff());
        assertTrue(
                first.notes().get(0).message().startsWith("no snapshot"),
                first.notes().toString());
        check().accept(true).build().run();
        assertEquals(DocsFixture.PAGE_TEXT, Files.readString(dir.resolve("sources/notes/localhost-intro.txt")));
        assertTrue(
                Files.readString(spec).contains("sha256: '" + DocsFixture.sha256(DocsFixture.PAGE_TEXT) + "'\n"),
                Files.readString(spec));
        assertEquals(
                DocsReport.Status.UNCHANGED,
                check().build().run().pages().get(0).status());
    }
}
