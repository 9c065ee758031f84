package io.handspec.generator.model;

import java.util.Map;
import java.util.function.Function;

/**
 * {@code x-handspec-pagination}: how a list operation pages, one record per style.
 *
 * <p>Java 17 has no pattern {@code switch} over sealed types, so consumers call {@link #match}: it
 * takes one function per style, and adding a style adds a parameter, which makes the compiler list
 * every place that must handle it.
 */
public sealed interface Pagination permits Pagination.Offset, Pagination.Page, Pagination.HeaderCursor {

    /** JSON pointer of the item array in the response ({@code ""} for a bare array). */
    String items();

    /** Applies the function for this style. */
    <R> R match(Function<Offset, R> offset, Function<Page, R> page, Function<HeaderCursor, R> headerCursor);

    /**
     * {@code style: offset}: skip a number of items.
     *
     * @param offsetParam query parameter with the number of items to skip
     * @param limitParam  query parameter with the page size
     * @param items       JSON pointer of the item array
     * @param total       JSON pointer of the total item count, or {@code null}
     * @param next        JSON pointer of a link to the next page, followed when present, or {@code null}
     */
    record Offset(String offsetParam, String limitParam, String items, String total, String next)
            implements Pagination {
        @Override
        public <R> R match(Function<Offset, R> offset, Function<Page, R> page, Function<HeaderCursor, R> headerCursor) {
            return offset.apply(this);
        }
    }

    /**
     * {@code style: page}: numbered pages.
     *
     * @param pageParam query parameter with the page number
     * @param sizeParam query parameter with the page size, or {@code null}
     * @param firstPage number of the first page
     * @param items     JSON pointer of the item array
     * @param total     JSON pointer of the total item count, or {@code null}
     */
    record Page(String pageParam, String sizeParam, int firstPage, String items, String total) implements Pagination {
        @Override
        public <R> R match(Function<Offset, R> offset, Function<Page, R> page, Function<HeaderCursor, R> headerCursor) {
            return page.apply(this);
        }
    }

    /**
     * {@code style: header-cursor}: a response header names where the next page starts.
     *
     * @param items  JSON pointer of the item array
     * @param cursor response header to request body field
     */
    record HeaderCursor(String items, Map<String, String> cursor) implements Pagination {
        public HeaderCursor {
            cursor = Map.copyOf(cursor);
        }

        @Override
        public <R> R match(Function<Offset, R> offset, Function<Page, R> page, Function<HeaderCursor, R> headerCursor) {
            return headerCursor.apply(this);
        }
    }
}
