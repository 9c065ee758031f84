package io.handspec.samples.toggl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.handspec.runtime.ApiException;
import io.handspec.samples.support.MockApi;
import io.handspec.samples.support.SpecCheck;
import io.handspec.samples.toggl.reports.TogglReportsClient;
import io.handspec.samples.toggl.reports.model.ReportFilter;
import io.handspec.samples.toggl.track.TogglTrackClient;
import io.handspec.samples.toggl.track.model.ClientChanges;
import io.handspec.samples.toggl.track.model.TimeEntryCreate;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the Toggl specs say beyond the sample's flow, each request checked against its spec. */
class TogglSpecAccuracyTest {
    private static final String WS = TogglMock.TRACK + "/workspaces/" + TogglMock.WORKSPACE;
    private static final String WEEKLY =
            TogglMock.REPORTS + "/workspace/" + TogglMock.WORKSPACE + "/weekly/time_entries";
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    private MockApi mock;
    private TogglTrackClient track;

    @BeforeEach
    void start() {
        mock = MockApi.start("");
        track = TogglTrackClient.builder()
                .baseUri(mock.baseUrl() + TogglMock.TRACK)
                .apiToken("tok")
                .config(c -> c.sleeper(sleeps::add))
                .build();
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    private List<LoggedRequest> requests() {
        return mock.requests().stream().map(e -> e.getRequest()).toList();
    }

    private void assertTrackRequestsMatchTheSpec() {
        assertEquals(List.of(), new SpecCheck(Path.of("../../specs/toggl.yaml")).problems(requests()));
    }

    @Test
    void a429WithoutRetryAfterIsWaitedOutForAFewMinutes() {
        mock.stub(get(urlPathEqualTo(TogglMock.TRACK + "/me/time_entries/current"))
                .inScenario("limit")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("free")
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withBody("\"Too many requests\"")));
        mock.stub(get(urlPathEqualTo(TogglMock.TRACK + "/me/time_entries/current"))
                .inScenario("limit")
                .whenScenarioStateIs("free")
                .willReturn(okJson("null")));
        assertNull(track.me().getCurrentTimeEntry(), "null body: no timer runs");
        assertEquals(List.of(Duration.ofMinutes(3)), sleeps, "the docs: back off for a few minutes");
        assertEquals(2, requests().size());
        assertTrackRequestsMatchTheSpec();
    }

    @Test
    void theCurrentEntryIsTheEntryWhenATimerRuns() {
        mock.stub(get(urlPathEqualTo(TogglMock.TRACK + "/me/time_entries/current"))
                .willReturn(
                        okJson("{\"id\":3727977106,\"workspace_id\":2230580,\"start\":\"2024-12-13T00:18:26+00:00\","
                                + "\"stop\":null,\"duration\":-1734049107}")));
        assertEquals(3727977106L, track.me().getCurrentTimeEntry().id());
    }

    @Test
    void aRunningEntryMayBeCreatedWithAnExplicitNullStop() {
        mock.stub(post(urlPathEqualTo(WS + "/time_entries"))
                .willReturn(okJson("{\"id\":3727977106,\"workspace_id\":2230580,\"stop\":null,\"duration\":-1}")));
        track.timeEntries()
                .createTimeEntry(
                        TogglMock.WORKSPACE,
                        TimeEntryCreate.builder()
                                .createdWith("my-app")
                                .workspaceId(TogglMock.WORKSPACE)
                                .start(OffsetDateTime.parse("2024-06-08T11:02:53Z"))
                                .duration(-1L)
                                .stop(null)
                                .build());
        assertEquals(
                "{\"created_with\":\"my-app\",\"workspace_id\":2230580,\"start\":\"2024-06-08T11:02:53Z\","
                        + "\"duration\":-1,\"stop\":null}",
                requests().get(0).getBodyAsString());
        assertTrackRequestsMatchTheSpec();
    }

    @Test
    void aClientUpdateSendsOnlyTheChangedFieldsWithoutTheName() {
        mock.stub(put(urlPathEqualTo(WS + "/clients/64011432"))
                .willReturn(
                        okJson("{\"id\":64011432,\"wid\":2230580,\"name\":\"ACME\",\"notes\":\"Invoiced monthly\"}")));
        track.clients()
                .updateClient(
                        TogglMock.WORKSPACE,
                        64011432L,
                        ClientChanges.builder().notes("Invoiced monthly").build());
        assertEquals("{\"notes\":\"Invoiced monthly\"}", requests().get(0).getBodyAsString());
        assertTrackRequestsMatchTheSpec();
    }

    @Test
    void reportsTakeV9sSessionCookieAndType401And410() {
        TogglReportsClient reports = TogglReportsClient.builder()
                .baseUri(mock.baseUrl() + TogglMock.REPORTS)
                .sessionCookie("s3ss10n")
                .config(c -> c.sleeper(sleeps::add))
                .build();
        mock.stub(post(urlPathEqualTo(WEEKLY))
                .inScenario("auth")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("gone")
                .willReturn(aResponse().withStatus(401)));
        mock.stub(post(urlPathEqualTo(WEEKLY))
                .inScenario("auth")
                .whenScenarioStateIs("gone")
                .willReturn(aResponse()
                        .withStatus(410)
                        .withHeader("Content-Type", "application/json")
                        .withBody("\"This endpoint has been removed\"")));
        ReportFilter january = ReportFilter.builder()
                .startDate(LocalDate.parse("2024-01-01"))
                .endDate(LocalDate.parse("2024-01-31"))
                .build();
        assertThrows(
                ApiException.Unauthorized.class, () -> reports.reports().weeklyReport(TogglMock.WORKSPACE, january));
        ApiException.Gone gone = assertThrows(
                ApiException.Gone.class, () -> reports.reports().weeklyReport(TogglMock.WORKSPACE, january));
        assertEquals("This endpoint has been removed", gone.error(String.class).orElseThrow());
        assertEquals(List.of(), sleeps, "neither 401 nor 410 is retried");
        assertEquals("__Host-timer-session=s3ss10n", requests().get(0).getHeader("Cookie"));
        assertEquals(List.of(), new SpecCheck(Path.of("../../specs/toggl-reports.yaml")).problems(requests()));
    }
}
