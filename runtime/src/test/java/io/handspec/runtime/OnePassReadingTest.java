package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A success body is read in one pass: the value at the spec's pointer straight into its type, the
 * envelope around it kept as a tree, the whole document built only when asked for.
 */
class OnePassReadingTest {
    record Thing(String name) {}

    record Amount(BigDecimal value) {}

    static final ResponseSpec<List<Thing>> THINGS = ResponseSpec.json(new TypeReference<>() {}, "/data");

    static ApiClient answering(String body) {
        return new ApiClient(ClientConfig.builder()
                .baseUri(URI.create("http://127.0.0.1:1"))
                .retryPolicy(RetryPolicy.none())
                .transport(call -> CompletableFuture.completedFuture(new HttpResult(
                        200,
                        Map.of("Content-Type", List.of("application/json")),
                        body.getBytes(StandardCharsets.UTF_8))))
                .build());
    }

    static ApiRequest get() {
        return ApiRequest.builder("GET", "/things").operationId("listThings").build();
    }

    @Test
    void theEnvelopeAndTheWholeDocumentStayReachable() throws Exception {
        String body =
                "{\"meta\":{\"total\":3},\"data\":[{\"name\":\"a\"},{\"name\":\"b\"}],\"links\":{\"next\":\"/n\"}}";
        ApiResponse<List<Thing>> r = answering(body).execute(get(), THINGS);
        assertEquals(List.of(new Thing("a"), new Thing("b")), r.body());
        assertEquals(3, r.at("/meta/total").asInt());
        assertEquals("/n", r.at("/links/next").asText());
        assertEquals("b", r.at("/data/1/name").asText());
        assertEquals(2, r.at("/data").size());
        assertEquals(new ObjectMapper().readTree(body), r.document());
        assertEquals(body.indexOf('['), r.bodyRange()[0]);
        assertEquals(body.indexOf(']') + 1, r.bodyRange()[1]);
    }

    @Test
    void aNumberIsReadFromItsTextNotThroughADouble() {
        ApiResponse<Amount> r = answering("{\"data\":{\"value\":0.10000000000000000001}}")
                .execute(get(), ResponseSpec.json(Amount.class, "/data"));
        assertEquals(new BigDecimal("0.10000000000000000001"), r.body().value());
    }

    @Test
    void aBodyThatStopsBeingJsonAfterTheValueIsStillNotJson() {
        ResponseMismatchException e =
                assertThrows(ResponseMismatchException.class, () -> answering("{\"data\":[{\"name\":\"a\"}], oops}")
                        .execute(get(), THINGS));
        assertTrue(e.getMessage().contains("a body that is not JSON"), e.getMessage());
    }

    @Test
    void aValueOfTheWrongShapeInsideIsOneThatDoesNotFit() {
        ResponseMismatchException e = assertThrows(
                ResponseMismatchException.class,
                () -> answering("{\"data\":[{\"name\":{\"first\":\"a\"}}]}").execute(get(), THINGS));
        assertTrue(e.getMessage().contains("a value that does not fit"), e.getMessage());
    }

    @Test
    void aNullValueIsANullBodyWithItsDocument() {
        ApiResponse<List<Thing>> r =
                answering("{\"data\":null,\"meta\":{\"total\":0}}").execute(get(), THINGS);
        assertNull(r.body());
        assertEquals(0, r.at("/meta/total").asInt(-1));
        assertTrue(r.document().at("/data").isNull());
    }

    @Test
    void aFingerprintTellsBytesApart() {
        byte[] page = "[{\"id\":1},{\"id\":2},{\"id\":3},{\"id\":4}]".getBytes(StandardCharsets.UTF_8);
        byte[] other = page.clone();
        other[page.length - 3] = '5';
        assertEquals(PagedIterable.fingerprint(page), PagedIterable.fingerprint(page.clone()));
        assertNotEquals(PagedIterable.fingerprint(page), PagedIterable.fingerprint(other));
        assertNotEquals(PagedIterable.fingerprint(page, 0, 16), PagedIterable.fingerprint(page, 0, 17));
    }
}
