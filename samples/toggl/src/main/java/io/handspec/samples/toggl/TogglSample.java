package io.handspec.samples.toggl;

import io.handspec.samples.support.MockApi;
import io.handspec.samples.toggl.reports.TogglReportsClient;
import io.handspec.samples.toggl.track.TogglTrackClient;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Runs the Toggl flow against an embedded mock, or against the real API when {@code TOGGL_API_TOKEN}
 * is set ({@code TOGGL_BASE_URL} and {@code TOGGL_REPORTS_URL} default to Toggl's servers then).
 * With {@code TOGGL_EMAIL} and {@code TOGGL_PASSWORD} as well, Track logs in with them and then
 * sends the session cookie Toggl answers with.
 * Against the real API the flow creates, stops and renames one time entry in your default workspace.
 */
public final class TogglSample {
    private TogglSample() {}

    public static void main(String[] args) {
        String token = System.getenv("TOGGL_API_TOKEN");
        MockApi mock = token == null ? TogglMock.start() : null;
        try {
            String email = System.getenv("TOGGL_EMAIL");
            TogglTrackClient.Builder track = token != null && email != null
                    ? TogglTrackClient.builder().sessionCookie(email, System.getenv("TOGGL_PASSWORD"))
                    : TogglTrackClient.builder().apiToken(token != null ? token : "1971800d4d82861d8f2c1651fea4d212");
            TogglReportsClient.Builder reports =
                    TogglReportsClient.builder().apiToken(token != null ? token : "1971800d4d82861d8f2c1651fea4d212");
            if (mock != null) {
                track.baseUri(mock.baseUrl() + TogglMock.TRACK);
                reports.baseUri(mock.baseUrl() + TogglMock.REPORTS);
            } else {
                if (System.getenv("TOGGL_BASE_URL") != null) {
                    track.baseUri(System.getenv("TOGGL_BASE_URL"));
                }
                if (System.getenv("TOGGL_REPORTS_URL") != null) {
                    reports.baseUri(System.getenv("TOGGL_REPORTS_URL"));
                }
            }
            TogglTrackClient trackClient = track.build();
            System.out.println(
                    "Toggl Track at " + trackClient.config().baseUri() + (mock != null ? " (embedded mock)" : ""));
            TogglFlow.run(
                    trackClient,
                    reports.build(),
                    OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS),
                    System.out);
        } finally {
            if (mock != null) {
                mock.close();
            }
        }
    }
}
