package io.handspec.samples.kayako;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.handspec.samples.support.MockApi;
import java.util.StringJoiner;

/** A stand-in Kayako instance under {@code /api/v1}, serving the public Test resource. */
public final class KayakoMock {
    static final String ETAG = "\"c5096115d7d05d842514f96831aa852f\"";
    static final int GENERATED = 25;

    private KayakoMock() {}

    public static MockApi start() {
        MockApi mock = MockApi.start("/api/v1");
        String tests = mock.path("/tests");
        mock.stub(get(urlPathEqualTo(tests)).withQueryParam("offset", absent()).willReturn(json(200, page(0))));
        for (int offset = 10; offset < GENERATED; offset += 10) {
            mock.stub(get(urlPathEqualTo(tests))
                    .withQueryParam("offset", equalTo(String.valueOf(offset)))
                    .willReturn(json(200, page(offset))));
        }
        mock.stub(post(urlPathEqualTo(tests))
                .willReturn(json(
                        201,
                        "{\"status\":201,\"data\":" + test(99, "Caryn Pryor", "BAR") + ",\"resource\":\"test\"}")));
        mock.stub(put(urlPathEqualTo(tests))
                .withQueryParam("ids", equalTo("1,2,3"))
                .willReturn(json(200, "{\"status\":200,\"total_count\":3}")));
        mock.stub(delete(urlPathEqualTo(tests))
                .withQueryParam("ids", equalTo("997,998,999"))
                .willReturn(json(200, "{\"status\":200,\"total_count\":3}")));
        String one = mock.path("/tests/1");
        mock.stub(get(urlPathEqualTo(one))
                .withHeader("If-None-Match", absent())
                .willReturn(json(
                                200,
                                "{\"status\":200,\"data\":"
                                        + test(1, "Caryn Pryor", "BAR")
                                        + ",\"resource\":\"test\",\"notifications\":[{\"type\":\"INFO\","
                                        + "\"message\":\"This is a test resource: changes are not stored\",\"sticky\":false}],"
                                        + "\"logs\":[{\"level\":\"NOTICE\",\"message\":\"Generated in 3 ms\"}]}")
                        .withHeader("ETag", ETAG)));
        mock.stub(get(urlPathEqualTo(one))
                .withHeader("If-None-Match", equalTo(ETAG))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", ETAG)));
        mock.stub(
                put(urlPathEqualTo(one))
                        .withHeader("If-Match", equalTo("\"stale\""))
                        .willReturn(
                                json(
                                        412,
                                        "{\"status\":412,\"errors\":"
                                                + "[{\"code\":\"RESOURCE_MODIFIED\",\"message\":\"The resource has been modified since the given ETag\"}]}")));
        return mock;
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    private static String page(int offset) {
        StringJoiner items = new StringJoiner(",");
        for (int i = offset; i < Math.min(offset + 10, GENERATED); i++) {
            items.add(test(i + 1, "Test " + (i + 1), i % 2 == 0 ? "FOO" : "ANY"));
        }
        return "{\"status\":200,\"data\":[" + items + "],\"resource\":\"test\",\"offset\":" + offset
                + ",\"limit\":10,\"total_count\":" + GENERATED + "}";
    }

    private static String test(long id, String name, String option) {
        return "{\"id\":" + id + ",\"name\":\"" + name
                + "\",\"array_items\":[1,2,3],\"is_boolean\":true,\"float_number\":1.5,"
                + "\"integer_number\":7,\"option\":\"" + option
                + "\",\"binary_data\":\"Q2FyeW4gUHJ5b3I=\",\"user\":null,"
                + "\"updated_at\":\"2015-09-10T16:17:04+00:00\",\"resource_type\":\"test\","
                + "\"resource_url\":\"https://brewfictus.kayako.com/api/v1/tests/" + id + "\"}";
    }
}
