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
    void aValueTheSpecForbidsIsRefusedBeforeSendingAndAnOversizedPageIsLowered() {
        KaloClient client = KaloClient.builder()
                .baseUri(mock.baseUrl())
                .kaloApiKey("test-key")
                .build();
        IllegalArgumentException refused =
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> client.projects()
                        .listProjects(io.handspec.samples.kalo.client.api.ProjectsApi.ListProjectsParams.builder()
                                .pageOffset(-5)
                                .build())
                        .firstPage());
        assertEquals(
                "listProjects: parameter 'page[offset]' is -5, but the spec allows at least 0 (minimum)",
                refused.getMessage());
        assertEquals(6, mock.requests().size(), "nothing was sent");
        client.projects()
                .listProjects(io.handspec.samples.kalo.client.api.ProjectsApi.ListProjectsParams.builder()
                        .pageLimit(50)
                        .build())
                .firstPage();
        List<LoggedRequest> last =
                mock.requests().stream().map(e -> e.getRequest()).skip(6).toList();
        // the page size above the spec's maximum never went on the wire: the client lowered it to 30
        assertEquals(
                "30",
                last.get(0).queryParameter("page[limit]").firstValue(),
                last.get(0).getUrl());
        assertEquals(List.of(), new SpecCheck(Path.of("../../specs/kalo.yaml")).problems(last));
    }

    @Test
    void everyRequestCarriesTheKeyAndMatchesTheSpec() {
        assertEquals(6, requests.size());
        requests.forEach(r -> assertEquals("test-key", r.getHeader("X-Kalo-Api-Key"), r.getUrl()));
        assertEquals(List.of(), new SpecCheck(Path.of("../../specs/kalo.yaml")).problems(requests));
    }
}
