package io.handspec.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** No credential reaches a message, a {@code toString}, a listener event or another origin. */
class CredentialLeakTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final ResponseSpec<Map<String, Object>> MAP = ResponseSpec.json(new TypeReference<>() {}, "");
    private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();

    private ApiClient client(Authentication auth, Fixtures.RecordingListener listener) {
        return new ApiClient(Fixtures.config(wm, sleeper)
                .retryPolicy(RetryPolicy.none())
                .authentication(auth)
                .listener(listener)
                .build());
    }

    private static ApiRequest get7() {
        return ApiRequest.builder("GET", "/things/7").operationId("getThing").build();
    }

    @Test
    void aBearerTokenIsMaskedOnItsFirstUse() {
        wm.stubFor(get("/things/7")
                .willReturn(aResponse().withStatus(401).withBody("token first-use-token is not valid")));
        Fixtures.RecordingListener listener = new Fixtures.RecordingListener();
        ApiException e = assertThrows(ApiException.class, () -> client(Auth.bearer("first-use-token"), listener)
                .execute(get7(), MAP));
        assertFalse(e.getMessage().contains("first-use-token"), e.getMessage());
        assertTrue(e.getMessage().contains("token *** is not valid"), e.getMessage());
    }

    @Test
    void everyNewTokenOfARefreshingSupplierIsMaskedBeforeItIsSent() {
        wm.stubFor(get("/things/7")
                .willReturn(aResponse().withStatus(401).withBody("tokens refreshed-1 and refreshed-2 are not valid")));
        AtomicInteger n = new AtomicInteger();
        Fixtures.RecordingListener listener = new Fixtures.RecordingListener();
        ApiClient c = client(Auth.bearer(() -> "refreshed-" + n.incrementAndGet()), listener);
        assertThrows(ApiException.class, () -> c.execute(get7(), MAP));
        ApiException second = assertThrows(ApiException.class, () -> c.execute(get7(), MAP));
        String everything = second.getMessage() + listener.requests + listener.responses;
        assertFalse(everything.contains("refreshed-1") || everything.contains("refreshed-2"), everything);
    }

    @Test
    void aTokenUsedAsBasicUserIsMaskedButTheConstantPasswordWordIsNot() {
        wm.stubFor(
                get("/things/7")
                        .willReturn(
                                aResponse()
                                        .withStatus(403)
                                        .withBody(
                                                "Incorrect API token: 1971800d4d82861d8f2c1651fea4d212; send it as user with password api_token")));
        ApiException e = assertThrows(ApiException.class, () -> client(
                        Auth.basicToken("1971800d4d82861d8f2c1651fea4d212", "api_token"),
                        new Fixtures.RecordingListener())
                .execute(get7(), MAP));
        assertFalse(e.getMessage().contains("1971800d4d82861d8f2c1651fea4d212"), e.getMessage());
        assertTrue(e.getMessage().contains("password api_token"), e.getMessage());
        wm.verify(getRequestedFor(urlPathEqualTo("/things/7"))
                .withHeader(
                        "Authorization",
                        equalTo("Basic " + Auth.base64("1971800d4d82861d8f2c1651fea4d212:api_token"))));
    }

    @Test
    void basicMasksUserAndPassword() {
        wm.stubFor(get("/things/7")
                .willReturn(aResponse().withStatus(401).withBody("user tok-user-1 with pw-secret-2 refused")));
        ApiException e = assertThrows(ApiException.class, () -> client(
                        Auth.basic("tok-user-1", "pw-secret-2"), new Fixtures.RecordingListener())
                .execute(get7(), MAP));
        assertTrue(e.getMessage().contains("user *** with *** refused"), e.getMessage());
    }

    @Test
    void aCredentialWithATrailingNewlineFailsClearlyWithoutShowingIt() {
        HandspecException atConfig =
                assertThrows(HandspecException.class, () -> Auth.apiKeyHeader("X-Key", "key-from-file\n"));
        assertFalse(atConfig.getMessage().contains("key-from-file"), atConfig.getMessage());
        assertTrue(atConfig.getMessage().contains("X-Key"), atConfig.getMessage());
        assertThrows(HandspecException.class, () -> Auth.bearer("bearer-from-file\n"));
        assertThrows(HandspecException.class, () -> Auth.basic("user", "pw-from-file\r\n"));
        assertThrows(HandspecException.class, () -> ClientConfig.builder()
                .header("Authorization", "Bearer header-from-file\n"));
        assertThrows(HandspecException.class, () -> RequestOptions.builder().header("X-Token", "per-call-from-file\n"));
        HandspecException produced = assertThrows(HandspecException.class, () -> client(
                        Auth.bearer(() -> "supplied-from-file\n"), new Fixtures.RecordingListener())
                .execute(get7(), MAP));
        assertFalse(produced.getMessage().contains("supplied-from-file"), produced.getMessage());
        HandspecException inRequest = assertThrows(
                HandspecException.class, () -> client(Auth.bearer("ok-token"), new Fixtures.RecordingListener())
                        .execute(
                                ApiRequest.builder("GET", "/x")
                                        .header("X-Api-Key", "req-from-file\n")
                                        .build(),
                                MAP));
        assertFalse(inRequest.getMessage().contains("req-from-file"), inRequest.getMessage());
        wm.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anHttpCallShowsNoHeaderValueAndNoQueryValue() {
        HttpCall call = new HttpCall(
                "GET",
                URI.create("https://api.example/v1/users?apikey=q-secret&limit=2"),
                Map.of("Authorization", List.of("Bearer h-secret"), "X-Trace", List.of("t")),
                new byte[3],
                Duration.ofSeconds(1));
        String shown = call.toString();
        assertFalse(shown.contains("q-secret") || shown.contains("h-secret"), shown);
        assertTrue(shown.contains("https://api.example/v1/users?apikey=***&limit=***"), shown);
        assertTrue(shown.contains("Authorization"), shown);
    }

    @Test
    void headersSetByTheCallerWithCredentialNamesAreMaskedInEvents() {
        wm.stubFor(get("/things/7").willReturn(aResponse().withStatus(500).withBody("saw caller-token-1")));
        Fixtures.RecordingListener listener = new Fixtures.RecordingListener();
        ApiClient c = new ApiClient(Fixtures.config(wm, sleeper)
                .retryPolicy(RetryPolicy.none())
                .listener(listener)
                .build());
        ApiRequest r = ApiRequest.builder("GET", "/things/7")
                .options(RequestOptions.builder()
                        .header("Authorization", "Bearer caller-token-1")
                        .build())
                .build();
        ApiException e = assertThrows(ApiException.class, () -> c.execute(r, MAP));
        assertFalse(e.getMessage().contains("caller-token-1"), e.getMessage());
        assertEquals(List.of("***"), listener.requests.get(0).headers().get("Authorization"));
    }
}
