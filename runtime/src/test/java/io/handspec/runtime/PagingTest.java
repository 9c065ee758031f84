package io.handspec.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PagingTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final ApiClient client =
            new ApiClient(Fixtures.config(wm, new Fixtures.RecordingSleeper()).build());
    private static final ResponseSpec<List<Map<String, Object>>> ITEMS =
            ResponseSpec.json(new TypeReference<>() {}, "/data");

    private static String page(int from, int to, int total) {
        String items =
                IntStream.range(from, to).mapToObj(i -> "{\"id\":" + i + "}").collect(Collectors.joining(","));
        return "{\"data\":[" + items + "],\"meta\":{\"total\":" + total + ",\"offset\":" + from + "}}";
    }

    @Test
    void kaloStyleOffsetPagingFetches100ItemsInExactlyFourRequests() {
        wm.stubFor(get(urlEqualTo("/projects/")).willReturn(okJson(page(0, 30, 100))));
        wm.stubFor(get(urlEqualTo("/projects/?page%5Boffset%5D=30")).willReturn(okJson(page(30, 60, 100))));
        wm.stubFor(get(urlEqualTo("/projects/?page%5Boffset%5D=60")).willReturn(okJson(page(60, 90, 100))));
        wm.stubFor(get(urlEqualTo("/projects/?page%5Boffset%5D=90")).willReturn(okJson(page(90, 100, 100))));
        PagedIterable<Map<String, Object>> all = new PagedIterable<>(
                client,
                ApiRequest.builder("GET", "/projects/").build(),
                ITEMS,
                PageStrategy.offset("page[offset]", "page[limit]", "/meta/total"));
        List<Object> ids = all.stream().map(m -> m.get("id")).toList();
        assertEquals(IntStream.range(0, 100).boxed().toList(), ids, "no item skipped or duplicated");
        wm.verify(4, getRequestedFor(urlPathEqualTo("/projects/")));
    }

    @Test
    void offsetPagingWithoutATotalStopsOnAShortPage() {
        wm.stubFor(get(urlEqualTo("/tests.json?limit=2")).willReturn(okJson("{\"data\":[{\"id\":1},{\"id\":2}]}")));
        wm.stubFor(get(urlEqualTo("/tests.json?limit=2&offset=2")).willReturn(okJson("{\"data\":[{\"id\":3}]}")));
        PagedIterable<Map<String, Object>> all = new PagedIterable<>(
                client,
                ApiRequest.builder("GET", "/tests.json")
                        .queryParam("limit", ParamStyle.FORM_EXPLODED, 2)
                        .build(),
                ITEMS,
                PageStrategy.offset("offset", "limit", null));
        assertEquals(3, all.stream().count());
        wm.verify(2, getRequestedFor(urlPathEqualTo("/tests.json")));
    }

    @Test
    void headerCursorFeedsTheHeadersIntoTheNextBodyAndStopsWithoutThem() {
        wm.stubFor(post("/search")
                .withRequestBody(equalToJson("{\"start_date\":\"2024-01-01\"}"))
                .willReturn(okJson("[{\"row_number\":1},{\"row_number\":2}]")
                        .withHeader("X-Next-ID", "123")
                        .withHeader("X-Next-Row-Number", "3")));
        wm.stubFor(post("/search")
                .withRequestBody(equalToJson("{\"start_date\":\"2024-01-01\",\"first_id\":123,\"first_row_number\":3}"))
                .willReturn(okJson("[{\"row_number\":3}]")));
        ApiRequest first = ApiRequest.builder("POST", "/search")
                .body(BodyKind.JSON, "application/json", Map.of("start_date", "2024-01-01"))
                .build();
        PagedIterable<Map<String, Object>> rows = new PagedIterable<>(
                client,
                first,
                ResponseSpec.json(new TypeReference<List<Map<String, Object>>>() {}, ""),
                PageStrategy.headerCursor(Map.of("X-Next-ID", "first_id", "X-Next-Row-Number", "first_row_number")));
        assertEquals(
                List.of(1, 2, 3), rows.stream().map(r -> r.get("row_number")).toList());
        wm.verify(2, postRequestedFor(urlEqualTo("/search")));
    }

    @Test
    void pageNumberPagingStopsAtTheTotal() {
        wm.stubFor(get(urlEqualTo("/tasks?per_page=2"))
                .willReturn(okJson("{\"data\":[{\"id\":1},{\"id\":2}],\"total_count\":3}")));
        wm.stubFor(get(urlEqualTo("/tasks?per_page=2&page=2"))
                .willReturn(okJson("{\"data\":[{\"id\":3}],\"total_count\":3}")));
        PagedIterable<Map<String, Object>> all = new PagedIterable<>(
                client,
                ApiRequest.builder("GET", "/tasks")
                        .queryParam("per_page", ParamStyle.FORM_EXPLODED, 2)
                        .build(),
                ITEMS,
                PageStrategy.pageNumber("page", "per_page", 1, "/total_count"));
        assertEquals(3, all.stream().count());
        int pages = 0;
        for (ApiResponse<List<Map<String, Object>>> ignored : all.pages()) {
            pages++;
        }
        assertEquals(2, pages);
    }

    @Test
    void aNextLinkInTheAnswerIsFollowedWithCredentials() {
        wm.stubFor(get(urlEqualTo("/users.json?limit=2"))
                .willReturn(okJson("{\"data\":[{\"id\":1},{\"id\":2}],\"total_count\":3," + "\"next_url\":\""
                        + wm.baseUrl() + "/users.json?after_id=2&limit=2\"}")));
        wm.stubFor(get(urlEqualTo("/users.json?after_id=2&limit=2&apikey=k"))
                .willReturn(okJson("{\"data\":[{\"id\":3}],\"total_count\":3}")));
        ApiClient withKey = new ApiClient(Fixtures.config(wm, new Fixtures.RecordingSleeper())
                .authentication(Auth.apiKeyQuery("apikey", "k"))
                .build());
        wm.stubFor(get(urlEqualTo("/users.json?limit=2&apikey=k"))
                .willReturn(okJson("{\"data\":[{\"id\":1},{\"id\":2}],\"total_count\":3," + "\"next_url\":\""
                        + wm.baseUrl() + "/users.json?after_id=2&limit=2\"}")));
        PagedIterable<Map<String, Object>> all = new PagedIterable<>(
                withKey,
                ApiRequest.builder("GET", "/users.json")
                        .queryParam("limit", ParamStyle.FORM_EXPLODED, 2)
                        .build(),
                ITEMS,
                PageStrategy.offset("offset", "limit", "/total_count", "/next_url"));
        assertEquals(List.of(1, 2, 3), all.stream().map(m -> m.get("id")).toList());
        wm.verify(getRequestedFor(urlEqualTo("/users.json?after_id=2&limit=2&apikey=k")));
    }

    @Test
    void anEmptyFirstPageEndsAtOnce() {
        wm.stubFor(get(urlEqualTo("/empty")).willReturn(okJson("{\"data\":[],\"meta\":{\"total\":0}}")));
        PagedIterable<Map<String, Object>> all = new PagedIterable<>(
                client,
                ApiRequest.builder("GET", "/empty").build(),
                ITEMS,
                PageStrategy.offset("o", "l", "/meta/total"));
        assertEquals(0, all.stream().count());
        wm.verify(1, getRequestedFor(urlEqualTo("/empty")));
    }

    @Test
    void anErrorOnALaterPageSurfacesAsItsException() {
        wm.stubFor(get(urlEqualTo("/p")).willReturn(okJson(page(0, 30, 60))));
        wm.stubFor(get(urlEqualTo("/p?o=30")).willReturn(aResponse().withStatus(403)));
        PagedIterable<Map<String, Object>> all = new PagedIterable<>(
                client, ApiRequest.builder("GET", "/p").build(), ITEMS, PageStrategy.offset("o", "l", "/meta/total"));
        org.junit.jupiter.api.Assertions.assertThrows(
                ApiException.Forbidden.class, () -> all.stream().count());
    }

    @Test
    void pagesThatCannotBeOpenedFailTheFutureInsteadOfThrowing() {
        IllegalArgumentException invalid = new IllegalArgumentException("findItems: parameter 'limit' is 101");
        java.util.concurrent.CompletableFuture<List<String>> result = PagedIterable.toListAsync(() -> {
            throw invalid;
        });
        java.util.concurrent.ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
                java.util.concurrent.ExecutionException.class, result::get);
        org.junit.jupiter.api.Assertions.assertSame(invalid, e.getCause());
    }

    @Test
    void aNotModifiedFirstPageEndsThePagesAndTheItemsSayTheCopyIsCurrent() throws Exception {
        wm.stubFor(get(urlEqualTo("/nm")).willReturn(aResponse().withStatus(304).withHeader("ETag", "\"v1\"")));
        PagedIterable<Map<String, Object>> all = new PagedIterable<>(
                client,
                ApiRequest.builder("GET", "/nm")
                        .options(RequestOptions.builder()
                                .header("If-None-Match", "\"v1\"")
                                .build())
                        .build(),
                ITEMS,
                PageStrategy.offset("o", "l", "/meta/total"));
        List<ApiResponse<List<Map<String, Object>>>> pages = new java.util.ArrayList<>();
        all.pages().forEach(pages::add);
        assertEquals(1, pages.size());
        org.junit.jupiter.api.Assertions.assertTrue(pages.get(0).notModified());
        NotModifiedException e = org.junit.jupiter.api.Assertions.assertThrows(
                NotModifiedException.class, () -> all.stream().count());
        assertEquals(java.util.Optional.of("\"v1\""), e.etag());
        java.util.concurrent.ExecutionException async = org.junit.jupiter.api.Assertions.assertThrows(
                java.util.concurrent.ExecutionException.class,
                () -> all.toListAsync().get());
        org.junit.jupiter.api.Assertions.assertInstanceOf(NotModifiedException.class, async.getCause());
        wm.verify(3, getRequestedFor(urlEqualTo("/nm")));
    }

    @Test
    void conditionalHeadersGoWithTheFirstPageOnlyAndA304LaterStopsPagingWithAPagingException() {
        wm.stubFor(get(urlEqualTo("/c")).willReturn(okJson(page(0, 30, 60)).withHeader("ETag", "\"list\"")));
        wm.stubFor(get(urlEqualTo("/c?o=30")).willReturn(okJson(page(30, 60, 60))));
        PagedIterable<Map<String, Object>> all = new PagedIterable<>(
                client,
                ApiRequest.builder("GET", "/c")
                        .header("If-Modified-Since", "Mon, 23 Nov 2026 10:00:00 GMT")
                        .options(RequestOptions.builder()
                                .header("if-none-match", "\"old\"")
                                .header("X-Trace", "t")
                                .build())
                        .build(),
                ITEMS,
                PageStrategy.offset("o", "l", "/meta/total"));
        assertEquals(60, all.stream().count());
        wm.verify(getRequestedFor(urlEqualTo("/c"))
                .withHeader("If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo("\"old\""))
                .withHeader("If-Modified-Since", com.github.tomakehurst.wiremock.client.WireMock.matching(".+")));
        wm.verify(getRequestedFor(urlEqualTo("/c?o=30"))
                .withoutHeader("If-None-Match")
                .withoutHeader("If-Modified-Since")
                .withHeader("X-Trace", com.github.tomakehurst.wiremock.client.WireMock.equalTo("t")));

        wm.stubFor(get(urlEqualTo("/c?o=30")).willReturn(aResponse().withStatus(304)));
        PagingException e = org.junit.jupiter.api.Assertions.assertThrows(
                PagingException.class, () -> all.stream().count());
        org.junit.jupiter.api.Assertions.assertTrue(
                e.getMessage().contains("page 2 of") && e.getMessage().contains("304 Not Modified"), e.getMessage());
        java.util.concurrent.ExecutionException async = org.junit.jupiter.api.Assertions.assertThrows(
                java.util.concurrent.ExecutionException.class,
                () -> all.toListAsync().get());
        org.junit.jupiter.api.Assertions.assertInstanceOf(PagingException.class, async.getCause());
    }
}
