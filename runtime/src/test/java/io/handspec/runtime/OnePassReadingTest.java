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
    void everyPointerAnswersAsTheWholeDocumentAndTheSpanIsTheValuesText() throws Exception {
        // a document and the pointer to its value: the value alone on its path or with others around,
        // at every depth, in objects and arrays, first or last, a key given twice, escaped names
        Map<String, String> documents = new java.util.LinkedHashMap<>();
        documents.put("{\"data\":{\"name\":\"a\"}}", "/data");
        documents.put(" { \"data\" : [ 1 , 2 ] } ", "/data");
        documents.put("{\"a\":[{\"b\":{\"c\":1}}]}", "/a/0/b");
        documents.put("{\"a\":[{\"b\":\"x\"},2]}", "/a/0/b");
        documents.put("{\"a\":[{\"b\":\"x\",\"c\":[]}]}", "/a/0/b");
        documents.put("{\"data\":{\"x\":1},\"data\":{\"x\":2}}", "/data");
        documents.put("{\"data\":{\"x\":1},\"other\":0,\"data\":{\"x\":2}}", "/data");
        documents.put("{\"meta\":{\"total\":3},\"data\":\"s\"}", "/data");
        documents.put("{\"data\":null}", "/data");
        documents.put("{\"data\":12.50 }", "/data");
        documents.put("{\"x\":{\"data\":[true]},\"y\":[]}", "/x/data/0");
        documents.put("{\"x\":{\"data\":[true]}}", "/x/data/0");
        documents.put("{\"0\":{\"0\":7}}", "/0/0");
        documents.put("[[5]]", "/0/0");
        documents.put("[{\"k\":1},[5]]", "/1/0");
        documents.put("{\"a\":1}", "");
        documents.put("{\"d/x\":{\"a~b\":3}}", "/d~1x/a~0b");
        documents.put("{\"e\":{},\"data\":{\"name\":\"\\u00e9\"}}", "/data");
        documents.put("{\"data\":{\"name\":\"a\"},\"d\":1}", "/data");
        List<String> pointers = List.of(
                "",
                "/data",
                "/data/x",
                "/data/name",
                "/data/",
                "/meta",
                "/meta/total",
                "/other",
                "/a",
                "/a/0",
                "/a/0/b",
                "/a/0/c",
                "/a/1",
                "/a/00",
                "/0",
                "/0/0",
                "/1",
                "/1/0",
                "/x",
                "/x/data",
                "/x/data/0",
                "/y",
                "/d",
                "/e",
                "/d~1x",
                "/d~1x/a~0b",
                "/missing/deep");
        ObjectMapper plain = new ObjectMapper();
        for (Map.Entry<String, String> d : documents.entrySet()) {
            String body = d.getKey();
            ResponseSpec<com.fasterxml.jackson.databind.JsonNode> spec =
                    ResponseSpec.json(new TypeReference<>() {}, d.getValue());
            ApiResponse<com.fasterxml.jackson.databind.JsonNode> r =
                    answering(body).execute(get(), spec);
            com.fasterxml.jackson.databind.JsonNode whole = plain.readTree(body);
            for (String pointer : pointers) {
                assertEquals(whole.at(pointer), r.at(pointer), body + " at " + pointer);
            }
            String value = body.substring(r.bodyRange()[0], r.bodyRange()[1]);
            assertEquals(value.strip(), value, body);
            assertEquals(whole.at(d.getValue()), plain.readTree(value), body);
            assertEquals(whole, r.document(), body);
        }
    }

    @Test
    void aPointerSpellingTheValuesPathOtherwiseAnswersFromTheTreeAroundTheValue() {
        // "/d~x" names the key "d~x" as "/d~0x" does, but is not recognised as the value's path: it is
        // answered from the tree around the value, a null in the value's place, whether that tree is
        // only the path to the value or holds more
        Map<String, String> answers = Map.of(
                "{\"d~x\":{\"v\":1}}", "{\"v\":null}",
                "{\"d~x\":[{\"v\":1}]}", "[{\"v\":null}]",
                "{\"d~x\":[{\"v\":1}],\"o\":2}", "[{\"v\":null}]",
                "{\"o\":2,\"d~x\":[{\"v\":1},3]}", "[{\"v\":null},3]");
        answers.forEach((body, answer) -> {
            ResponseSpec<com.fasterxml.jackson.databind.JsonNode> spec =
                    ResponseSpec.json(new TypeReference<>() {}, "/d~0x/" + (body.contains("[") ? "0/" : "") + "v");
            assertEquals(answer, answering(body).execute(get(), spec).at("/d~x").toString(), body);
        });
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
