package io.handspec.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exact bytes on the wire for parameters, form bodies and multipart bodies, against a local server. */
class EncodingWireTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final ResponseSpec<Map<String, Object>> MAP = ResponseSpec.json(new TypeReference<>() {}, "");

    private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();

    @BeforeEach
    void answerEverything() {
        wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    }

    private ApiClient client() {
        return new ApiClient(Fixtures.config(wm, sleeper).build());
    }

    private static LoggedRequest onlyRequest() {
        List<LoggedRequest> all = wm.findAll(anyRequestedFor(anyUrl()));
        assertEquals(1, all.size(), "requests sent");
        return all.get(0);
    }

    // ---------------------------------------------------------------- parameters

    @Test
    void kiliarosMatrixParameterGoesOutWithALiteralAt() {
        client().execute(
                        ApiRequest.builder("GET", "/users{email}")
                                .pathParam("email", ParamStyle.MATRIX, "andreas@kiliaro.com")
                                .queryParam("q", ParamStyle.FORM_EXPLODED, "a b&c/d?e")
                                .queryParam("ids", ParamStyle.FORM, List.of("1", "2,3"))
                                .build(),
                        MAP);
        assertEquals(
                "/users;email=andreas@kiliaro.com?q=a%20b%26c/d?e&ids=1,2%2C3",
                onlyRequest().getUrl());
    }

    @Test
    void allowReservedPassesPercentEncodedTriplesThroughSoACallerCanSendAnAmpersand() {
        // RFC 6570 reserved expansion keeps pct-encoded triples; OpenAPI leaves '&', '=', '+' to the caller
        client().execute(
                        ApiRequest.builder("GET", "/search")
                                .queryParam("q", ParamStyle.FORM_EXPLODED, true, "a/b%26c%3Dd%2B 100%")
                                .build(),
                        MAP);
        LoggedRequest r = onlyRequest();
        assertEquals("/search?q=a/b%26c%3Dd%2B%20100%25", r.getUrl());
        assertEquals(List.of("a/b&c=d+ 100%"), r.queryParameter("q").values());
    }

    @Test
    void anEmptyListQueryParameterIsLeftOutInEveryStyle() {
        // RFC 6570 section 2.3: a list with no members is undefined; "ids=" would read as [""]
        ApiRequest.Builder b = ApiRequest.builder("GET", "/search").queryParam("q", ParamStyle.FORM, "x");
        for (ParamStyle style : List.of(
                ParamStyle.FORM,
                ParamStyle.FORM_EXPLODED,
                ParamStyle.SPACE_DELIMITED,
                ParamStyle.PIPE_DELIMITED,
                ParamStyle.DEEP_OBJECT)) {
            b.queryParam("ids" + style.ordinal(), style, List.of()).queryParam("m" + style.ordinal(), style, Map.of());
        }
        client().execute(b.build(), MAP);
        assertEquals("/search?q=x", onlyRequest().getUrl());
    }

    @Test
    void aConstraintViolationFailsBeforeAnythingIsSent() {
        Constraints limit = Constraints.none().maximum("100", false);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ApiRequest.builder("GET", "/things")
                        .operationId("listThings")
                        .check("limit", 500, limit)
                        .queryParam("limit", ParamStyle.FORM_EXPLODED, 500));
        assertEquals("listThings: parameter 'limit' is 500, but the spec allows at most 100 (maximum)", e.getMessage());
        assertEquals(0, wm.findAll(anyRequestedFor(anyUrl())).size());
    }

    // ---------------------------------------------------------------- form bodies

    @Test
    void kayakosFormBodyIsWrittenAsItsSeedShows() {
        Map<String, Object> test = new java.util.LinkedHashMap<>();
        test.put("name", "Caryn Pryor");
        test.put("array_items", List.of(1, 2, 3));
        test.put("is_boolean", true);
        test.put("tags", List.of("x", "y"));
        client().execute(
                        ApiRequest.builder("POST", "/api/v1/tests")
                                .queryParam("_empty", ParamStyle.FORM_EXPLODED, false)
                                .body(BodyKind.FORM, "application/x-www-form-urlencoded", test)
                                .formEncoding("array_items", ParamStyle.FORM, false)
                                .build(),
                        MAP);
        LoggedRequest r = onlyRequest();
        assertEquals("/api/v1/tests?_empty=false", r.getUrl());
        assertEquals("application/x-www-form-urlencoded", r.getHeader("Content-Type"));
        assertEquals("name=Caryn+Pryor&array_items=1,2,3&is_boolean=true&tags=x&tags=y", r.getBodyAsString());
    }

    @Test
    void aContentTypeTheCallerSetIsNeverReplaced() {
        client().execute(
                        ApiRequest.builder("POST", "/things")
                                .body(BodyKind.JSON, "application/json", Map.of("a", 1))
                                .options(RequestOptions.builder()
                                        .header("Content-Type", "application/vnd.things+json; charset=utf-8")
                                        .build())
                                .build(),
                        MAP);
        assertEquals("application/vnd.things+json; charset=utf-8", onlyRequest().getHeader("Content-Type"));
    }

    // ---------------------------------------------------------------- multipart

    @Test
    void multipartPartsGoOutByteForByteUnderTheBoundaryOfTheContentType(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("app.ipa"), "IPA-BYTES");
        MultipartBody body = MultipartBody.builder("uploadVersion", "bundle")
                .set("bundle", FilePart.of(file), "application/octet-stream")
                .set("icon", FilePart.of(new byte[] {1, 2}, "icon \"1\".png", "image/png"), null)
                .set("note", "première", null)
                .set("tags", List.of("a", "b"), "text/plain", Map.of("X-Tag", "t"))
                .set("meta", Map.of("size", 9), null)
                .build();
        client().execute(
                        ApiRequest.builder("POST", "/apps/1/versions")
                                .body(BodyKind.MULTIPART, "multipart/form-data", body)
                                .build(),
                        MAP);
        LoggedRequest r = onlyRequest();
        String contentType = r.getHeader("Content-Type");
        assertTrue(contentType.matches("multipart/form-data; boundary=handspec-[A-Za-z0-9]{32}"), contentType);
        String b = "--" + contentType.substring(contentType.indexOf('=') + 1);
        String expected = b + "\r\n"
                + "Content-Disposition: form-data; name=\"bundle\"; filename=\"app.ipa\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n"
                + "IPA-BYTES\r\n"
                + b + "\r\n"
                + "Content-Disposition: form-data; name=\"icon\"; filename=\"icon %221%22.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n"
                + "\u0001\u0002\r\n"
                + b + "\r\n"
                + "Content-Disposition: form-data; name=\"note\"\r\n\r\n"
                + "première\r\n"
                + b + "\r\n"
                + "Content-Disposition: form-data; name=\"tags\"\r\n"
                + "Content-Type: text/plain\r\n"
                + "X-Tag: t\r\n\r\n"
                + "a\r\n"
                + b + "\r\n"
                + "Content-Disposition: form-data; name=\"tags\"\r\n"
                + "Content-Type: text/plain\r\n"
                + "X-Tag: t\r\n\r\n"
                + "b\r\n"
                + b + "\r\n"
                + "Content-Disposition: form-data; name=\"meta\"\r\n"
                + "Content-Type: application/json\r\n\r\n"
                + "{\"size\":9}\r\n"
                + b + "--\r\n";
        assertEquals(expected, new String(r.getBody(), StandardCharsets.UTF_8));
        // a file part is streamed with a known length: no chunked transfer
        assertEquals(String.valueOf(expected.getBytes(StandardCharsets.UTF_8).length), r.getHeader("Content-Length"));
    }

    @Test
    void aBoundaryTheCallerGaveIsUsedAndOneWithoutABoundaryIsCompleted() {
        MultipartBody body =
                MultipartBody.builder("upload").set("note", "hi", null).build();
        client().execute(
                        ApiRequest.builder("POST", "/up")
                                .body(BodyKind.MULTIPART, "multipart/form-data", body)
                                .options(RequestOptions.builder()
                                        .header("Content-Type", "multipart/form-data; boundary=\"xyz\"")
                                        .build())
                                .build(),
                        MAP);
        LoggedRequest r = onlyRequest();
        assertEquals("multipart/form-data; boundary=\"xyz\"", r.getHeader("Content-Type"));
        assertEquals(
                "--xyz\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhi\r\n--xyz--\r\n", r.getBodyAsString());
        wm.resetRequests();
        client().execute(
                        ApiRequest.builder("POST", "/up")
                                .body(BodyKind.MULTIPART, "multipart/form-data", body)
                                .options(RequestOptions.builder()
                                        .header("Content-Type", "multipart/mixed")
                                        .build())
                                .build(),
                        MAP);
        assertTrue(
                onlyRequest().getHeader("Content-Type").matches("multipart/mixed; boundary=handspec-[A-Za-z0-9]{32}"));
    }

    @Test
    void aCallerBoundaryThatAppearsInAPartIsRefusedBeforeSending() {
        MultipartBody body =
                MultipartBody.builder("upload").set("note", "--xyz", null).build();
        HandspecException e = assertThrows(HandspecException.class, () -> client().execute(
                        ApiRequest.builder("POST", "/up")
                                .operationId("upload")
                                .body(BodyKind.MULTIPART, "multipart/form-data", body)
                                .options(RequestOptions.builder()
                                        .header("Content-Type", "multipart/form-data; boundary=xyz")
                                        .build())
                                .build(),
                        MAP));
        assertTrue(e.getMessage().contains("boundary 'xyz'"), e.getMessage());
        assertEquals(0, wm.findAll(anyRequestedFor(anyUrl())).size());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "multipart/form-data; boundary=",
                "multipart/form-data; boundary=\"\"",
                "multipart/form-data; boundary=a\u00e9b",
                "multipart/form-data; boundary=\"ends with space \"",
            })
    void aCallerBoundaryRfc2046DoesNotAllowIsRefusedNotSentTwice(String contentType) {
        // without this, "boundary=" got a second boundary appended: the server reads the first, empty one
        MultipartBody body =
                MultipartBody.builder("upload").set("note", "hi", null).build();
        HandspecException e = assertThrows(HandspecException.class, () -> client().execute(
                        ApiRequest.builder("POST", "/up")
                                .operationId("upload")
                                .body(BodyKind.MULTIPART, "multipart/form-data", body)
                                .options(RequestOptions.builder()
                                        .header("Content-Type", contentType)
                                        .build())
                                .build(),
                        MAP));
        assertTrue(e.getMessage().contains("RFC 2046"), e.getMessage());
        assertEquals(0, wm.findAll(anyRequestedFor(anyUrl())).size());
    }

    @Test
    void aRequiredPartThatWasNotSetIsNamed() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> MultipartBody.builder("uploadVersion", "bundle")
                        .build());
        assertEquals(
                "uploadVersion: the multipart part 'bundle' is required (the spec says so): set it", e.getMessage());
    }

    @Test
    void aBodyFromAFileIsSentAgainOnRetryButOneFromAStreamIsNot(@TempDir Path tmp) throws Exception {
        wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));
        Path file = Files.writeString(tmp.resolve("a.txt"), "A");
        ApiException fromFile =
                assertThrows(ApiException.class, () -> client().execute(upload(FilePart.of(file)), MAP));
        assertEquals(503, fromFile.status());
        List<LoggedRequest> sent = wm.findAll(postRequestedFor(urlEqualTo("/up")));
        assertTrue(sent.size() > 1, "retried");
        sent.forEach(r -> assertTrue(r.getBodyAsString().contains("\r\n\r\nA\r\n"), r.getBodyAsString()));

        wm.resetRequests();
        FilePart stream = FilePart.of(new ByteArrayInputStream("S".getBytes(StandardCharsets.UTF_8)), "s.txt", null);
        ApiException fromStream = assertThrows(ApiException.class, () -> client().execute(upload(stream), MAP));
        assertEquals(503, fromStream.status());
        LoggedRequest once = onlyRequest();
        assertTrue(once.getBodyAsString().contains("\r\n\r\nS\r\n"), once.getBodyAsString());
    }

    @Test
    void aStreamPartSentOnceFailsClearlyWhenSentAgain() {
        FilePart stream = FilePart.of(new ByteArrayInputStream("S".getBytes(StandardCharsets.UTF_8)), "s.txt", null);
        ApiRequest request = upload(stream);
        client().execute(request, MAP);
        HandspecException e = assertThrows(HandspecException.class, () -> client().execute(request, MAP));
        assertTrue(e.getMessage().contains("cannot be sent again"), e.getMessage());
        wm.verify(1, postRequestedFor(urlEqualTo("/up")));
        wm.verify(0, getRequestedFor(anyUrl()));
    }

    private static ApiRequest upload(FilePart part) {
        return ApiRequest.builder("POST", "/up")
                .operationId("upload")
                .body(
                        BodyKind.MULTIPART,
                        "multipart/form-data",
                        MultipartBody.builder("upload").set("file", part, null).build())
                .options(RequestOptions.builder().idempotent(true).build())
                .build();
    }
}
