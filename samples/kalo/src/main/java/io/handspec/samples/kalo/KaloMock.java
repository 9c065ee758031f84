package io.handspec.samples.kalo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import io.handspec.samples.support.MockApi;
import java.util.StringJoiner;

/** A stand-in Kalo: 65 projects over three pages, task create and patch, a 404. */
public final class KaloMock {
    static final int PROJECTS = 65;
    static final String TASK_ID = "0c7e6a52-2a8b-4d9c-9d0e-6a3f8b1c2d01";
    static final String MISSING_TASK = "00000000-0000-4000-8000-000000000404";
    private static final String[] CLIENTS = {"Northwind", "Globex", "Initech", "Umbrella", "Hooli"};
    private static final String[] KINDS = {
        "campaign", "brand refresh", "product launch", "annual report", "podcast season"
    };

    private KaloMock() {}

    public static MockApi start() {
        return start(PROJECTS);
    }

    /** A mock holding {@code projects} projects. */
    public static MockApi start(int projects) {
        MockApi mock = MockApi.start("");
        mock.stub(get(urlPathEqualTo("/projects/"))
                .withHeader("X-Kalo-Api-Key", matching(".+"))
                .withQueryParam("page[offset]", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(okJson(projects(0, projects))));
        for (int offset = 30; offset < projects; offset += 30) {
            mock.stub(get(urlPathEqualTo("/projects/"))
                    .withQueryParam("page[offset]", equalTo(String.valueOf(offset)))
                    .willReturn(okJson(projects(offset, projects))));
        }
        mock.stub(
                post(urlPathEqualTo("/tasks/"))
                        .willReturn(
                                aResponse()
                                        .withStatus(201)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"data\":{\"type\":\"task\",\"id\":\"" + TASK_ID
                                                        + "\",\"attributes\":{\"summary\":\"Edit the launch video\","
                                                        + "\"description\":\"Two cuts, 90s and 30s\",\"rate\":350,\"rate_type\":\"daily\",\"status\":\"ongoing\"},"
                                                        + "\"relationships\":{\"project\":{\"data\":{\"type\":\"project\",\"id\":\""
                                                        + uuid(0) + "\"}},"
                                                        + "\"managers\":{\"data\":[{\"type\":\"user\",\"id\":100},{\"type\":\"user\",\"id\":101}]}}}}")));
        mock.stub(patch(urlPathEqualTo("/tasks/" + TASK_ID + "/"))
                .willReturn(okJson("{\"data\":{\"type\":\"task\",\"id\":\"" + TASK_ID
                        + "\",\"attributes\":{\"summary\":\"Edit the launch video\",\"description\":\"Two cuts, 90s and 30s\",\"rate\":350,"
                        + "\"rate_type\":\"daily\",\"status\":\"completed\"}}}")));
        mock.stub(
                get(urlPathMatching("/tasks/[^/]+/"))
                        .atPriority(10)
                        .willReturn(
                                aResponse()
                                        .withStatus(404)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"errors\":[{\"status\":\"404\",\"title\":\"Not found\",\"detail\":\"No task matches the given query.\"}]}")));
        return mock;
    }

    static String projects(int offset, int total) {
        StringJoiner items = new StringJoiner(",");
        for (int i = offset; i < Math.min(offset + 30, total); i++) {
            items.add("{\"type\":\"project\",\"id\":\"" + uuid(i) + "\",\"attributes\":{\"title\":\""
                    + CLIENTS[i % CLIENTS.length] + " "
                    + KINDS[i % KINDS.length] + " #" + (i + 1) + "\",\"description\":\"Delivered by the studio team\","
                    + "\"start_date\":\"2017-0" + (1 + i % 9) + "-01\",\"end_date\":\"2017-1" + (i % 3) + "-28\"},"
                    + "\"relationships\":{\"workgroup\":{\"data\":{\"type\":\"workgroup\",\"id\":" + (100 + i % 3)
                    + "}}}}");
        }
        return "{\"data\":[" + items + "],\"meta\":{\"total\":" + total + ",\"offset\":" + offset + "}}";
    }

    static String uuid(int i) {
        return String.format("5b0bd1ae-9f1e-4a5f-8a40-%012d", i);
    }
}
