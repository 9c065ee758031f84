package io.handspec.samples.kickfolio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.handspec.samples.support.MockApi;

/** A stand-in Kickfolio under {@code /api}: it answers only requests that ask for v1 in their Accept header. */
public final class KickfolioMock {
    static final String APP = "ae42f072-3f1a-11e2-92da-1231394268a3";
    static final String VERSION = "c541ce63-2851-44c2-835f-10c9e55390f3";
    static final String V1 = "application/vnd.kickfolio.v1";

    private KickfolioMock() {}

    public static MockApi start() {
        MockApi mock = MockApi.start("/api");
        mock.stub(post(urlPathEqualTo(mock.path("/apps")))
                .withHeader("Accept", equalTo(V1))
                .willReturn(json(201, "{\"app\":" + app("Kickfolio Demo") + "}")));
        mock.stub(post(urlPathEqualTo(mock.path("/apps/" + APP + "/versions")))
                .withHeader("Accept", equalTo(V1))
                .willReturn(json(201, "{\"version\":" + version("pending", "null") + "}")));
        mock.stub(get(urlPathEqualTo(mock.path("/apps/" + APP + "/versions")))
                .withHeader("Accept", equalTo(V1))
                .willReturn(json(
                        200,
                        "{\"versions\":[" + version("ready", "\"1.0\"") + ","
                                + version("ready", "\"0.9\"").replace(VERSION, "b197bce7-5eaa-4ab1-aae8-9c53f961b490")
                                + "]}")));
        mock.stub(put(urlPathEqualTo(mock.path("/apps/" + APP)))
                .withHeader("Accept", equalTo(V1))
                .willReturn(json(200, "{\"app\":" + app("Kickfolio Demo (renamed)") + "}")));
        mock.stub(delete(urlPathEqualTo(mock.path("/versions/" + VERSION)))
                .withHeader("Accept", equalTo(V1))
                .willReturn(aResponse().withStatus(204)));
        mock.stub(
                post(urlPathEqualTo(mock.path("/versions")))
                        .withHeader("Accept", equalTo(V1))
                        .withRequestBody(equalToJson("{\"version\":{\"app_id\":\"" + APP
                                + "\",\"bundle_url\":\"https://example.org/notes.txt\"}}"))
                        .willReturn(
                                json(
                                        422,
                                        "{\"message\":\"Validation failed\",\"code\":\"record_invalid\",\"errors\":["
                                                + "{\"field\":\"bundle_url\",\"resource\":\"Version\",\"message\":\"is not a ZIP file\"}]}")));
        return mock;
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    private static String app(String name) {
        return "{\"id\":\"" + APP + "\",\"user_id\":\"57198bee-3f1a-11e2-92da-1231394268a3\",\"name\":\"" + name + "\","
                + "\"public_key\":\"ABCD123\",\"bundle\":\"com.kickfolio.app\",\"default_to_landscape\":false,\"icon\":null,"
                + "\"device_type\":\"iPhone\",\"created_at\":\"2012-12-05T20:30:59Z\",\"updated_at\":\"2012-12-05T20:31:09Z\",\"versions\":[]}";
    }

    private static String version(String state, String versionString) {
        return "{\"id\":\"" + VERSION + "\",\"app_id\":\"" + APP + "\",\"state\":\"" + state + "\","
                + "\"bundle_url\":\"https://www.filepicker.io/api/file/3JAgsZ0QSBl7vAhV79Pw\",\"version_string\":"
                + versionString + ","
                + "\"default_image\":null,\"default_image_landscape\":null,\"created_at\":\"2013-02-03T10:08:13Z\","
                + "\"updated_at\":\"2013-02-03T10:08:29Z\",\"comments\":[]}";
    }
}
