package io.handspec.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Paging ends, or fails clearly, against servers that loop. Iteration is capped with {@code limit}
 * so a pager that would loop forever ends the test with a wrong count instead of hanging.
 */
class PagingTerminationTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @RegisterExtension
    static WireMockExtension other = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final ResponseSpec<List<Map<String, Object>>> ITEMS =
            ResponseSpec.json(new TypeReference<>() {}, "/data");
    private static final long CAP = 200;

    private ApiClient client() {
        return new ApiClient(Fixtures.config(wm, new Fixtures.RecordingSleeper())
                .authentication(Auth.apiKeyQuery("apikey", "page-key"))
                .build());
    }

    private PagedIterable<Map<String, Object>> users(PageStrategy strategy) {
        return new PagedIterable<>(
                client(),
                ApiRequest.builder("GET", "/users")
                        .operationId("listUsers")
                        .queryParam("limit", ParamStyle.FORM_EXPLODED, 2)
                        .build(),
                ITEMS,
                strategy);
    }

    @Test
    void theTotalEndsPagingEvenWhenEveryPageHasANextLink() {
        wm.stubFor(get(urlPathEqualTo("/users"))
                .willReturn(okJson("{\"data\":[{\"id\":1},{\"id\":2}],\"total_count\":4," + "\"next_url\":\""
                        + wm.baseUrl() + "/users?after=x&limit=2\"}")));
        wm.stubFor(get(urlEqualTo("/users?after=x&limit=2&apikey=page-key"))
                .willReturn(okJson("{\"data\":[{\"id\":3},{\"id\":4}]," + "\"total_count\":4,\"next_url\":\""
                        + wm.baseUrl() + "/users?after=y&limit=2\"}")));
        assertEquals(
                4,
                users(PageStrategy.offset("offset", "limit", "/total_count", "/next_url")).stream()
                        .limit(CAP)
                        .count());
        wm.verify(2, getRequestedFor(urlPathEqualTo("/users")));
    }

    @Test
    void aNextLinkToTheSamePageStopsWithAClearError() {
        wm.stubFor(get(urlPathEqualTo("/users"))
                .willReturn(okJson("{\"data\":[{\"id\":1},{\"id\":2}]," + "\"next_url\":\"/users?limit=2\"}")));
        PagingException e = assertThrows(
                PagingException.class, () -> users(PageStrategy.offset("offset", "limit", null, "/next_url")).stream()
                        .limit(CAP)
                        .count());
        assertTrue(e.getMessage().contains("would repeat an earlier request (GET /users)"), e.getMessage());
    }

    @Test
    void aServerThatIgnoresTheOffsetWithoutATotalStopsWithAClearError() {
        wm.stubFor(get(urlPathEqualTo("/users")).willReturn(okJson("{\"data\":[{\"id\":1},{\"id\":2}]}")));
        PagingException e =
                assertThrows(PagingException.class, () -> users(PageStrategy.offset("offset", "limit", null)).stream()
                        .limit(CAP)
                        .count());
        assertTrue(e.getMessage().contains("same items"), e.getMessage());
        wm.verify(2, getRequestedFor(urlPathEqualTo("/users")));
    }

    @Test
    void aServerThatIgnoresTheOffsetWithATotalDoesNotYieldTheSameItemsAgain() {
        wm.stubFor(get(urlPathEqualTo("/users"))
                .willReturn(okJson("{\"data\":[{\"id\":1},{\"id\":2}],\"total_count\":10}")));
        assertThrows(PagingException.class, () -> users(PageStrategy.offset("offset", "limit", "/total_count")).stream()
                .limit(CAP)
                .count());
    }

    @Test
    void aNextLinkToAnotherOriginIsNeverFollowed() {
        wm.stubFor(get(urlPathEqualTo("/users"))
                .willReturn(okJson("{\"data\":[{\"id\":1},{\"id\":2}],\"total_count\":4," + "\"next_url\":\""
                        + other.baseUrl() + "/users?page=2\"}")));
        PagingException e = assertThrows(
                PagingException.class,
                () -> users(PageStrategy.offset("offset", "limit", "/total_count", "/next_url")).stream()
                        .limit(CAP)
                        .count());
        assertTrue(e.getMessage().contains("another origin"), e.getMessage());
        other.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aPageSizeAboveTheDocumentedMaximumNeverGoesOnTheWire() {
        wm.stubFor(
                get(urlPathEqualTo("/projects")).willReturn(okJson("{\"data\":[{\"id\":1}],\"meta\":{\"total\":1}}")));
        PagedIterable<Map<String, Object>> all = new PagedIterable<>(
                client(),
                ApiRequest.builder("GET", "/projects")
                        .queryParam("page[limit]", ParamStyle.FORM_EXPLODED, 100)
                        .build(),
                ITEMS,
                PageStrategy.offset("page[offset]", "page[limit]", "/meta/total")
                        .withMaxPageSize(30));
        assertEquals(1, all.stream().count());
        assertEquals(1, all.firstPage().body().size());
        wm.verify(2, getRequestedFor(urlEqualTo("/projects?page%5Blimit%5D=30&apikey=page-key")));
        wm.verify(0, getRequestedFor(urlEqualTo("/projects?page%5Blimit%5D=100&apikey=page-key")));
    }

    @Test
    void asyncPagingCollectsEveryPageAndStopsAtTheTotal() throws Exception {
        wm.stubFor(get(urlEqualTo("/users?limit=2&apikey=page-key"))
                .willReturn(okJson("{\"data\":[{\"id\":1},{\"id\":2}],\"total_count\":3}")));
        wm.stubFor(get(urlEqualTo("/users?limit=2&offset=2&apikey=page-key"))
                .willReturn(okJson("{\"data\":[{\"id\":3}],\"total_count\":3}")));
        List<Map<String, Object>> all = users(PageStrategy.offset("offset", "limit", "/total_count"))
                .toListAsync()
                .get();
        assertEquals(List.of(1, 2, 3), all.stream().map(m -> m.get("id")).toList());
    }
}
