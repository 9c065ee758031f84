package io.handspec.samples.kickfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.handspec.samples.kickfolio.client.KickfolioClient;
import io.handspec.samples.kickfolio.client.model.ErrorBody;
import io.handspec.samples.support.MockApi;
import io.handspec.samples.support.SpecCheck;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KickfolioSampleTest {
    private MockApi mock;
    private KickfolioFlow.Result result;
    private List<LoggedRequest> requests;

    @BeforeEach
    void runTheFlowAgainstTheMock() {
        mock = KickfolioMock.start();
        KickfolioClient kickfolio = KickfolioClient.builder()
                .baseUri(mock.baseUrl())
                .tokenBasic("MY_RAW_AUTH_TOKEN")
                .build();
        result = KickfolioFlow.run(
                kickfolio, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        requests = mock.requests().stream().map(e -> e.getRequest()).toList();
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    @Test
    void everyCallCarriesTheVendorAcceptAndTheTokenAloneAsBasic() {
        assertEquals(6, requests.size());
        for (LoggedRequest r : requests) {
            assertEquals("application/vnd.kickfolio.v1", r.getHeader("Accept"), r.getUrl());
            assertEquals("Basic TVlfUkFXX0FVVEhfVE9LRU4=", r.getHeader("Authorization"), r.getUrl());
        }
    }

    @Test
    void bodiesAreWrappedInTheirRootKeyAndAnswersUnwrapped() {
        assertEquals("{\"app\":{\"name\":\"Kickfolio Demo\"}}", requests.get(0).getBodyAsString());
        assertEquals(
                "/api/apps/" + KickfolioMock.APP + "/versions", requests.get(1).getUrl());
        assertEquals(
                "{\"version\":{\"bundle_url\":\"https://www.filepicker.io/api/file/3JAgsZ0QSBl7vAhV79Pw\"}}",
                requests.get(1).getBodyAsString());
        assertEquals(
                "{\"app\":{\"name\":\"Kickfolio Demo (renamed)\"}}",
                requests.get(3).getBodyAsString());
        assertEquals("Kickfolio Demo", result.app().name());
        assertEquals("pending", result.version().state());
        assertEquals(
                List.of("1.0", "0.9"),
                result.versions().stream().map(v -> v.versionString()).toList());
        assertEquals("Kickfolio Demo (renamed)", result.renamed().name());
    }

    @Test
    void deleteIs204AndTheInvalidVersionA422WithFieldErrors() {
        assertEquals("DELETE", requests.get(4).getMethod().getName());
        ErrorBody error = result.invalid().error(ErrorBody.class).orElseThrow();
        assertEquals("record_invalid", error.code());
        assertEquals("bundle_url", error.errors().get(0).field());
        assertEquals("is not a ZIP file", error.errors().get(0).message());
    }

    @Test
    void everyRequestMatchesTheSpec() {
        // Kickfolio's Accept names the API version (application/vnd.kickfolio.v1), not a response media
        // type; the answers are plain JSON, so the validator's Accept-versus-response check does not apply.
        SpecCheck check =
                new SpecCheck(Path.of("../../specs/kickfolio.yaml"), List.of("validation.request.accept.notAllowed"));
        assertEquals(List.of(), check.problems(requests));
        assertEquals(
                6,
                new SpecCheck(Path.of("../../specs/kickfolio.yaml"))
                        .problems(requests)
                        .size(),
                "without the exception, each vendor Accept is reported");
    }
}
