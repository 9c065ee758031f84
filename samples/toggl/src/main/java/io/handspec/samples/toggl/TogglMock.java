package io.handspec.samples.toggl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.handspec.samples.support.MockApi;

/**
 * A stand-in Toggl: Track v9 under {@code /api/v9} and Reports v3 under {@code /reports/api/v3} on
 * one server. The second report page is rate limited once (429, {@code Retry-After: 1}); changing
 * the workspace's rate needs a paid plan (402).
 */
public final class TogglMock {
    static final long WORKSPACE = 2230580L;
    static final long ENTRY = 3727977106L;
    static final String TRACK = "/api/v9";
    static final String REPORTS = "/reports/api/v3";

    private TogglMock() {}

    public static MockApi start() {
        MockApi mock = MockApi.start("");
        mock.stub(
                get(urlPathEqualTo(TRACK + "/me"))
                        .willReturn(
                                okJson(
                                        "{\"id\":2166261,\"email\":\"jane@example.org\",\"fullname\":\"Jane Doe\","
                                                + "\"timezone\":\"Europe/Berlin\",\"default_workspace_id\":" + WORKSPACE
                                                + ",\"beginning_of_week\":1,"
                                                + "\"at\":\"2024-12-13T00:18:26.835197Z\",\"has_password\":true,\"toggl_accounts_id\":\"WSBrE7LiQPJ7PKA7WnCAnk\"}")));
        mock.stub(
                get(urlPathEqualTo(TRACK + "/me/workspaces"))
                        .willReturn(
                                okJson(
                                        "[{\"id\":" + WORKSPACE + ",\"organization_id\":8364520,"
                                                + "\"name\":\"Jane's workspace\",\"premium\":false,\"role\":\"admin\",\"default_currency\":\"EUR\",\"active_project_count\":3},"
                                                + "{\"id\":2230581,\"organization_id\":8364520,\"name\":\"Side projects\",\"premium\":false,\"role\":\"admin\"}]")));
        String entry = "{\"id\":" + ENTRY + ",\"workspace_id\":" + WORKSPACE
                + ",\"project_id\":null,\"task_id\":null,\"billable\":false,"
                + "\"start\":\"2024-12-13T09:00:00+00:00\",%s,\"description\":\"%s\",\"tags\":[],\"tag_ids\":[],\"duronly\":true,"
                + "\"at\":\"2024-12-13T09:00:00.835197Z\",\"server_deleted_at\":null,\"user_id\":2166261,\"uid\":2166261,\"wid\":"
                + WORKSPACE + "}";
        mock.stub(post(urlPathEqualTo(TRACK + "/workspaces/" + WORKSPACE + "/time_entries"))
                .willReturn(okJson(
                        String.format(entry, "\"stop\":null,\"duration\":-1734080400", "Writing the Toggl spec"))));
        mock.stub(patch(urlPathEqualTo(TRACK + "/workspaces/" + WORKSPACE + "/time_entries/" + ENTRY + "/stop"))
                .willReturn(okJson(String.format(
                        entry, "\"stop\":\"2024-12-13T09:25:00+00:00\",\"duration\":1500", "Writing the Toggl spec"))));
        mock.stub(put(urlPathEqualTo(TRACK + "/workspaces/" + WORKSPACE + "/time_entries/" + ENTRY))
                .willReturn(okJson(String.format(
                        entry,
                        "\"stop\":\"2024-12-13T09:25:00+00:00\",\"duration\":1500",
                        "Reviewing the Toggl spec"))));
        mock.stub(put(urlPathEqualTo(TRACK + "/workspaces/" + WORKSPACE))
                .willReturn(aResponse()
                        .withStatus(402)
                        .withHeader("Content-Type", "application/json")
                        .withBody("\"Workspace needs to have this feature enabled\"")));

        String search = REPORTS + "/workspace/" + WORKSPACE + "/search/time_entries";
        mock.stub(post(urlPathEqualTo(search))
                .withRequestBody(notContaining("first_id"))
                .willReturn(okJson("[" + row(1, 3727977106L) + "," + row(2, 3727977107L) + "]")
                        .withHeader("X-Next-ID", "3727977108")
                        .withHeader("X-Next-Row-Number", "3")));
        mock.stub(post(urlPathEqualTo(search))
                .withRequestBody(matchingJsonPath("$.first_id"))
                .inScenario("rate limit")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("limited")
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json")
                        .withBody("\"Too many requests\"")));
        mock.stub(post(urlPathEqualTo(search))
                .withRequestBody(matchingJsonPath("$.first_id"))
                .inScenario("rate limit")
                .whenScenarioStateIs("limited")
                .willReturn(okJson("[" + row(3, 3727977108L) + "]")));
        return mock;
    }

    private static String row(int number, long id) {
        return "{\"user_id\":2166261,\"username\":\"Jane Doe\",\"project_id\":155392684,\"task_id\":null,\"description\":\"Report row "
                + number + "\",\"billable\":false,\"tag_ids\":[],\"row_number\":" + number
                + ",\"time_entries\":[{\"id\":" + id
                + ",\"seconds\":" + (1800 * number) + ",\"start\":\"2024-01-0" + (number + 1)
                + "T09:00:00+00:00\",\"stop\":\"2024-01-0"
                + (number + 1) + "T09:30:00+00:00\",\"at\":\"2024-01-0" + (number + 1) + "T09:30:01+00:00\"}]}";
    }
}
