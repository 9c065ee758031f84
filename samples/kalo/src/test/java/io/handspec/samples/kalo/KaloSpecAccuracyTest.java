package io.handspec.samples.kalo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.handspec.runtime.ApiException;
import io.handspec.samples.kalo.client.KaloClient;
import io.handspec.samples.kalo.client.KaloErrors;
import io.handspec.samples.kalo.client.model.Project;
import io.handspec.samples.kalo.client.model.ProjectAttributes;
import io.handspec.samples.kalo.client.model.ProjectPatch;
import io.handspec.samples.kalo.client.model.ProjectType;
import io.handspec.samples.support.MockApi;
import io.handspec.samples.support.SpecCheck;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Kalo's request table gives every resource get-one, list, create and patch; its general statuses carry the error body. */
class KaloSpecAccuracyTest {
    private static final String PROJECT = "5b0bd1ae-9f1e-4a5f-8a40-1f1d4c5b0a01";
    private static final String INVOICE = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c01";
    private MockApi mock;
    private KaloClient kalo;

    @BeforeEach
    void start() {
        mock = MockApi.start("");
        kalo = KaloClient.builder()
                .baseUri(mock.baseUrl())
                .kaloApiKey("test-key")
                .build();
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    private void answer(String path, int status, String body) {
        mock.stub(any(urlPathEqualTo(path))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    private List<LoggedRequest> requests() {
        return mock.requests().stream().map(e -> e.getRequest()).toList();
    }

    /** The spec check every sample relies on must see a missing credential, or it proves nothing about auth. */
    @Test
    void theSpecCheckFlagsARequestWithoutTheApiKey() throws Exception {
        answer("/projects/" + PROJECT + "/", 200, "{\"data\":{\"type\":\"project\",\"id\":\"" + PROJECT + "\"}}");
        java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(mock.baseUrl() + "/projects/" + PROJECT + "/"))
                                .header("Accept", "application/json")
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
        kalo.projects().getProject(UUID.fromString(PROJECT));
        List<String> problems = new SpecCheck(Path.of("../../specs/kalo.yaml")).problems(requests());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("security"), problems.get(0));
    }

    @Test
    void aProjectIsPatchedWithOnlyTheChangedAttribute() {
        answer(
                "/projects/" + PROJECT + "/",
                200,
                "{\"data\":{\"type\":\"project\",\"id\":\"" + PROJECT
                        + "\",\"attributes\":{\"end_date\":\"2017-10-15\"}}}");
        Project changed = kalo.projects()
                .updateProject(
                        UUID.fromString(PROJECT),
                        ProjectPatch.builder()
                                .type(ProjectType.PROJECT)
                                .attributes(ProjectAttributes.builder()
                                        .endDate(LocalDate.parse("2017-10-15"))
                                        .build())
                                .build());
        assertEquals(LocalDate.parse("2017-10-15"), changed.attributes().endDate());
        assertEquals("PATCH", requests().get(0).getMethod().getName());
        assertEquals(
                "{\"data\":{\"type\":\"project\",\"attributes\":{\"end_date\":\"2017-10-15\"}}}",
                requests().get(0).getBodyAsString());
        assertEquals(List.of(), new SpecCheck(Path.of("../../specs/kalo.yaml")).problems(requests()));
    }

    @Test
    void oneInvoiceIsFetchedAndA403CarriesTheErrorDocument() {
        answer(
                "/invoices/" + INVOICE + "/",
                403,
                "{\"errors\":[{\"status\":\"403\",\"title\":\"Forbidden\",\"detail\":\"Not your team's invoice\"}]}");
        ApiException.Forbidden e =
                assertThrows(ApiException.Forbidden.class, () -> kalo.invoices().getInvoice(UUID.fromString(INVOICE)));
        assertEquals(
                "Not your team's invoice",
                KaloErrors.of(e).orElseThrow().errors().get(0).detail());
        assertEquals("/invoices/" + INVOICE + "/", requests().get(0).getUrl());
        assertEquals(List.of(), new SpecCheck(Path.of("../../specs/kalo.yaml")).problems(requests()));
    }
}
