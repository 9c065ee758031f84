package io.handspec.generator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.handspec.generator.DocsFixture.Source;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The docs check against servers that misbehave: bad redirects, unasked-for compression, credentials. */
class DocsCheckHostileTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dir;

    private DocsReport run() throws Exception {
        return DocsCheck.builder()
                .baseDir(dir)
                .spec("notes.yaml")
                .reportDir(dir.resolve("target/handspec"))
                .timeout(Duration.ofSeconds(5))
                .maxBytes(10_000)
                .build()
                .run();
    }

    private static DocsReport.Page page(DocsReport report, String path) {
        return report.pages().stream()
                .filter(p -> p.url().endsWith(path))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aMalformedRedirectMakesThePageUnreachableInsteadOfStoppingTheCheck() throws Exception {
        server.stubFor(get(urlEqualTo("/bad"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", "http://[not-a-host/x")));
        server.stubFor(
                get(urlEqualTo("/space")).willReturn(aResponse().withStatus(302).withHeader("Location", "/a page")));
        DocsFixture.write(dir, server.baseUrl(), List.of(new Source("/bad", "bad\n"), new Source("/space", "space\n")));
        DocsReport report = run();
        assertEquals(
                2, report.count(DocsReport.Status.UNREACHABLE), report.pages().toString());
        assertTrue(
                page(report, "/bad").reason().contains("not a valid address"),
                page(report, "/bad").reason());
    }

    /** A server's words reach the Markdown report as text: markup in them must not become the report's markup. */
    @Test
    void markupFromTheServerIsEscapedInTheMarkdownReport() throws Exception {
        server.stubFor(get(urlEqualTo("/markup"))
                .willReturn(
                        aResponse().withStatus(302).withHeader("Location", "ftp://x/<img src=x onerror=alert(1)>")));
        server.stubFor(get(urlEqualTo("/type"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/<b>x</b>")
                        .withBody("not a page")));
        DocsFixture.write(dir, server.baseUrl(), List.of(new Source("/markup", "m\n"), new Source("/type", "t\n")));
        DocsReport report = run();
        assertEquals(
                2, report.count(DocsReport.Status.UNREACHABLE), report.pages().toString());
        String markdown = Files.readString(report.markdown());
        assertFalse(markdown.contains("<img") || markdown.contains("<b>"), markdown);
        assertTrue(markdown.contains("&lt;img src=x onerror=alert(1)&gt;"), markdown);
        assertTrue(markdown.contains("application/&lt;b&gt;x&lt;/b&gt;"), markdown);
    }

    @Test
    void aGzippedBodyTheClientDidNotAskForIsReadAsItsText() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(DocsFixture.PAGE_HTML.getBytes(StandardCharsets.UTF_8));
        }
        server.stubFor(get(urlEqualTo("/zipped"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/html; charset=utf-8")
                        .withHeader("Content-Encoding", "gzip")
                        .withBody(zipped.toByteArray())));
        server.stubFor(get(urlEqualTo("/brotli"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/html")
                        .withHeader("Content-Encoding", "br")
                        .withBody(new byte[] {1, 2, 3})));
        DocsFixture.write(
                dir,
                server.baseUrl(),
                List.of(new Source("/zipped", DocsFixture.PAGE_TEXT), new Source("/brotli", "x\n")));
        DocsReport report = run();
        assertEquals(
                DocsReport.Status.UNCHANGED,
                page(report, "/zipped").status(),
                report.pages().toString());
        DocsReport.Page brotli = page(report, "/brotli");
        assertEquals(DocsReport.Status.UNREACHABLE, brotli.status());
        assertTrue(brotli.reason().contains("Content-Encoding br"), brotli.reason());
    }

    @Test
    void aGzipBombIsCutOffAtTheSizeLimit() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(("<html><body><p>" + "x".repeat(200_000) + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        }
        server.stubFor(get(urlEqualTo("/bomb"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/html")
                        .withHeader("Content-Encoding", "gzip")
                        .withBody(zipped.toByteArray())));
        DocsFixture.write(dir, server.baseUrl(), List.of(new Source("/bomb", "x\n")));
        DocsReport.Page bomb = page(run(), "/bomb");
        assertEquals(DocsReport.Status.UNREACHABLE, bomb.status());
        assertTrue(bomb.reason().contains("larger than 10000 bytes"), bomb.reason());
    }

    @Test
    void aRedirectCarryingCredentialsDoesNotPutThemInTheReport() throws Exception {
        server.stubFor(get(urlEqualTo("/leak"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", "ftp://admin:hunter2@files.example/x")));
        DocsFixture.write(dir, server.baseUrl(), List.of(new Source("/leak", "x\n")));
        DocsReport report = run();
        assertEquals(DocsReport.Status.UNREACHABLE, page(report, "/leak").status());
        assertFalse(
                page(report, "/leak").reason().contains("hunter2"),
                page(report, "/leak").reason());
        assertFalse(Files.readString(report.markdown()).contains("hunter2"));
        assertFalse(Files.readString(report.json()).contains("hunter2"));
    }

    @Test
    void aSpecUrlWithCredentialsIsRefusedWithoutRepeatingThem() throws Exception {
        DocsFixture.write(
                dir, server.baseUrl().replace("://", "://admin:hunter2@"), List.of(new Source("/intro", "x\n")));
        GenerationException e = assertThrows(GenerationException.class, this::run);
        assertEquals(1, e.problems().size(), e.problems().toString());
        SpecProblem p = e.problems().get(0);
        assertEquals("/info/x-handspec-sources/0/url", p.pointer());
        assertTrue(p.message().contains("credentials"), p.message());
        assertFalse(p.toString().contains("hunter2"), p.toString());
    }
}
