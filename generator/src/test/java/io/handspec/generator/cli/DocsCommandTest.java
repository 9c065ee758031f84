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

    private final Console console = new Console((args, out, err) -> DocsCommand.run(args, dir, out, err));

    private void serve(String html) {
        server.stubFor(get(urlEqualTo("/intro"))
                .willReturn(aResponse().withHeader("Content-Type", "text/html").withBody(html)));
    }

    @Test
    void aChangeIsReportedAndFailsOnlyWhenAskedThenAcceptingSettlesIt() throws Exception {
        serve(DocsFixture.CHANGED_HTML);
        DocsFixture.write(dir.resolve("specs"), server.baseUrl(), List.of(new Source("/intro", DocsFixture.PAGE_TEXT)));
        assertEquals(0, console.run("--spec", "specs"), console.err());
        assertTrue(console.out().contains("changed: specs/notes.yaml " + server.baseUrl() + "/intro\n"), console.out());
        assertTrue(
                console.out().contains("1 page(s) of 1 spec(s): 0 unchanged, 1 changed, 0 unreachable; report "),
                console.out());
        assertTrue(
                Files.readString(dir.resolve("target/handspec/docs-report.md")).contains("+PUT /notes/{id}"));
        assertEquals(3, console.run("--spec", "specs", "--fail-on-change"));
        assertEquals(0, console.run("--spec", "specs/notes.yaml", "--accept", "--fail-on-change"));
        assertTrue(console.out().contains("changed, accepted: specs/notes.yaml"), console.out());
        assertEquals(0, console.run("--spec", "specs", "--fail-on-change", "--report", "elsewhere"));
        assertTrue(console.out().contains("1 unchanged, 0 changed, 0 unreachable"), console.out());
        assertTrue(Files.isRegularFile(dir.resolve("elsewhere/docs-report.json")));
    }

    @Test
    void anUnreachablePageFailsOnlyWithItsOwnOption() throws Exception {
        server.stubFor(get(urlEqualTo("/intro")).willReturn(aResponse().withStatus(503)));
        DocsFixture.write(dir, server.baseUrl(), List.of(new Source("/intro", DocsFixture.PAGE_TEXT)));
        assertEquals(0, console.run("--spec", "notes.yaml", "--fail-on-change"));
        assertTrue(
                console.out().contains("unreachable: notes.yaml " + server.baseUrl() + "/intro (HTTP 503 from "),
                console.out());
        assertEquals(3, console.run("--spec", "notes.yaml", "--fail-on-unreachable"));
    }

    @Test
    void badArgumentsAndBadSpecsHaveTheirOwnExitStatus() throws Exception {
        assertEquals(2, console.run());
        assertEquals(2, console.run("--spec", "a.yaml", "--timeout", "soon"));
        assertEquals(2, console.run("--spec", "a.yaml", "--timeout", "0"));
        assertEquals(2, console.run("--spec"));
        assertEquals(0, console.run("--help"));
        assertTrue(console.out().contains("--fail-on-change"), console.out());
        Files.writeString(
                dir.resolve("bad.yaml"),
                "openapi: 3.0.3\ninfo:\n  title: Bad\n  version: \"1\"\n  x-handspec-sources:\n"
                        + "    - {url: /intro, sha256: nope, reviewed: today}\npaths: {}\n");
        assertEquals(1, console.run("--spec", "bad.yaml"));
        String e = console.err();
        assertTrue(e.contains("bad.yaml:6:") && e.contains("(at /info/x-handspec-sources/0/url)"), e);
    }

    @Test
    void theMainEntryPointDispatchesToTheCommand() {
        Console main = Console.main();
        assertEquals(0, main.run("check-docs", "--help"));
        assertTrue(main.out().startsWith("usage: handspec-generator check-docs"));
    }
}
