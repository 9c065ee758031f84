package io.handspec.samples.kiliaro;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handspec.samples.kiliaro.client.KiliaroClient;
import io.handspec.samples.support.MockApi;
import io.handspec.samples.support.SpecCheck;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Kiliaro's user ids have 32 hex digits, as every id in the docs; the spec check holds requests to it. */
class KiliaroSpecAccuracyTest {
    private static final String DOCUMENTED = "57ab2faf0239407cc558338b00000001";
    private MockApi mock;

    @BeforeEach
    void start() {
        mock = MockApi.start("");
        mock.stub(get(urlPathMatching("/users/.*"))
                .willReturn(okJson("{\"id\":\"" + DOCUMENTED + "\",\"name\":\"Bruce Wayne\"}")));
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    private List<String> problems() {
        return new SpecCheck(Path.of("../../specs/kiliaro.yaml"))
                .problems(mock.requests().stream().map(e -> e.getRequest()).toList());
    }

    @Test
    void theDocumentedThirtyTwoDigitIdIsAValidUserId() {
        KiliaroClient kiliaro =
                KiliaroClient.builder().baseUri(mock.baseUrl()).apiKey("t-key").build();
        assertEquals("Bruce Wayne", kiliaro.users().getUser(DOCUMENTED).name());
        assertEquals(List.of(), problems());
    }

    @Test
    void aTwentyFourDigitIdIsRefusedByTheCheck() throws Exception {
        HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(mock.baseUrl() + "/users/57ab2faf0239407cc558338b?apikey=t-key"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        List<String> problems = problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("pattern"), problems.toString());
    }
}
