package io.handspec.generator.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.handspec.generator.DocsFixture;
import io.handspec.generator.DocsFixture.Source;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code handspec-generator check-docs}: the same check as the plugin's goal, its exit status and output. */
class DocsCommandTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int cli(String... args) {
        out.reset();
        err.reset();
        return DocsCommand.run(
                args,
                dir,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private void serve(String html) {
        server.stubFor(get(urlEqualTo("/intro"))
                .willReturn(aResponse().withHeader("Content-Type", "text/html").withBody(html)));
    }

    @Test
    void aChangeIsReportedAndFailsOnlyWhenAskedThenAcceptingSettlesIt() throws Exception {
        serve(DocsFixture.CHANGED_HTML);
        DocsFixture.write(dir.resolve("specs"), server.baseUrl(), List.of(new Source("/intro", DocsFixture.PAGE_TEXT)));
        assertEquals(0, cli("--spec", "specs"), err.toString(StandardCharsets.UTF_8));
        assertTrue(out().contains("changed: specs/notes.yaml " + server.baseUrl() + "/intro\n"), out());
        assertTrue(out().contains("1 page(s) of 1 spec(s): 0 unchanged, 1 changed, 0 unreachable; report "), out());
        assertTrue(
                Files.readString(dir.resolve("target/handspec/docs-report.md")).contains("+PUT /notes/{id}"));
        assertEquals(3, cli("--spec", "specs", "--fail-on-change"));
        assertEquals(0, cli("--spec", "specs/notes.yaml", "--accept", "--fail-on-change"));
        assertTrue(out().contains("changed, accepted: specs/notes.yaml"), out());
        assertEquals(0, cli("--spec", "specs", "--fail-on-change", "--report", "elsewhere"));
        assertTrue(out().contains("1 unchanged, 0 changed, 0 unreachable"), out());
        assertTrue(Files.isRegularFile(dir.resolve("elsewhere/docs-report.json")));
    }

    @Test
    void anUnreachablePageFailsOnlyWithItsOwnOption() throws Exception {
        server.stubFor(get(urlEqualTo("/intro")).willReturn(aResponse().withStatus(503)));
        DocsFixture.write(dir, server.baseUrl(), List.of(new Source("/intro", DocsFixture.PAGE_TEXT)));
        assertEquals(0, cli("--spec", "notes.yaml", "--fail-on-change"));
        assertTrue(out().contains("unreachable: notes.yaml " + server.baseUrl() + "/intro (HTTP 503 from "), out());
        assertEquals(3, cli("--spec", "notes.yaml", "--fail-on-unreachable"));
    }

    @Test
    void badArgumentsAndBadSpecsHaveTheirOwnExitStatus() throws Exception {
        assertEquals(2, cli());
        assertEquals(2, cli("--spec", "a.yaml", "--timeout", "soon"));
        assertEquals(2, cli("--spec", "a.yaml", "--timeout", "0"));
        assertEquals(2, cli("--spec"));
        assertEquals(0, cli("--help"));
        assertTrue(out().contains("--fail-on-change"), out());
        Files.writeString(
                dir.resolve("bad.yaml"),
                "openapi: 3.0.3\ninfo:\n  title: Bad\n  version: \"1\"\n  x-handspec-sources:\n"
                        + "    - {url: /intro, sha256: nope, reviewed: today}\npaths: {}\n");
        assertEquals(1, cli("--spec", "bad.yaml"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("bad.yaml:6:") && e.contains("(at /info/x-handspec-sources/0/url)"), e);
    }

    @Test
    void theMainEntryPointDispatchesToTheCommand() {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        int status = Main.run(
                new String[] {"check-docs", "--help"},
                new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, status);
        assertTrue(o.toString(StandardCharsets.UTF_8).startsWith("usage: handspec-generator check-docs"));
    }
}
