package io.handspec.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A request of {@link ApiRequest#operation} that failed to build stays failed through the copies
 * its public methods make: none of them turns it into a request sent to the unfilled path template.
 */
class FailedRequestCopyTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final ResponseSpec<Map<String, Object>> MAP = ResponseSpec.json(new TypeReference<>() {}, "");

    @Test
    void copiesOfAFailedOperationRequestFailAsItDoesAndSendNothing() {
        wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
        ApiClient c = new ApiClient(
                Fixtures.config(wm, new Fixtures.RecordingSleeper()).build());
        ApiRequest failed = ApiRequest.operation("GET", "/things/{id}", "getThing")
                .pathParam("id", ParamStyle.SIMPLE, null)
                .build();
        RuntimeException original = assertThrows(RuntimeException.class, () -> c.execute(failed, MAP));
        List<ApiRequest> copies = List.of(
                failed.withQuery("page", "2"),
                failed.withBody(Map.of("a", 1)),
                failed.withAbsoluteUri(URI.create(wm.baseUrl() + "/elsewhere")),
                failed.withoutConditionalHeaders());
        for (ApiRequest copy : copies) {
            assertSame(original, assertThrows(RuntimeException.class, () -> c.execute(copy, MAP)));
            CompletableFuture<ApiResponse<Map<String, Object>>> result = c.executeAsync(copy, MAP);
            ExecutionException e = assertThrows(ExecutionException.class, () -> result.get(30, TimeUnit.SECONDS));
            assertSame(original, e.getCause());
        }
        wm.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aNullOperationIdIsRefusedWhereItIsGivenNotKeptAsTheFailureOfAValidCheck() {
        NullPointerException e =
                assertThrows(NullPointerException.class, () -> ApiRequest.operation("GET", "/things", null));
        assertEquals("operationId == null", e.getMessage());
    }
}
