package io.handspec.samples.toggl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.handspec.samples.support.MockApi;
import io.handspec.samples.support.SpecCheck;
import io.handspec.samples.toggl.reports.TogglReportsClient;
import io.handspec.samples.toggl.track.TogglTrackClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TogglSampleTest {
    private MockApi mock;
    private TogglFlow.Result result;
    private List<LoggedRequest> requests;
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void runTheFlowAgainstTheMock() {
        mock = TogglMock.start();
        TogglTrackClient track = TogglTrackClient.builder()
                .baseUri(mock.baseUrl() + TogglMock.TRACK)
                .apiToken("tok")
                .config(c -> c.sleeper(sleeps::add))
                .build();
        TogglReportsClient reports = TogglReportsClient.builder()
                .baseUri(mock.baseUrl() + TogglMock.REPORTS)
                .apiToken("tok")
                .config(c -> c.sleeper(sleeps::add))
                .build();
        result = TogglFlow.run(
                track,
                reports,
                OffsetDateTime.parse("2024-12-13T09:00:00Z"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        requests = mock.requests().stream().map(e -> e.getRequest()).toList();
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    private List<LoggedRequest> to(String method, String path) {
        return requests.stream()
                .filter(r ->
                        r.getMethod().getName().equals(method) && r.getUrl().startsWith(path))
                .toList();
    }

    @Test
    void everyRequestUsesTheTokenWithTheLiteralPasswordApiToken() {
        String expected = "Basic "
                + java.util.Base64.getEncoder().encodeToString("tok:api_token".getBytes(StandardCharsets.UTF_8));
        requests.forEach(r -> assertEquals(expected, r.getHeader("Authorization"), r.getUrl()));
    }

    @Test
    void theTimerIsStartedWithANegativeDurationAndInt64Ids() {
        LoggedRequest create =
                to("POST", TogglMock.TRACK + "/workspaces/2230580/time_entries").get(0);
        assertEquals(
                "{\"created_with\":\"handspec-sample\",\"workspace_id\":2230580,\"start\":\"2024-12-13T09:00:00Z\","
                        + "\"duration\":-1,\"description\":\"Writing the Toggl spec\"}",
                create.getBodyAsString());
        assertEquals(3727977106L, result.started().id());
        assertTrue(result.started().duration() < 0);
        assertEquals(
                1,
                to("PATCH", TogglMock.TRACK + "/workspaces/2230580/time_entries/3727977106/stop")
                        .size());
        assertEquals(1500L, result.stopped().duration());
    }

    @Test
    void theUpdateSendsOnlyTheDescription() {
        LoggedRequest update = to("PUT", TogglMock.TRACK + "/workspaces/2230580/time_entries/3727977106")
                .get(0);
        assertEquals("{\"description\":\"Reviewing the Toggl spec\"}", update.getBodyAsString());
        assertEquals("Reviewing the Toggl spec", result.renamed().description());
    }

    @Test
    void theReportIsPagedThroughTheNextIdHeadersAndThe429IsWaitedOut() {
        assertEquals(
                List.of(1, 2, 3), result.rows().stream().map(r -> r.rowNumber()).toList());
        List<LoggedRequest> searches = to("POST", TogglMock.REPORTS);
        assertEquals(3, searches.size(), "first page, the 429, and its retry");
        assertEquals(
                "{\"start_date\":\"2024-01-01\",\"end_date\":\"2024-01-31\",\"page_size\":2}",
                searches.get(0).getBodyAsString());
        assertEquals(
                "{\"start_date\":\"2024-01-01\",\"end_date\":\"2024-01-31\",\"page_size\":2,\"first_id\":3727977108,"
                        + "\"first_row_number\":3}",
                searches.get(2).getBodyAsString());
        assertEquals(searches.get(1).getBodyAsString(), searches.get(2).getBodyAsString());
        assertEquals(List.of(Duration.ofSeconds(1)), sleeps, "Retry-After: 1 honoured, nothing else waited");
    }

    @Test
    void the402IsTypedAndNotRetried() {
        assertNotNull(result.paymentRequired());
        assertEquals(
                "Workspace needs to have this feature enabled",
                result.paymentRequired().error(String.class).orElseThrow());
        assertEquals(
                1,
                to("PUT", TogglMock.TRACK + "/workspaces/2230580").stream()
                        .filter(r -> r.getUrl().endsWith("2230580"))
                        .count());
    }

    @Test
    void pageNumberListsFollowPageAndPerPageUpToTheTotalCount() {
        String path = TogglMock.TRACK + "/workspaces/2230580/tasks";
        String task =
                "{\"id\":%d,\"name\":\"Task %d\",\"project_id\":155392684,\"workspace_id\":2230580,\"active\":true}";
        mock.stub(com.github.tomakehurst.wiremock.client.WireMock.get(
                        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(path + "?per_page=2"))
                .willReturn(
                        com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"data\":[" + String.format(task, 1, 1)
                                + "," + String.format(task, 2, 2) + "],\"page\":1,\"per_page\":2,\"total_count\":3}")));
        mock.stub(com.github.tomakehurst.wiremock.client.WireMock.get(
                        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(path + "?per_page=2&page=2"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        "{\"data\":[" + String.format(task, 3, 3) + "],\"page\":2,\"per_page\":2,\"total_count\":3}")));
        TogglTrackClient track = TogglTrackClient.builder()
                .baseUri(mock.baseUrl() + TogglMock.TRACK)
                .apiToken("tok")
                .build();
        List<Long> ids = track
                .tasks()
                .listWorkspaceTasks(
                        2230580L,
                        io.handspec.samples.toggl.track.api.TasksApi.ListWorkspaceTasksParams.builder()
                                .perPage(2)
                                .build())
                .stream()
                .map(t -> t.id())
                .toList();
        assertEquals(List.of(1L, 2L, 3L), ids);
        assertEquals(
                2,
                mock.requests().stream()
                        .filter(e -> e.getRequest().getUrl().startsWith(path))
                        .count());
    }

    @Test
    void everyRequestMatchesItsSpec() {
        List<LoggedRequest> trackRequests = requests.stream()
                .filter(r -> r.getUrl().startsWith(TogglMock.TRACK))
                .toList();
        List<LoggedRequest> reportRequests = requests.stream()
                .filter(r -> r.getUrl().startsWith(TogglMock.REPORTS))
                .toList();
        assertEquals(requests.size(), trackRequests.size() + reportRequests.size());
        assertEquals(List.of(), new SpecCheck(Path.of("../../specs/toggl.yaml")).problems(trackRequests));
        assertEquals(List.of(), new SpecCheck(Path.of("../../specs/toggl-reports.yaml")).problems(reportRequests));
    }
}
