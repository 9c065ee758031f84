package io.handspec.generator.model;

import java.util.Map;

/**
 * {@code x-handspec-pagination}: how a list operation pages.
 *
 * @param style        {@code offset}, {@code page} or {@code header-cursor}
 * @param offsetParam  offset style: the query parameter with the number of items to skip
 * @param limitParam   offset style: the query parameter with the page size
 * @param pageParam    page style: the page number parameter
 * @param sizeParam    page style: the page size parameter
 * @param firstPage    page style: the number of the first page
 * @param items        JSON pointer of the item array in the response ({@code ""} for a bare array)
 * @param total        JSON pointer of the total item count, or {@code null}
 * @param cursor       header-cursor style: response header to request body field
 * @param next         offset style: JSON pointer of a link to the next page, followed when present, or {@code null}
 */
public record Pagination(String style, String offsetParam, String limitParam, String pageParam, String sizeParam,
                         int firstPage, String items, String total, Map<String, String> cursor, String next) {
    public Pagination {
        cursor = Map.copyOf(cursor);
    }
}
