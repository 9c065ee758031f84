package io.handspec.samples.kalo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.handspec.samples.kalo.client.KaloClient;
import io.handspec.samples.kalo.client.model.ErrorDocument;
import io.handspec.samples.kalo.client.model.TaskStatus;
import io.handspec.samples.support.MockApi;
import io.handspec.samples.support.SpecCheck;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KaloSampleTest {
    private MockApi mock;
    private KaloFlow.Result result;
    private List<LoggedRequest> requests;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeEach
    void runTheFlowAgainstTheMock() {
        mock = KaloMock.start();
        KaloClient kalo = KaloClient.builder()
                .baseUri(mock.baseUrl())
                .kaloApiKey("test-key")
                .build();
        result = KaloFlow.run(
                kalo, UUID.fromString(KaloMock.MISSING_TASK), new PrintStream(printed, true, StandardCharsets.UTF_8));
        requests = mock.requests().stream().map(e -> e.getRequest()).toList();
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    @Test
    void sixtyFiveProjectsTakeExactlyThreeRequests() {
        assertEquals(
                IntStream.range(0, 65)
                        .mapToObj(KaloMock::uuid)
                        .map(UUID::fromString)
                        .toList(),
                result.projects().stream().map(p -> p.id()).toList(),
                "no project skipped or repeated");
        List<String> listUrls = requests.stream()
                .filter(r -> r.getUrl().startsWith("/projects/"))
                .map(LoggedRequest::getUrl)
                .toList();
        assertEquals(
                List.of("/projects/", "/projects/?page%5Boffset%5D=30", "/projects/?page%5Boffset%5D=60"), listUrls);
    }

    @Test
    void aHundredProjectsTakeExactlyFourRequestsOfThirtyThirtyThirtyAndTen() {
        try (MockApi hundred = KaloMock.start(100)) {
            KaloClient kalo = KaloClient.builder()
                    .baseUri(hundred.baseUrl())
                    .kaloApiKey("test-key")
                    .build();
            List<Integer> pageSizes = new java.util.ArrayList<>();
            kalo.projects()
                    .listProjects()
                    .pages()
                    .forEach(page -> pageSizes.add(page.body().size()));
            assertEquals(List.of(30, 30, 30, 10), pageSizes);
            assertEquals(4, hundred.requests().size());
            assertEquals(
                    100,
                    kalo.projects().listProjects().stream()
                            .map(p -> p.id())
                            .distinct()
                            .count());
        }
    }

    @Test
    void theTaskIsCreatedAsAJsonApiDocumentLinkedToProjectAndManagers() {
        LoggedRequest create = requests.stream()
                .filter(r -> r.getMethod().getName().equals("POST"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "{\"data\":{\"type\":\"task\",\"attributes\":{\"summary\":\"Edit the launch video\",\"description\":\"Two cuts, 90s and 30s\","
                        + "\"rate\":350.0,\"rate_type\":\"daily\"},\"relationships\":{\"project\":{\"data\":{\"type\":\"project\",\"id\":\""
                        + KaloMock.uuid(0)
                        + "\"}},\"managers\":{\"data\":[{\"type\":\"user\",\"id\":100},{\"type\":\"user\",\"id\":101}]}}}}",
                create.getBodyAsString());
        assertEquals("application/json", create.getHeader("Content-Type"));
        assertEquals(UUID.fromString(KaloMock.TASK_ID), result.created().id());
        assertEquals(2, result.created().relationships().managers().data().size());
    }

    @Test
    void thePatchSendsOnlyTheStatus() {
        LoggedRequest patch = requests.stream()
                .filter(r -> r.getMethod().getName().equals("PATCH"))
                .findFirst()
                .orElseThrow();
        assertEquals("/tasks/" + KaloMock.TASK_ID + "/", patch.getUrl());
        assertEquals(
                "{\"data\":{\"type\":\"task\",\"attributes\":{\"status\":\"completed\"}}}", patch.getBodyAsString());
        assertEquals(TaskStatus.COMPLETED, result.completed().attributes().status());
    }

    @Test
    void aMissingTaskIsATyped404() {
        assertNotNull(result.notFound());
        assertEquals(404, result.notFound().status());
        assertEquals(
                "No task matches the given query.",
                result.notFound()
                        .error(ErrorDocument.class)
                        .orElseThrow()
                        .errors()
                        .get(0)
                        .detail());
        assertEquals(true, printed.toString(StandardCharsets.UTF_8).contains("404, No task matches the given query."));
    }

    @Test
    void theSpecCheckCatchesRequestsTheSpecForbids() throws Exception {
        KaloClient noKey = KaloClient.builder().baseUri(mock.baseUrl()).build();
        // values outside the spec's minimum and maximum are refused before anything is sent
        for (var params : List.of(
                io.handspec.samples.kalo.client.api.ProjectsApi.ListProjectsParams.builder()
                        .pageOffset(-5)
                        .build(),
                io.handspec.samples.kalo.client.api.ProjectsApi.ListProjectsParams.builder()
                        .pageLimit(50)
                        .build())) {
            org.junit.jupiter.api.Assertions.assertThrows(
                    IllegalArgumentException.class,
                    () -> noKey.projects().listProjects(params).firstPage());
        }
        assertEquals(6, mock.requests().size(), "neither went on the wire");
        // sent by hand, the same offset is what the spec check reports
        java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(mock.baseUrl() + "/projects/?page%5Boffset%5D=-5"))
                                .header("X-Kalo-Api-Key", "test-key")
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
        List<LoggedRequest> last =
                mock.requests().stream().map(e -> e.getRequest()).skip(6).toList();
        List<String> problems = new SpecCheck(Path.of("../../specs/kalo.yaml")).problems(last);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(true, problems.get(0).contains("minimum: 0, found: -5"), problems.toString());
    }

    @Test
    void everyRequestCarriesTheKeyAndMatchesTheSpec() {
        assertEquals(6, requests.size());
        requests.forEach(r -> assertEquals("test-key", r.getHeader("X-Kalo-Api-Key"), r.getUrl()));
        assertEquals(List.of(), new SpecCheck(Path.of("../../specs/kalo.yaml")).problems(requests));
    }
}
