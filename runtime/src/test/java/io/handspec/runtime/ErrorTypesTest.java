package io.handspec.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which type an error body is read as: the operation's exact status, then its range, then its
 * {@code default}, then the API-wide declaration; and a 304 that is never a {@code null} body.
 */
class ErrorTypesTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    record Exact(String exact) {}

    record Range(String range) {}

    record Fallback(String fallback) {}

    record ApiWide(String apiWide) {}

    private static final ErrorTypes API_WIDE = ErrorTypes.of(ApiWide.class, "4XX", "5XX");

    private final ApiClient client = new ApiClient(Fixtures.config(wm, new Fixtures.RecordingSleeper())
            .retryPolicy(RetryPolicy.none())
            .build());

    private static ApiRequest getThing() {
        return ApiRequest.builder("GET", "/thing").operationId("getThing").build();
    }

    private ApiException answer(int status, ResponseSpec<?> spec) {
        wm.stubFor(get("/thing").willReturn(aResponse().withStatus(status).withBody("{}")));
        return assertThrows(ApiException.class, () -> client.execute(getThing(), spec));
    }

    @ParameterizedTest
    @CsvSource({"404, Exact", "503, Range", "500, Range", "418, Fallback", "400, Fallback"})
    void theMostSpecificDeclarationWinsWhateverTheOrderItWasGivenIn(int status, String expected) {
        ResponseSpec<Void> defaultFirst = ResponseSpec.none()
                .errors(API_WIDE)
                .error("default", Fallback.class)
                .error("5XX", Range.class)
                .error("404", Exact.class);
        ResponseSpec<Void> defaultLast = ResponseSpec.none()
                .error("404", Exact.class)
                .error("5XX", Range.class)
                .error("default", Fallback.class)
                .errors(API_WIDE);
        for (ResponseSpec<Void> spec : List.of(defaultFirst, defaultLast)) {
            ApiException e = answer(status, spec);
            assertEquals(expected, e.error().orElseThrow().getClass().getSimpleName());
            assertEquals(expected, ((Class<?>) e.errorType().orElseThrow()).getSimpleName());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 429, 500, 503})
    void theApiWideTypeCoversWhatTheOperationDoesNotType(int status) {
        ApiException e = answer(status, ResponseSpec.none().errors(API_WIDE));
        assertInstanceOf(ApiWide.class, e.error().orElseThrow());
    }

    @Test
    void theApiWideTypeCoversOnlyItsStatuses() {
        ApiException e = answer(409, ResponseSpec.none().errors(ErrorTypes.of(ApiWide.class, "404", "5XX")));
        assertTrue(e.error().isEmpty());
        assertTrue(e.errorType().isEmpty());
        assertInstanceOf(ApiException.Conflict.class, e);
    }

    @Test
    void aGenericErrorTypeIsReadWithItsTypeArguments() {
        wm.stubFor(get("/thing").willReturn(aResponse().withStatus(422).withBody("[{\"exact\":\"x\"}]")));
        ApiException e = assertThrows(
                ApiException.class,
                () -> client.execute(
                        getThing(), ResponseSpec.none().error("4XX", new TypeReference<List<Exact>>() {})));
        assertEquals(List.of(new Exact("x")), e.error().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"200x", "6XX", "4xx", "", "99", "600", "DEFAULT"})
    void aKeyThatIsNoStatusRangeOrDefaultIsRefused(String key) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> ErrorTypes.none().with(key, Exact.class));
        assertTrue(e.getMessage().contains("5XX"), e.getMessage());
    }

    @Test
    void aNotModifiedAnswerSaysSoAndHasNoBodyToMistakeForNull() {
        wm.stubFor(get("/thing")
                .withHeader("If-None-Match", equalTo("\"v7\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"v7\"")));
        ApiRequest conditional = ApiRequest.builder("GET", "/thing")
                .operationId("getThing")
                .header("If-None-Match", "\"v7\"")
                .build();
        ResponseSpec<Map<String, Object>> spec = ResponseSpec.json(new TypeReference<>() {}, "");
        ApiResponse<Map<String, Object>> response = client.execute(conditional, spec);
        assertTrue(response.notModified());
        assertEquals(304, response.status());
        assertEquals("\"v7\"", response.etag().orElseThrow());
        NotModifiedException e = assertThrows(NotModifiedException.class, response::body);
        assertEquals("\"v7\"", e.etag().orElseThrow());
        assertTrue(e.getMessage().contains("GET /thing (getThing) answered 304"), e.getMessage());
        CompletionException async = assertThrows(CompletionException.class, () -> client.executeAsync(conditional, spec)
                .thenApply(ApiResponse::body)
                .join());
        assertInstanceOf(NotModifiedException.class, async.getCause());
    }

    @Test
    void aNotModifiedAnswerToAnOperationWithoutBodyIsASuccessThatSaysSo() {
        // nothing was asked for, so nothing is missing: the void method returns, the raw view tells
        wm.stubFor(get("/thing").willReturn(aResponse().withStatus(304).withHeader("ETag", "\"v7\"")));
        ApiResponse<Void> response = client.execute(getThing(), ResponseSpec.none());
        assertTrue(response.notModified());
        assertEquals("\"v7\"", response.etag().orElseThrow());
        assertNull(response.body());
        assertNull(client.executeAsync(getThing(), ResponseSpec.none())
                .thenApply(ApiResponse::body)
                .join());
    }

    @Test
    void anOrdinaryAnswerIsNotNotModified() {
        wm.stubFor(get("/thing").willReturn(aResponse().withStatus(204)));
        ApiResponse<Void> response = client.execute(getThing(), ResponseSpec.none());
        assertTrue(!response.notModified());
        assertNull(response.body());
    }

    @Test
    void a304ToAPostIsAMismatchNotACurrentCopy() {
        // RFC 9110 section 15.4.5: 304 answers only a conditional GET or HEAD; to a POST the result
        // (a created resource) is lost, and "your copy is current" would be a lie
        wm.stubFor(post("/things").willReturn(aResponse().withStatus(304)));
        ApiRequest create = ApiRequest.builder("POST", "/things")
                .operationId("createThing")
                .body(BodyKind.JSON, "application/json", Map.of("a", 1))
                .build();
        ResponseSpec<Map<String, Object>> spec = ResponseSpec.json(new TypeReference<>() {}, "");
        ResponseMismatchException e = assertThrows(ResponseMismatchException.class, () -> client.execute(create, spec));
        assertEquals(304, e.status());
        assertTrue(e.getMessage().contains("POST /things (createThing) answered 304"), e.getMessage());
    }
}
