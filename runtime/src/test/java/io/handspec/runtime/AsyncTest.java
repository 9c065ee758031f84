package io.handspec.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The async path holds no thread through a retry delay: the delay is a future the timer completes. */
class AsyncTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final ResponseSpec<Map<String, Object>> MAP = ResponseSpec.json(new TypeReference<>() {}, "");

    /** A timer whose delays end when the test says so. */
    private static final class ManualTimer implements RetryTimer {
        final List<Duration> asked = new CopyOnWriteArrayList<>();
        final CompletableFuture<Void> release = new CompletableFuture<>();
        final CountDownLatch waiting = new CountDownLatch(1);

        @Override
        public CompletableFuture<Void> after(Duration delay) {
            asked.add(delay);
            waiting.countDown();
            return release;
        }
    }

    @Test
    void aRetryDelayIsScheduledNotSlept() throws Exception {
        wm.stubFor(get("/things/7")
                .inScenario("r")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "120"))
                .willSetStateTo("ok"));
        wm.stubFor(get("/things/7").inScenario("r").whenScenarioStateIs("ok").willReturn(okJson("{\"done\":true}")));
        ManualTimer timer = new ManualTimer();
        ApiClient c = new ApiClient(Fixtures.config(wm, new Fixtures.RecordingSleeper())
                .retryTimer(timer)
                .build());
        CompletableFuture<ApiResponse<Map<String, Object>>> result =
                c.executeAsync(ApiRequest.builder("GET", "/things/7").build(), MAP);
        assertTrue(timer.waiting.await(30, TimeUnit.SECONDS), "the first attempt was answered and a retry scheduled");
        assertFalse(result.isDone(), "the call waits for the delay, holding no thread: this one is free to check");
        assertEquals(List.of(Duration.ofSeconds(120)), timer.asked);
        wm.verify(1, getRequestedFor(urlEqualTo("/things/7")));
        timer.release.complete(null);
        assertEquals(Boolean.TRUE, result.get(30, TimeUnit.SECONDS).body().get("done"));
    }

    @Test
    void aRequestThatCannotBeBuiltFailsTheFutureAsTheBlockingCallThrows() {
        ApiClient c = new ApiClient(
                Fixtures.config(wm, new Fixtures.RecordingSleeper()).build());
        HandspecException invalid = new HandspecException("parameter 'limit' must be at most 100", null);
        CompletableFuture<ApiResponse<Map<String, Object>>> result = c.executeAsync(
                () -> {
                    throw invalid;
                },
                MAP);
        ExecutionException e = assertThrows(ExecutionException.class, () -> result.get(30, TimeUnit.SECONDS));
        assertEquals(invalid, e.getCause());
    }

    @Test
    void anOperationRequestKeepsItsFailureForEachFormOfTheCall() {
        ApiClient c = new ApiClient(
                Fixtures.config(wm, new Fixtures.RecordingSleeper()).build());
        List<ApiRequest> broken = List.of(
                ApiRequest.operation("GET", "/things/{id}", "getThing")
                        .pathParam("id", ParamStyle.SIMPLE, null)
                        .build(),
                ApiRequest.operation("GET", "/things/{id}", "getThing")
                        .pathParam("id", ParamStyle.SIMPLE, "")
                        .build(),
                ApiRequest.operation("GET", "/things/{id}", "getThing").build(),
                ApiRequest.operation("GET", "/things", "listThings")
                        .check("limit", 500, Constraints.none().maximum("100", false))
                        .queryParam("limit", ParamStyle.FORM_EXPLODED, 500)
                        .build());
        List<String> expected = List.of(
                "path parameter 'id' is required",
                "path parameter 'id' is empty: give it a value",
                "path parameter 'id' of /things/{id} was not given",
                "listThings: parameter 'limit'");
        for (int i = 0; i < broken.size(); i++) {
            ApiRequest request = broken.get(i);
            RuntimeException thrown = assertThrows(RuntimeException.class, () -> c.execute(request, MAP));
            assertTrue(thrown.getMessage().contains(expected.get(i)), thrown.getMessage());
            CompletableFuture<ApiResponse<Map<String, Object>>> result = c.executeAsync(request, MAP);
            ExecutionException e = assertThrows(ExecutionException.class, () -> result.get(30, TimeUnit.SECONDS));
            assertEquals(thrown, e.getCause(), "the future fails with what the blocking call throws");
            assertEquals(
                    thrown,
                    assertThrows(
                            RuntimeException.class,
                            () -> new PagedIterable<>(
                                    c,
                                    request,
                                    ResponseSpec.jsonList(Object.class, ""),
                                    PageStrategy.offset("offset", "limit", null))));
        }
        // the builders users write still throw where the mistake is
        assertThrows(HandspecException.class, () -> ApiRequest.builder("GET", "/things/{id}")
                .pathParam("id", ParamStyle.SIMPLE, null));
        assertThrows(IllegalArgumentException.class, () -> ApiRequest.builder("GET", "/things")
                .check("limit", 500, Constraints.none().maximum("100", false)));
        wm.verify(0, getRequestedFor(urlEqualTo("/things")));
    }

    @Test
    void anAsyncFailureIsAHandspecException() {
        wm.stubFor(get("/things/7").willReturn(aResponse().withStatus(404)));
        CompletableFuture<ApiResponse<Map<String, Object>>> result = new ApiClient(
                        Fixtures.config(wm, new Fixtures.RecordingSleeper()).build())
                .executeAsync(ApiRequest.builder("GET", "/things/7").build(), MAP);
        ExecutionException e = assertThrows(ExecutionException.class, () -> result.get(30, TimeUnit.SECONDS));
        assertInstanceOf(ApiException.NotFound.class, e.getCause());
    }
}
