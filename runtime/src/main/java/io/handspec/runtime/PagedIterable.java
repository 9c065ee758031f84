package io.handspec.runtime;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * All items of a paged list operation, fetched lazily page by page: iterate or {@link #stream()} the
 * items, or walk {@link #pages()} to see each response. Nothing is sent until iteration starts, and
 * every iteration starts again from the first page.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {
    private final ApiClient client;
    private final ApiRequest first;
    private final ResponseSpec<List<T>> spec;
    private final PageStrategy strategy;

    public PagedIterable(ApiClient client, ApiRequest first, ResponseSpec<List<T>> spec, PageStrategy strategy) {
        this.client = client;
        this.first = first;
        this.spec = spec;
        this.strategy = strategy;
    }

    /** Fetches only the first page. */
    public ApiResponse<List<T>> firstPage() {
        return client.execute(first, spec);
    }

    /** The pages, each fetched when the iterator reaches it. */
    public Iterable<ApiResponse<List<T>>> pages() {
        return () -> new Iterator<>() {
            private ApiRequest next = first;
            private long fetched;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public ApiResponse<List<T>> next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                ApiRequest current = next;
                ApiResponse<List<T>> page = client.execute(current, spec);
                fetched += page.body() == null ? 0 : page.body().size();
                next = strategy.next(first, current, page, fetched, client);
                return page;
            }
        };
    }

    @Override
    public Iterator<T> iterator() {
        Iterator<ApiResponse<List<T>>> pages = pages().iterator();
        return new Iterator<>() {
            private Iterator<T> items = List.<T>of().iterator();

            @Override
            public boolean hasNext() {
                while (!items.hasNext() && pages.hasNext()) {
                    List<T> body = pages.next().body();
                    items = body == null ? List.<T>of().iterator() : body.iterator();
                }
                return items.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return items.next();
            }
        };
    }

    /** The items as a sequential, lazy stream. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }
}
