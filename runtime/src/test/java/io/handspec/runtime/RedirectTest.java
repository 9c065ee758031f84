package io.handspec.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Redirects: two servers on two ports are two origins. */
class RedirectTest {
    @RegisterExtension
    static WireMockExtension home = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @RegisterExtension
    static WireMockExtension other = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final ResponseSpec<Map<String, Object>> MAP = ResponseSpec.json(new TypeReference<>() {}, "");

    private static ApiClient client() {
        return new ApiClient(Fixtures.config(home, new Fixtures.RecordingSleeper())
                .retryPolicy(RetryPolicy.none())
                .authentication(Auth.apiKeyHeader("X-Key", "configured-key"))
                .authentication(Auth.apiKeyQuery("apikey", "query-key"))
                .header("Authorization", "Bearer client-wide")
                .header("X-Trace", "kept")
                .build());
    }

    @Test
    void aCrossOriginRedirectDropsEveryCredentialWhoeverSetIt() {
        home.stubFor(get(urlPathEqualTo("/things"))
                .willReturn(aResponse()
                        .withStatus(302)
                        .withHeader("Location", other.baseUrl() + "/moved?apikey=query-key&page=2")));
        other.stubFor(get(urlPathEqualTo("/moved")).willReturn(okJson("{\"ok\":true}")));
        ApiRequest r = ApiRequest.builder("GET", "/things")
                .options(RequestOptions.builder()
                        .header("Cookie", "sid=per-call")
                        .header("X-Key", "per-call-key")
                        .header("Proxy-Authorization", "Basic cHJveHk=")
                        .build())
                .build();
        assertEquals(Boolean.TRUE, client().execute(r, MAP).body().get("ok"));
        other.verify(getRequestedFor(urlPathEqualTo("/moved"))
                .withHeader("Authorization", absent())
                .withHeader("Cookie", absent())
                .withHeader("X-Key", absent())
                .withHeader("Proxy-Authorization", absent())
                .withHeader("X-Trace", equalTo("kept"))
                .withQueryParam("apikey", absent())
                .withQueryParam("page", equalTo("2")));
        home.verify(getRequestedFor(urlPathEqualTo("/things"))
                .withHeader("X-Key", equalTo("configured-key"))
                .withHeader("Authorization", equalTo("Bearer client-wide"))
                .withQueryParam("apikey", equalTo("query-key")));
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 307, 308})
    void aBodyIsNeverSentToAnotherOrigin(int status) {
        home.stubFor(post(urlPathEqualTo("/things"))
                .willReturn(aResponse().withStatus(status).withHeader("Location", other.baseUrl() + "/things")));
        ApiRequest create = ApiRequest.builder("POST", "/things")
                .body(BodyKind.JSON, "application/json", Map.of("a", 1))
                .build();
        ApiException e = assertThrows(ApiException.class, () -> client().execute(create, MAP));
        assertEquals(status, e.status());
        other.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void a303AfterAPostIsFollowedAsAGetWithoutBodyOrCredentials() {
        home.stubFor(post(urlPathEqualTo("/things"))
                .willReturn(aResponse().withStatus(303).withHeader("Location", other.baseUrl() + "/result/1")));
        other.stubFor(get(urlPathEqualTo("/result/1")).willReturn(okJson("{\"id\":1}")));
        ApiRequest create = ApiRequest.builder("POST", "/things")
                .body(BodyKind.JSON, "application/json", Map.of("a", 1))
                .build();
        assertEquals(1, client().execute(create, MAP).body().get("id"));
        other.verify(getRequestedFor(urlPathEqualTo("/result/1"))
                .withHeader("Content-Type", absent())
                .withHeader("X-Key", absent())
                .withHeader("Authorization", absent()));
    }

    @ParameterizedTest
    @ValueSource(ints = {307, 308})
    void aSameOriginRedirectKeepsMethodBodyAndCredentials(int status) {
        home.stubFor(post(urlPathEqualTo("/things"))
                .willReturn(aResponse().withStatus(status).withHeader("Location", "/things/v2")));
        home.stubFor(post(urlPathEqualTo("/things/v2")).willReturn(okJson("{\"created\":true}")));
        ApiRequest create = ApiRequest.builder("POST", "/things")
                .body(BodyKind.JSON, "application/json", Map.of("a", 1))
                .build();
        assertEquals(Boolean.TRUE, client().execute(create, MAP).body().get("created"));
        home.verify(postRequestedFor(urlPathEqualTo("/things/v2"))
                .withRequestBody(equalTo("{\"a\":1}"))
                .withHeader("X-Key", equalTo("configured-key")));
    }
}
