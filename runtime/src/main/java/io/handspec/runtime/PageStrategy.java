package io.handspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * How an API says where the next page is. Generated list operations pick one from the spec's
 * {@code x-handspec-pagination}; {@link PagedIterable} drives it, and stops with a
 * {@link PagingException} when a page or link repeats.
 */
@FunctionalInterface
public interface PageStrategy {

    /**
     * The request for the page after {@code page}, or {@code null} when {@code page} was the last.
     *
     * @param first   the request of the first page
     * @param current the request that produced {@code page}
     * @param page    the page just read
     * @param fetched how many items all pages so far held, this one included
     */
    ApiRequest next(
            ApiRequest first, ApiRequest current, ApiResponse<? extends List<?>> page, long fetched, ApiClient client);

    /** The query parameter that holds the page size, or {@code null}. */
    default String pageSizeParam() {
        return null;
    }

    /** The JSON pointer of the total item count in an answer, or {@code null}: a total that changes between pages ends paging. */
    default String totalPointer() {
        return null;
    }

    /** The largest page size the operation documents, or 0 when it documents none. */
    default long maxPageSize() {
        return 0;
    }

    /**
     * This strategy with the operation's documented largest page size: a larger size asked for is
     * lowered to it before the first request is sent (the items are the same, in more pages).
     */
    default PageStrategy withMaxPageSize(long max) {
        PageStrategy self = this;
        return new PageStrategy() {
            @Override
            public ApiRequest next(
                    ApiRequest first,
                    ApiRequest current,
                    ApiResponse<? extends List<?>> page,
                    long fetched,
                    ApiClient client) {
                return self.next(first, current, page, fetched, client);
            }

            @Override
            public String pageSizeParam() {
                return self.pageSizeParam();
            }

            @Override
            public String totalPointer() {
                return self.totalPointer();
            }

            @Override
            public long maxPageSize() {
                return max;
            }
        };
    }

    /** A strategy whose page size is in {@code sizeParam}. */
    private static PageStrategy sized(String sizeParam, String totalPointer, PageStrategy step) {
        return new PageStrategy() {
            @Override
            public ApiRequest next(
                    ApiRequest first,
                    ApiRequest current,
                    ApiResponse<? extends List<?>> page,
                    long fetched,
                    ApiClient client) {
                return step.next(first, current, page, fetched, client);
            }

            @Override
            public String pageSizeParam() {
                return sizeParam;
            }

            @Override
            public String totalPointer() {
                return totalPointer;
            }
        };
    }

    /**
     * Offset paging ({@code page[offset]}/{@code page[limit]} with {@code meta.total} for Kalo,
     * {@code offset}/{@code limit} with {@code total_count} for Kayako). Stops on an empty page, when
     * the total is reached, or, without a total, on a page shorter than the limit asked for.
     */
    static PageStrategy offset(String offsetParam, String limitParam, String totalPointer) {
        return offset(offsetParam, limitParam, totalPointer, null);
    }

    /**
     * Offset paging that follows the server's link to the next page when the answer has one at
     * {@code nextPointer} (Kayako's {@code next_url}), and computes the next offset otherwise. A total
     * in the answer ends the paging even when a link is given; a link to another origin than the base
     * URL's is a {@link PagingException}, never followed.
     */
    static PageStrategy offset(String offsetParam, String limitParam, String totalPointer, String nextPointer) {
        return sized(limitParam, totalPointer, (first, current, page, fetched, client) -> {
            List<?> items = page.body();
            if (items == null || items.isEmpty()) {
                return null;
            }
            long start = first.queryValue(offsetParam).map(PageStrategy::number).orElse(0L);
            JsonNode total = totalPointer == null ? null : page.at(totalPointer);
            boolean hasTotal = total != null && total.canConvertToLong();
            if (hasTotal && start + fetched >= total.asLong()) {
                return null;
            }
            JsonNode nextUrl = nextPointer == null ? null : page.at(nextPointer);
            if (nextUrl != null && nextUrl.isTextual() && !nextUrl.asText().isBlank()) {
                return current.withAbsoluteUri(sameOrigin(client, nextUrl.asText()));
            }
            if (!hasTotal) {
                long limit =
                        current.queryValue(limitParam).map(PageStrategy::number).orElse(-1L);
                if (limit > 0 && items.size() < limit) {
                    return null;
                }
            }
            return current.withQuery(offsetParam, Long.toString(start + fetched));
        });
    }

    private static java.net.URI sameOrigin(ApiClient client, String link) {
        java.net.URI base = client.config().baseUri();
        java.net.URI target;
        try {
            target = base.resolve(link.trim());
        } catch (IllegalArgumentException e) {
            throw new PagingException("the answer's link to the next page is not a valid URI");
        }
        if (!Origins.same(base, target)) {
            throw new PagingException(
                    "the answer's link to the next page points to another origin (" + target.getScheme() + "://"
                            + target.getRawAuthority() + ") than the base URL's; it is not followed");
        }
        return target;
    }

    private static long number(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new PagingException("the paging parameter value '" + value + "' is not a whole number");
        }
    }

    /** Page-number paging ({@code page}/{@code per_page}); stops on an empty or short page, or at the total. */
    static PageStrategy pageNumber(String pageParam, String sizeParam, int firstPage, String totalPointer) {
        return sized(sizeParam, totalPointer, (first, current, page, fetched, client) -> {
            List<?> items = page.body();
            if (items == null || items.isEmpty()) {
                return null;
            }
            JsonNode total = totalPointer == null ? null : page.at(totalPointer);
            if (total != null && total.canConvertToLong() && fetched >= total.asLong()) {
                return null;
            }
            long size = sizeParam == null
                    ? -1L
                    : current.queryValue(sizeParam).map(PageStrategy::number).orElse(-1L);
            if (size > 0 && items.size() < size) {
                return null;
            }
            long number =
                    current.queryValue(pageParam).map(PageStrategy::number).orElse((long) firstPage);
            return current.withQuery(pageParam, Long.toString(number + 1));
        });
    }

    /**
     * Cursor in response headers fed back in the request body (Toggl Reports: {@code X-Next-ID} to
     * {@code first_id}, {@code X-Next-Row-Number} to {@code first_row_number}). No header: last page.
     * The fields are set in the order of the header names, so the request body is the same every run.
     */
    static PageStrategy headerCursor(Map<String, String> headerToBodyField) {
        Map<String, String> ordered = new java.util.TreeMap<>(headerToBodyField);
        return (first, current, page, fetched, client) -> {
            ObjectNode body = client.toJsonObject(current.body());
            boolean any = false;
            for (Map.Entry<String, String> e : ordered.entrySet()) {
                var value = page.header(e.getKey());
                if (value.isPresent() && !value.get().isBlank()) {
                    any = true;
                    String v = value.get().trim();
                    try {
                        body.put(e.getValue(), Long.parseLong(v));
                    } catch (NumberFormatException notNumber) {
                        body.put(e.getValue(), v);
                    }
                }
            }
            return any ? current.withBody(body) : null;
        };
    }
}
