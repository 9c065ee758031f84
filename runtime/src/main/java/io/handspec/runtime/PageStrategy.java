package io.handspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * How an API says where the next page is. Generated list operations pick one from the spec's
 * {@code x-handspec-pagination}; {@link PagedIterable} drives it.
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
    ApiRequest next(ApiRequest first, ApiRequest current, ApiResponse<? extends List<?>> page, long fetched, ApiClient client);

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
     * {@code nextPointer} (Kayako's {@code next_url}), and computes the next offset otherwise.
     */
    static PageStrategy offset(String offsetParam, String limitParam, String totalPointer, String nextPointer) {
        return (first, current, page, fetched, client) -> {
            List<?> items = page.body();
            if (items == null || items.isEmpty()) {
                return null;
            }
            JsonNode nextUrl = nextPointer == null ? null : page.document().at(nextPointer);
            if (nextUrl != null && nextUrl.isTextual() && !nextUrl.asText().isBlank()) {
                return current.withAbsoluteUri(client.config().baseUri().resolve(nextUrl.asText()));
            }
            long start = first.queryValue(offsetParam).map(Long::parseLong).orElse(0L);
            JsonNode total = totalPointer == null ? null : page.document().at(totalPointer);
            if (total != null && total.canConvertToLong()) {
                if (start + fetched >= total.asLong()) {
                    return null;
                }
            } else {
                long limit = current.queryValue(limitParam).map(Long::parseLong).orElse(-1L);
                if (limit > 0 && items.size() < limit) {
                    return null;
                }
            }
            return current.withQuery(offsetParam, Long.toString(start + fetched));
        };
    }

    /** Page-number paging ({@code page}/{@code per_page}); stops on an empty or short page, or at the total. */
    static PageStrategy pageNumber(String pageParam, String sizeParam, int firstPage, String totalPointer) {
        return (first, current, page, fetched, client) -> {
            List<?> items = page.body();
            if (items == null || items.isEmpty()) {
                return null;
            }
            JsonNode total = totalPointer == null ? null : page.document().at(totalPointer);
            if (total != null && total.canConvertToLong() && fetched >= total.asLong()) {
                return null;
            }
            long size = sizeParam == null ? -1L : current.queryValue(sizeParam).map(Long::parseLong).orElse(-1L);
            if (size > 0 && items.size() < size) {
                return null;
            }
            int number = current.queryValue(pageParam).map(Integer::parseInt).orElse(firstPage);
            return current.withQuery(pageParam, Integer.toString(number + 1));
        };
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
