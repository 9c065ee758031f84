package io.handspec.samples.kiliaro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.handspec.samples.kiliaro.client.KiliaroClient;
import io.handspec.samples.kiliaro.client.model.ErrorBody;
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

class KiliaroSampleTest {
    private MockApi mock;
    private KiliaroFlow.Result result;
    private List<LoggedRequest> requests;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeEach
    void runTheFlowAgainstTheMock() {
        mock = KiliaroMock.start();
        KiliaroClient kiliaro =
                KiliaroClient.builder().baseUri(mock.baseUrl()).apiKey("t-key").build();
        result = KiliaroFlow.run(
                kiliaro,
                "andreas@kiliaro.com",
                KiliaroMock.DIRECTORY_ID,
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        requests = mock.requests().stream().map(e -> e.getRequest()).toList();
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    @Test
    void theUserIsLookedUpWithAMatrixPathParameter() {
        assertEquals(
                // the seed shows the address with a literal @, as RFC 3986 allows in a path segment
                "/users;email=andreas@kiliaro.com?apikey=t-key", requests.get(0).getUrl());
        assertEquals("Bruce Wayne", result.found().name());
    }

    @Test
    void theChangeIsAPostOfOnlyTheChangedField() {
        LoggedRequest change = requests.get(1);
        assertEquals("POST", change.getMethod().getName());
        assertEquals("/users/" + KiliaroMock.USER_ID + "?apikey=t-key", change.getUrl());
        assertEquals("{\"email\":\"batman@gotham.org\"}", change.getBodyAsString());
        assertEquals("batman@gotham.org", result.changed().email());
    }

    @Test
    void anUnknownOffsetStaysUnknownAndIsWrittenBackAsMinusZero() throws Exception {
        var beach = result.media().get(0);
        assertFalse(beach.takenAt().offsetKnown());
        assertEquals("2021-06-12T16:41:03", beach.takenAt().localDateTime().toString());
        assertTrue(io.handspec.runtime.Json.newMapper()
                .writeValueAsString(beach)
                .contains("\"taken_at\":\"2021-06-12T16:41:03-00:00\""));
        assertEquals(
                "\"2021-06-12T16:41:03-00:00\"",
                io.handspec.runtime.Json.newMapper().writeValueAsString(beach.takenAt()));
        assertTrue(result.media().get(1).takenAt().offsetKnown());
        assertNull(result.media().get(2).takenAt());
        assertTrue(
                printed.toString(StandardCharsets.UTF_8).contains("2021-06-12T16:41:03 (local time, offset unknown)"));
    }

    @Test
    void the400CarriesItsFieldErrors() {
        ErrorBody error = result.badRequest().error(ErrorBody.class).orElseThrow();
        assertEquals(400, error.httpCode());
        assertEquals("must not be empty", error.fieldErrors().get("name"));
    }

    @Test
    void everyRequestCarriesTheApiKeyAndMatchesTheSpec() {
        assertEquals(4, requests.size());
        requests.forEach(r -> assertEquals("t-key", r.queryParameter("apikey").firstValue()));
        assertEquals(List.of(), new SpecCheck(Path.of("../../specs/kiliaro.yaml")).problems(requests));
    }
}
