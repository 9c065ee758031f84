package io.handspec.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiClientTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();

    private ApiClient client(Authentication... auths) {
        ClientConfig.Builder b = Fixtures.config(wm, sleeper);
        for (Authentication a : auths) {
            b.authentication(a);
        }
        return new ApiClient(b.build());
    }

    private static ApiRequest getThing() {
        return ApiRequest.builder("GET", "/things/{id}")
                .operationId("getThing")
                .pathParam("id", ParamStyle.SIMPLE, 7)
                .build();
    }

    private static final ResponseSpec<Map<String, Object>> MAP = ResponseSpec.json(new TypeReference<>() {}, "");

    // ---------------------------------------------------------------- authentication

    @Test
    void apiKeyHeaderGoesInItsHeader() {
        wm.stubFor(get("/things/7").willReturn(okJson("{}")));
        client(Auth.apiKeyHeader("X-Kalo-Api-Key", "k-123")).execute(getThing(), MAP);
        wm.verify(getRequestedFor(urlEqualTo("/things/7")).withHeader("X-Kalo-Api-Key", equalTo("k-123")));
    }

    @Test
    void apiKeyQueryGoesInTheQueryEncoded() {
        wm.stubFor(get(urlPathEqualTo("/things/7")).willReturn(okJson("{}")));
        client(Auth.apiKeyQuery("apikey", "t-95 68&x")).execute(getThing(), MAP);
        wm.verify(getRequestedFor(urlEqualTo("/things/7?apikey=t-95%2068%26x")));
    }

    @Test
    void bearerSupplierIsAskedOnEveryRequest() {
        wm.stubFor(get("/things/7").willReturn(okJson("{}")));
        AtomicInteger n = new AtomicInteger();
        ApiClient c = client(Auth.bearer(() -> "token-" + n.incrementAndGet()));
        c.execute(getThing(), MAP);
        c.execute(getThing(), MAP);
        wm.verify(getRequestedFor(urlEqualTo("/things/7")).withHeader("Authorization", equalTo("Bearer token-1")));
        wm.verify(getRequestedFor(urlEqualTo("/things/7")).withHeader("Authorization", equalTo("Bearer token-2")));
    }

    @ParameterizedTest
    @CsvSource({
        "jane@example.org,secret,amFuZUBleGFtcGxlLm9yZzpzZWNyZXQ=",
        "1971800d4d82,api_token,MTk3MTgwMGQ0ZDgyOmFwaV90b2tlbg=="
    })
    void basicEncodesUserAndPassword(String user, String password, String expected) {
        wm.stubFor(get("/things/7").willReturn(okJson("{}")));
        client(Auth.basic(user, password)).execute(getThing(), MAP);
        wm.verify(getRequestedFor(urlEqualTo("/things/7")).withHeader("Authorization", equalTo("Basic " + expected)));
    }

    @Test
    void basicTokenEncodesTheTokenAloneWithoutAColon() {
        wm.stubFor(get("/things/7").willReturn(okJson("{}")));
        client(Auth.basicToken("MY_TOKEN")).execute(getThing(), MAP);
        wm.verify(getRequestedFor(urlEqualTo("/things/7")).withHeader("Authorization", equalTo("Basic TVlfVE9LRU4=")));
    }

    @Test
    void sessionIsKeptReusedWithCsrfOnWritesAndRenewedAfter454() {
        SessionAuth session = new SessionAuth(
                Auth.basic("norton@example.org", "pw"), "X-Session-ID", "session_id", "X-CSRF-Token", 454);
        ApiClient c = client(session);
        wm.stubFor(get("/things/7")
                .withHeader("Authorization", equalTo("Basic " + Auth.base64("norton@example.org:pw")))
                .willReturn(okJson("{\"status\":200,\"session_id\":\"S1\"}").withHeader("X-CSRF-Token", "C1")));
        wm.stubFor(get("/things/7").withHeader("X-Session-ID", equalTo("S1")).willReturn(okJson("{\"status\":200}")));
        wm.stubFor(put("/things/7")
                .withHeader("X-Session-ID", equalTo("S1"))
                .willReturn(aResponse().withStatus(454)));
        c.execute(getThing(), MAP);
        assertEquals("S1", session.sessionId());
        c.execute(getThing(), MAP);
        wm.verify(getRequestedFor(urlEqualTo("/things/7"))
                .withHeader("X-Session-ID", equalTo("S1"))
                .withHeader("Authorization", absent()));
        wm.stubFor(put("/things/7")
                .withHeader("Authorization", equalTo("Basic " + Auth.base64("norton@example.org:pw")))
                .willReturn(okJson("{\"status\":200,\"session_id\":\"S2\"}")));
        ApiRequest write = ApiRequest.builder("PUT", "/things/7")
                .body(BodyKind.FORM, "application/x-www-form-urlencoded", Map.of("a", 1))
                .build();
        c.execute(write, MAP);
        wm.verify(putRequestedFor(urlEqualTo("/things/7"))
                .withHeader("X-Session-ID", equalTo("S1"))
                .withHeader("X-CSRF-Token", equalTo("C1")));
        assertEquals("S2", session.sessionId(), "454 dropped the session; Basic opened a new one");
    }

    @Test
    void aCookieSessionIsKeptReusedAndRenewedWhenRefused() {
        CookieSessionAuth session = new CookieSessionAuth(Auth.basic("tok", "api_token"), "__Host-timer-session");
        ApiClient c = client(session);
        String basic = "Basic " + Auth.base64("tok:api_token");
        wm.stubFor(post("/me/sessions")
                .withHeader("Authorization", equalTo(basic))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Set-Cookie", "__Host-timer-session=C1; Path=/; Secure; HttpOnly")));
        wm.stubFor(get("/things/7")
                .withHeader("Cookie", equalTo("__Host-timer-session=C1"))
                .willReturn(aResponse().withStatus(401)));
        wm.stubFor(get("/things/7").withHeader("Authorization", equalTo(basic)).willReturn(okJson("{\"fresh\":true}")));
        c.execute(ApiRequest.builder("POST", "/me/sessions").build(), ResponseSpec.none());
        assertEquals("C1", session.sessionCookie());
        ApiResponse<Map<String, Object>> r = c.execute(getThing(), MAP);
        assertEquals(Boolean.TRUE, r.body().get("fresh"), "the refused cookie was dropped and Basic used again");
        wm.verify(getRequestedFor(urlEqualTo("/things/7"))
                .withHeader("Cookie", equalTo("__Host-timer-session=C1"))
                .withHeader("Authorization", absent()));
        assertNull(session.sessionCookie());
    }

    @Test
    void credentialsAreNotSentToAnotherOriginOnRedirect() {
        wm.stubFor(get(urlPathEqualTo("/things/7"))
                .willReturn(aResponse()
                        .withStatus(302)
                        .withHeader("Location", "http://127.0.0.1:" + wm.getPort() + "/moved")));
        wm.stubFor(get(urlPathEqualTo("/moved")).willReturn(okJson("{\"ok\":true}")));
        ApiClient c = new ApiClient(Fixtures.config(wm, sleeper)
                .baseUri(java.net.URI.create("http://localhost:" + wm.getPort()))
                .authentication(Auth.apiKeyHeader("X-Key", "secret-key"))
                .authentication(Auth.apiKeyQuery("apikey", "secret-q"))
                .build());
        ApiResponse<Map<String, Object>> r = c.execute(getThing(), MAP);
        assertEquals(Boolean.TRUE, r.body().get("ok"));
        wm.verify(getRequestedFor(urlPathEqualTo("/moved"))
                .withHeader("X-Key", absent())
                .withQueryParam("apikey", absent()));
        wm.verify(getRequestedFor(urlPathEqualTo("/things/7")).withHeader("X-Key", equalTo("secret-key")));
    }

    // ---------------------------------------------------------------- errors

    record KiliaroError(int http_code, String error, Map<String, String> field_errors) {}

    @ParameterizedTest
    @CsvSource({
        "400,BadRequest",
        "401,Unauthorized",
        "402,PaymentRequired",
        "403,Forbidden",
        "404,NotFound",
        "409,Conflict",
        "410,Gone",
        "412,PreconditionFailed",
        "422,UnprocessableEntity",
        "429,TooManyRequests",
        "500,ServerError",
        "503,ServerError",
        "418,ApiException"
    })
    void everyStatusMapsToItsException(int status, String type) {
        wm.stubFor(get("/things/7")
                .willReturn(aResponse().withStatus(status).withBody("{\"http_code\":" + status + ",\"error\":\"x\"}")));
        ApiClient c = new ApiClient(
                Fixtures.config(wm, sleeper).retryPolicy(RetryPolicy.none()).build());
        ApiException e = assertThrows(
                ApiException.class,
                () -> c.execute(getThing(), MAP.error(status, new TypeReference<KiliaroError>() {})));
        assertEquals(type, e.getClass().getSimpleName());
        assertEquals(status, e.status());
        assertEquals(status, e.error(KiliaroError.class).orElseThrow().http_code());
    }

    @Test
    void typedErrorCarriesFieldErrors() {
        wm.stubFor(
                get("/things/7")
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"http_code\":400,\"field_errors\":{\"trashed\":\"must be of type boolean\"},\"error\":\"Invalid values for JSON fields\"}")));
        ApiException.BadRequest e = assertThrows(ApiException.BadRequest.class, () -> client().execute(
                        getThing(), MAP.defaultError(new TypeReference<KiliaroError>() {})));
        assertEquals(
                "must be of type boolean",
                e.error(KiliaroError.class).orElseThrow().field_errors().get("trashed"));
        assertTrue(e.getMessage().contains("400"));
    }

    @Test
    void anErrorBodyThatDoesNotParseNeverHidesTheStatus() {
        wm.stubFor(get("/things/7").willReturn(aResponse().withStatus(404).withBody("<html>nope</html>")));
        ApiException.NotFound e = assertThrows(ApiException.NotFound.class, () -> client().execute(
                        getThing(), MAP.error(404, new TypeReference<KiliaroError>() {})));
        assertTrue(e.error().isEmpty());
        assertTrue(e.errorParseFailure().isPresent());
        assertEquals("<html>nope</html>", e.bodyAsString());
    }

    @Test
    void aPlainStringErrorIsReadAsAString() {
        wm.stubFor(get("/things/7")
                .willReturn(aResponse()
                        .withStatus(400)
                        .withBody("\"'since' and 'before' can not be present simultaneously\"")));
        ApiException e = assertThrows(
                ApiException.class, () -> client().execute(getThing(), MAP.error(400, new TypeReference<String>() {})));
        assertEquals(
                "'since' and 'before' can not be present simultaneously",
                e.error(String.class).orElseThrow());
    }

    @Test
    void aMalformedSuccessBodyIsAResponseMismatch() {
        wm.stubFor(get("/things/7").willReturn(okJson("{\"broken\": ")));
        ResponseMismatchException e =
                assertThrows(ResponseMismatchException.class, () -> client().execute(getThing(), MAP));
        assertEquals(200, e.status());
    }

    @Test
    void aBodyOfTheWrongShapeIsAResponseMismatch() {
        wm.stubFor(get("/things/7").willReturn(okJson("[1,2]")));
        assertThrows(ResponseMismatchException.class, () -> client().execute(getThing(), MAP));
    }

    // ---------------------------------------------------------------- retries

    @Test
    void retryAfterTwoSecondsWaitsTwoSecondsOnTheInjectedSleeper() {
        wm.stubFor(get("/things/7")
                .inScenario("r")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2"))
                .willSetStateTo("ok"));
        wm.stubFor(get("/things/7").inScenario("r").whenScenarioStateIs("ok").willReturn(okJson("{\"done\":true}")));
        ApiResponse<Map<String, Object>> r = client().execute(getThing(), MAP);
        assertEquals(Boolean.TRUE, r.body().get("done"));
        assertEquals(List.of(Duration.ofSeconds(2)), sleeper.sleeps);
        wm.verify(2, getRequestedFor(urlEqualTo("/things/7")));
    }

    @Test
    void retryAfterAsAnHttpDateIsReadAgainstTheClock() {
        java.time.Instant now = java.time.Instant.parse("2026-11-22T10:00:00Z");
        RetryPolicy p = RetryPolicy.defaults();
        Duration d = p.delay(
                1,
                429,
                java.util.Optional.of("Sun, 22 Nov 2026 10:00:05 GMT"),
                java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));
        assertEquals(Duration.ofSeconds(5), d);
    }

    @Test
    void serverErrorsAreRetriedUpToMaxAttemptsWithGrowingDelays() {
        wm.stubFor(get("/things/7").willReturn(aResponse().withStatus(503)));
        ApiClient c = new ApiClient(Fixtures.config(wm, sleeper)
                .retryPolicy(RetryPolicy.builder()
                        .maxAttempts(4)
                        .initialDelay(Duration.ofMillis(100))
                        .random(() -> 1.0)
                        .build())
                .build());
        assertThrows(ApiException.ServerError.class, () -> c.execute(getThing(), MAP));
        wm.verify(4, getRequestedFor(urlEqualTo("/things/7")));
        assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400)), sleeper.sleeps);
    }

    @Test
    void neverRetriedStatusesAreNotRetriedEvenIfListed() {
        wm.stubFor(get("/things/7").willReturn(aResponse().withStatus(402)));
        ApiClient c = new ApiClient(Fixtures.config(wm, sleeper)
                .retryPolicy(RetryPolicy.builder()
                        .retryStatuses(java.util.Set.of(402, 429))
                        .neverRetry(java.util.Set.of(400, 402, 410))
                        .build())
                .build());
        assertThrows(ApiException.PaymentRequired.class, () -> c.execute(getThing(), MAP));
        wm.verify(1, getRequestedFor(urlEqualTo("/things/7")));
    }

    @Test
    void aMinimumDelayIsAFloorUnderRetryAfter() {
        RetryPolicy p = RetryPolicy.builder()
                .minimumDelay(429, Duration.ofSeconds(1))
                .random(() -> 0.0)
                .build();
        assertEquals(Duration.ofSeconds(1), p.delay(1, 429, java.util.Optional.of("0"), java.time.Clock.systemUTC()));
        assertEquals(Duration.ofSeconds(1), p.delay(1, 429, java.util.Optional.empty(), java.time.Clock.systemUTC()));
        assertEquals(Duration.ofSeconds(3), p.delay(1, 429, java.util.Optional.of("3"), java.time.Clock.systemUTC()));
    }

    @Test
    void postIsNotRetriedByDefaultButMayBeMarkedIdempotent() {
        wm.stubFor(post("/things").willReturn(aResponse().withStatus(503)));
        ApiRequest create = ApiRequest.builder("POST", "/things")
                .body(BodyKind.JSON, "application/json", Map.of("a", 1))
                .build();
        assertThrows(ApiException.ServerError.class, () -> client().execute(create, MAP));
        wm.verify(1, postRequestedFor(urlEqualTo("/things")));
        ApiRequest search = ApiRequest.builder("POST", "/things")
                .body(BodyKind.JSON, "application/json", Map.of("a", 1))
                .options(RequestOptions.builder().idempotent(true).build())
                .build();
        assertThrows(ApiException.ServerError.class, () -> client().execute(search, MAP));
        wm.verify(1 + 3, postRequestedFor(urlEqualTo("/things")));
    }

    @Test
    void connectionResetIsRetriedThenAnIoException() {
        wm.stubFor(get("/things/7").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        ApiIoException e = assertThrows(ApiIoException.class, () -> client().execute(getThing(), MAP));
        wm.verify(3, getRequestedFor(urlEqualTo("/things/7")));
        assertEquals(2, sleeper.sleeps.size());
        assertFalse(e.isTimeout());
    }

    @Test
    void aTimeoutIsAnIoExceptionThatSaysSo() {
        wm.stubFor(get("/things/7").willReturn(okJson("{}").withFixedDelay(1500)));
        ApiClient c = new ApiClient(
                Fixtures.config(wm, sleeper).retryPolicy(RetryPolicy.none()).build());
        ApiRequest r = ApiRequest.builder("GET", "/things/7")
                .options(
                        RequestOptions.builder().timeout(Duration.ofMillis(200)).build())
                .build();
        ApiIoException e = assertThrows(ApiIoException.class, () -> c.execute(r, MAP));
        assertTrue(e.isTimeout(), e.toString());
    }

    // ---------------------------------------------------------------- redaction and listeners

    @Test
    void credentialsAppearInNoMessageAndNoListenerEvent() {
        wm.stubFor(get(urlPathEqualTo("/things/7"))
                .willReturn(aResponse().withStatus(500).withBody("echo secret-key and q-secret-9")));
        Fixtures.RecordingListener listener = new Fixtures.RecordingListener();
        ApiClient c = new ApiClient(Fixtures.config(wm, sleeper)
                .retryPolicy(RetryPolicy.none())
                .listener(listener)
                .authentication(Auth.basic("jane", "secret-key"))
                .authentication(Auth.apiKeyQuery("access_token", "q-secret-9"))
                .build());
        ApiException e = assertThrows(ApiException.class, () -> c.execute(getThing(), MAP));
        String everything = e.getMessage() + listener.requests + listener.responses + c.config();
        assertFalse(everything.contains("secret-key"), everything);
        assertFalse(everything.contains("q-secret-9"), everything);
        assertFalse(everything.contains(Auth.base64("jane:secret-key")), everything);
        assertTrue(
                listener.requests.get(0).uri().contains("access_token=***"),
                listener.requests.get(0).uri());
        assertEquals(List.of("***"), listener.requests.get(0).headers().get("Authorization"));
        assertEquals(500, listener.responses.get(0).status());
        assertTrue(listener.responses.get(0).elapsedNanos() > 0);
    }

    @Test
    void toStringOfCredentialsShowsNoSecret() {
        for (Authentication a : List.of(
                Auth.basic("u", "pw-123"),
                Auth.basicToken("tok-123"),
                Auth.bearer("tok-456"),
                Auth.apiKeyHeader("X", "key-789"),
                Auth.apiKeyQuery("apikey", "key-000"),
                new SessionAuth(Auth.basic("u", "pw-321"), "X-Session-ID", "session_id", "X-CSRF-Token", 454))) {
            String s = a.toString();
            assertTrue(s.contains("redacted"), s);
            assertFalse(s.matches(".*(123|456|789|000|321).*"), s);
        }
    }

    // ---------------------------------------------------------------- bodies, async, raw access

    @Test
    void formBodiesJoinArraysWithCommasWhereTheEncodingSaysAndBase64Binary() {
        wm.stubFor(post("/tests").willReturn(okJson("{}")));
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("name", "Caryn Pryor");
        body.put("array_items", List.of(1, 2, 3));
        body.put("is_boolean", true);
        body.put("binary_data", "Caryn Pryor".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.put("cleared", null);
        client().execute(
                        ApiRequest.builder("POST", "/tests")
                                .body(BodyKind.FORM, "application/x-www-form-urlencoded", body)
                                .formEncoding("array_items", ParamStyle.FORM, false)
                                .build(),
                        MAP);
        wm.verify(postRequestedFor(urlEqualTo("/tests"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo(
                        "name=Caryn+Pryor&array_items=1,2,3&is_boolean=true&binary_data=Q2FyeW4gUHJ5b3I%3D&cleared=")));
    }

    @Test
    void binaryBodiesGoOutAndComeBackAsRawBytes() {
        byte[] upload = {0, 1, 2, (byte) 0xff, 10, 13};
        wm.stubFor(put("/files/7")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/octet-stream")
                        .withBody(new byte[] {9, 8, 7})));
        ApiRequest r = ApiRequest.builder("PUT", "/files/7")
                .body(BodyKind.BINARY, "application/octet-stream", upload)
                .build();
        ApiResponse<byte[]> response = client().execute(r, ResponseSpec.bytes());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new byte[] {9, 8, 7}, response.body());
        wm.verify(putRequestedFor(urlEqualTo("/files/7"))
                .withHeader("Content-Type", equalTo("application/octet-stream"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo(upload)));
    }

    @Test
    void rootKeyWrapsJsonBodiesAndPointersUnwrapResponses() {
        wm.stubFor(post("/apps").willReturn(okJson("{\"app\":{\"name\":\"Kickfolio\"}}")));
        ApiRequest r = ApiRequest.builder("POST", "/apps")
                .body(BodyKind.JSON, "application/json", Map.of("name", "Kickfolio"))
                .rootKey("app")
                .build();
        ApiResponse<Map<String, Object>> response =
                client().execute(r, ResponseSpec.json(new TypeReference<Map<String, Object>>() {}, "/app"));
        assertEquals("Kickfolio", response.body().get("name"));
        assertEquals("Kickfolio", response.document().at("/app/name").asText());
        wm.verify(postRequestedFor(urlEqualTo("/apps")).withRequestBody(equalTo("{\"app\":{\"name\":\"Kickfolio\"}}")));
    }

    @Test
    void notModifiedHasNoBodyAndSaysSo() {
        wm.stubFor(get("/things/7")
                .withHeader("If-None-Match", equalTo("\"abc\""))
                .willReturn(aResponse().withStatus(304)));
        ApiRequest r = ApiRequest.builder("GET", "/things/7")
                .header("If-None-Match", "\"abc\"")
                .build();
        ApiResponse<Map<String, Object>> response = client().execute(r, MAP);
        assertTrue(response.notModified());
        assertThrows(NotModifiedException.class, response::body);
    }

    @Test
    void asyncCallsCompleteWithTheTypedBodyAndRawAccess() throws Exception {
        wm.stubFor(get("/things/7").willReturn(okJson("{\"a\":1}").withHeader("ETag", "\"e1\"")));
        ApiResponse<Map<String, Object>> r =
                client().executeAsync(getThing(), MAP).get();
        assertEquals(1, r.body().get("a"));
        assertEquals("\"e1\"", r.etag().orElseThrow());
        assertEquals(200, r.status());
        assertEquals("{\"a\":1}", r.rawBodyAsString());
    }

    @Test
    void clientAndCallHeadersAreSentWithAUserAgent() {
        wm.stubFor(get("/things/7").willReturn(okJson("{}")));
        ApiClient c = new ApiClient(Fixtures.config(wm, sleeper)
                .header("Accept", "application/vnd.kickfolio.v1")
                .userAgent("kalo/1 handspec")
                .build());
        c.execute(
                ApiRequest.builder("GET", "/things/7")
                        .options(
                                RequestOptions.builder().header("X-Trace", "t1").build())
                        .build(),
                MAP);
        wm.verify(getRequestedFor(urlEqualTo("/things/7"))
                .withHeader("Accept", equalTo("application/vnd.kickfolio.v1"))
                .withHeader("User-Agent", equalTo("kalo/1 handspec"))
                .withHeader("X-Trace", equalTo("t1")));
    }

    @Test
    void parameterStylesAreWrittenAsOpenApiSays() {
        ApiRequest r = ApiRequest.builder("GET", "/users{email}/x/{ids}")
                .pathParam("email", ParamStyle.MATRIX, "a@b.c")
                .pathParam("ids", ParamStyle.SIMPLE, List.of(1L, 2L))
                .queryParam("page[offset]", ParamStyle.FORM_EXPLODED, 30)
                .queryParam("ids", ParamStyle.FORM, List.of(1, 2, 3))
                .queryParam("tag", ParamStyle.FORM_EXPLODED, List.of("a b", "c"))
                .queryParam("filter", ParamStyle.DEEP_OBJECT, new java.util.TreeMap<>(Map.of("k", "v")))
                .queryParam("absent", ParamStyle.FORM_EXPLODED, null)
                .build();
        assertEquals("/users;email=a@b.c/x/1,2", r.path());
        StringBuilder q = new StringBuilder();
        r.query().forEach(p -> q.append(p.name()).append('=').append(p.value()).append('&'));
        assertEquals("page%5Boffset%5D=30&ids=1,2,3&tag=a%20b&tag=c&filter%5Bk%5D=v&", q.toString());
        assertInstanceOf(
                HandspecException.class, assertThrows(RuntimeException.class, () -> ApiRequest.builder("GET", "/x/{id}")
                        .build()));
    }
}
