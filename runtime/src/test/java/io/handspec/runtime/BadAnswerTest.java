package io.handspec.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Answers of the wrong shape or size, and hostile parameter values, fail clearly. */
class BadAnswerTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    /** A declared object. */
    record Thing(String name) {}

    private static ApiClient client() {
        return new ApiClient(Fixtures.config(wm, new Fixtures.RecordingSleeper())
                .retryPolicy(RetryPolicy.none())
                .build());
    }

    private static ApiRequest get7() {
        return ApiRequest.builder("GET", "/things/7").operationId("getThing").build();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "[{\"name\":\"a\"}]|''|a JSON array where the spec declares an object",
                "\"just text\"|''|a JSON string where the spec declares an object",
                "{\"other\":{\"name\":\"a\"}}|/data|no value at '/data'",
                "{\"data\":[1]}|/data|a JSON array where the spec declares an object"
            })
    void aBodyOfTheWrongShapeIsAMismatchWithStatusAndBodyKept(String body, String pointer, String said) {
        wm.stubFor(get("/things/7").willReturn(okJson(body)));
        ResponseMismatchException e = assertThrows(ResponseMismatchException.class, () -> client().execute(
                        get7(), ResponseSpec.json(Thing.class, pointer)));
        assertTrue(e.getMessage().contains("did not match the spec"), e.getMessage());
        assertTrue(e.getMessage().contains(said), e.getMessage());
        assertEquals(200, e.status());
        assertEquals(body, new String(e.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aListDeclaredButAnObjectReceivedIsAMismatch() {
        wm.stubFor(get("/things/7").willReturn(okJson("{\"data\":{\"name\":\"a\"}}")));
        assertThrows(ResponseMismatchException.class, () -> client().execute(
                        get7(), ResponseSpec.json(new TypeReference<List<Thing>>() {}, "/data")));
        assertThrows(ResponseMismatchException.class, () -> client().execute(
                        get7(), ResponseSpec.jsonList(Thing.class, "/data")));
    }

    @Test
    void listsAndMapsOfAClassReadAsTheirTypeReferencesDo() {
        wm.stubFor(get("/things/7")
                .willReturn(okJson("{\"data\":[{\"name\":\"a\"},{\"name\":\"b\"}],\"by\":{\"x\":{\"name\":\"c\"}}}")));
        List<Thing> list = client().execute(get7(), ResponseSpec.jsonList(Thing.class, "/data"))
                .body();
        assertEquals(List.of(new Thing("a"), new Thing("b")), list);
        assertEquals(
                client().execute(get7(), ResponseSpec.json(new TypeReference<List<Thing>>() {}, "/data"))
                        .body(),
                list);
        Map<String, Thing> map = client().execute(get7(), ResponseSpec.jsonMap(Thing.class, "/by"))
                .body();
        assertEquals(Map.of("x", new Thing("c")), map);
        assertThrows(ResponseMismatchException.class, () -> client().execute(
                        get7(), ResponseSpec.jsonMap(Thing.class, "/data")));
    }

    @Test
    void aBodyOverTheLimitFailsClearly() {
        wm.stubFor(get("/things/7").willReturn(okJson("{\"name\":\"" + "x".repeat(5000) + "\"}")));
        ApiClient small = new ApiClient(Fixtures.config(wm, new Fixtures.RecordingSleeper())
                .maxBodyBytes(1024)
                .build());
        ResponseTooLargeException e = assertThrows(
                ResponseTooLargeException.class, () -> small.execute(get7(), ResponseSpec.json(Thing.class, "")));
        assertEquals(1024, e.limit());
        assertTrue(e.getMessage().contains("1024"), e.getMessage());
    }

    @Test
    void aChunkedBodyIsCutOffWhenTheBytesReadPassTheLimit() throws Exception {
        com.sun.net.httpserver.HttpServer server =
                com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (var out = ex.getResponseBody()) {
                for (int i = 0; i < 64; i++) {
                    out.write(new byte[1024]);
                }
            } catch (java.io.IOException clientHungUp) {
                // expected: the client stops reading at the limit
            }
        });
        server.start();
        try {
            ApiClient small = new ApiClient(ClientConfig.builder()
                    .baseUri(java.net.URI.create(
                            "http://127.0.0.1:" + server.getAddress().getPort()))
                    .retryPolicy(RetryPolicy.none())
                    .maxBodyBytes(4096)
                    .build());
            assertThrows(ResponseTooLargeException.class, () -> small.execute(get7(), ResponseSpec.bytes()));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aBodyOverTheLimitFromAnotherTransportFailsToo() {
        HttpTransport big = call -> CompletableFuture.completedFuture(new HttpResult(200, Map.of(), new byte[4096]));
        ApiClient small = new ApiClient(Fixtures.config(wm, new Fixtures.RecordingSleeper())
                .transport(big)
                .maxBodyBytes(1024)
                .build());
        assertThrows(ResponseTooLargeException.class, () -> small.execute(get7(), ResponseSpec.bytes()));
    }

    @Test
    void aDownloadIsStreamedUnboundByTheLimitAndAnErrorToItIsRead() throws Exception {
        byte[] big = new byte[200_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) i;
        }
        wm.stubFor(get("/files/1")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/octet-stream")
                        .withBody(big)));
        wm.stubFor(get("/files/2").willReturn(aResponse().withStatus(404).withBody("no such file")));
        ApiClient small = new ApiClient(Fixtures.config(wm, new Fixtures.RecordingSleeper())
                .maxBodyBytes(1024)
                .build());
        try (java.io.InputStream in = small.execute(
                        ApiRequest.builder("GET", "/files/1").build(), ResponseSpec.stream())
                .body()) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(big, in.readAllBytes());
        }
        ApiException e = assertThrows(
                ApiException.NotFound.class,
                () -> small.execute(ApiRequest.builder("GET", "/files/2").build(), ResponseSpec.stream()));
        assertEquals("no such file", e.bodyAsString());
    }

    @Test
    void dotSegmentValuesCannotChangeThePath() {
        wm.stubFor(get(urlPathEqualTo("/apps/%2E%2E/versions/v1")).willReturn(okJson("{\"name\":\"kept\"}")));
        ApiRequest r = ApiRequest.builder("GET", "/apps/{app}/versions/{version}")
                .operationId("getVersion")
                .pathParam("app", ParamStyle.SIMPLE, "..")
                .pathParam("version", ParamStyle.SIMPLE, "v1")
                .build();
        assertEquals("/apps/%2E%2E/versions/v1", r.path());
        assertEquals(
                "/x/%2E/y",
                ApiRequest.builder("GET", "/x/{a}/y")
                        .pathParam("a", ParamStyle.SIMPLE, ".")
                        .build()
                        .path());
        assertEquals(
                "/x/a..b",
                ApiRequest.builder("GET", "/x/{a}")
                        .pathParam("a", ParamStyle.SIMPLE, "a..b")
                        .build()
                        .path());
        assertEquals(
                "kept",
                client().execute(r, ResponseSpec.json(Thing.class, "")).body().name());
        wm.verify(getRequestedFor(urlEqualTo("/apps/%2E%2E/versions/v1")));
    }

    @Test
    void everyFailureIsAHandspecException() {
        assertThrows(HandspecException.class, () -> ApiRequest.builder("GET", "/x/{id}")
                .build());
        assertThrows(HandspecException.class, () -> ApiRequest.builder("GET", "/x/{id}")
                .pathParam("id", ParamStyle.SIMPLE, null));
        assertThrows(HandspecException.class, () -> RequestOptions.builder().maxAttempts(0));
        assertThrows(HandspecException.class, () -> RetryPolicy.builder().maxAttempts(0));
        ApiRequest unencodable = ApiRequest.builder("POST", "/x")
                .body(BodyKind.JSON, "application/json", new Object())
                .build();
        assertThrows(HandspecException.class, () -> client().execute(unencodable, ResponseSpec.none()));
        HttpTransport throwing = call -> {
            throw new IllegalArgumentException("invalid header value: Bearer leaked-by-the-stack");
        };
        ApiClient withThrowingStack = new ApiClient(Fixtures.config(wm, new Fixtures.RecordingSleeper())
                .transport(throwing)
                .authentication(Auth.bearer("leaked-by-the-stack"))
                .build());
        HandspecException e =
                assertThrows(HandspecException.class, () -> withThrowingStack.execute(get7(), ResponseSpec.none()));
        assertTrue(!e.getMessage().contains("leaked-by-the-stack") && e.getCause() == null, e.getMessage());
    }
}
