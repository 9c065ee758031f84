package io.handspec.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A per-status wait in place of the exponential backoff (Toggl: "back off for a few minutes" on 429),
 * which a {@code Retry-After} still replaces and the per-status minimum still floors.
 */
class StatusDelayTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();
    private static final ResponseSpec<Map<String, Object>> MAP = ResponseSpec.json(new TypeReference<>() {}, "");

    private static RetryPolicy.Builder togglLike() {
        return RetryPolicy.builder()
                .maxAttempts(3)
                .initialDelay(Duration.ofSeconds(1))
                .maxDelay(Duration.ofSeconds(60))
                .retryStatuses(Set.of(429))
                .minimumDelay(429, Duration.ofSeconds(1))
                .statusDelay(429, Duration.ofMinutes(3))
                .random(() -> 1.0);
    }

    private ApiClient client(RetryPolicy policy) {
        return new ApiClient(Fixtures.config(wm, sleeper).retryPolicy(policy).build());
    }

    private static ApiRequest getThing() {
        return ApiRequest.builder("GET", "/things").operationId("getThing").build();
    }

    @Test
    void a429WithoutRetryAfterWaitsTheStatusDelayBeforeEachRetry() {
        wm.stubFor(get("/things").willReturn(aResponse().withStatus(429)));
        assertThrows(ApiException.class, () -> client(togglLike().build()).execute(getThing(), MAP));
        wm.verify(3, getRequestedFor(urlEqualTo("/things")));
        assertEquals(List.of(Duration.ofMinutes(3), Duration.ofMinutes(3)), sleeper.sleeps);
    }

    @Test
    void aRetryAfterStillWinsAndTheMinimumStillFloorsIt() {
        RetryPolicy p = togglLike().build();
        java.time.Clock clock = java.time.Clock.systemUTC();
        assertEquals(Duration.ofSeconds(20), p.delay(1, 429, java.util.Optional.of("20"), clock));
        assertEquals(Duration.ofSeconds(1), p.delay(1, 429, java.util.Optional.of("0"), clock));
        assertEquals(Duration.ofMinutes(3), p.delay(2, 429, java.util.Optional.empty(), clock));
        assertEquals(Duration.ofMinutes(3), p.delay(1, 429, java.util.Optional.of("soon"), clock), "unreadable");
    }

    @Test
    void otherStatusesKeepTheExponentialBackoff() {
        RetryPolicy p = togglLike().build();
        assertEquals(Duration.ofSeconds(2), p.delay(2, 503, java.util.Optional.empty(), java.time.Clock.systemUTC()));
    }

    @Test
    void theStatusDelaySurvivesToBuilderAndANegativeOneIsRefused() {
        RetryPolicy copy = togglLike().build().toBuilder().build();
        assertEquals(
                Duration.ofMinutes(3), copy.delay(1, 429, java.util.Optional.empty(), java.time.Clock.systemUTC()));
        assertThrows(HandspecException.class, () -> RetryPolicy.builder().statusDelay(429, Duration.ofSeconds(-1)));
    }
}
