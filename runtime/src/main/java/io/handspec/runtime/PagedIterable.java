package io.handspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * All items of a paged list operation, fetched lazily page by page: iterate or {@link #stream()} the
 * items, or walk {@link #pages()} to see each response. Nothing is sent until iteration starts, and
 * every iteration starts again from the first page.
 *
 * <p>Paging always ends: it stops at the total the answer gives, and a request that repeats an
 * earlier one, a page with the same items as any earlier page, or a total that changes between pages,
 * ends it with a {@link PagingException}.
 * A page size above the operation's documented maximum is lowered to it before the first request.
 * Conditional headers ({@code If-None-Match}, {@code If-Modified-Since}...) go with the first page
 * only: a 304 to it ends the pages, and iterating the items throws {@link NotModifiedException}.
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
        this.first = clamp(first.sendable(), strategy);
        this.spec = spec;
        this.strategy = strategy;
    }

    /** The one place a page size meets the documented maximum. */
    private static ApiRequest clamp(ApiRequest request, PageStrategy strategy) {
        String param = strategy.pageSizeParam();
        long max = strategy.maxPageSize();
        if (param == null || max <= 0) {
            return request;
        }
        return request.queryValue(param)
                .filter(v -> v.trim().matches("\\d{1,18}") && Long.parseLong(v.trim()) > max)
                .map(v -> request.withQuery(param, Long.toString(max)))
                .orElse(request);
    }

    /** Fetches only the first page. */
    public ApiResponse<List<T>> firstPage() {
        return client.execute(first, spec);
    }

    /** The pages, each fetched when the iterator reaches it. */
    public Iterable<ApiResponse<List<T>>> pages() {
        return () -> new Iterator<>() {
            private final Walk walk = new Walk();
            private ApiRequest next = first;

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
                next = null;
                ApiResponse<List<T>> page = client.execute(current, spec);
                next = walk.after(current, page);
                return page;
            }
        };
    }

    /**
     * {@link #toListAsync()} of the pages {@code pages} opens: when opening fails (a missing argument,
     * a violated constraint), the future completes with what the blocking call throws.
     *
     * @param <T>   the item type
     * @param pages opens the pages
     * @return every item of every page
     */
    public static <T> CompletableFuture<List<T>> toListAsync(Supplier<PagedIterable<T>> pages) {
        PagedIterable<T> opened;
        try {
            opened = pages.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return opened.toListAsync();
    }

    /** Every item of every page, fetched without holding a thread while pages are on their way. */
    public CompletableFuture<List<T>> toListAsync() {
        return collect(new Walk(), first, new ArrayList<>());
    }

    private CompletableFuture<List<T>> collect(Walk walk, ApiRequest current, List<T> all) {
        return client.executeAsync(current, spec).thenCompose(page -> {
            ApiRequest next = walk.after(current, page);
            if (page.body() != null) {
                all.addAll(page.body());
            }
            return next == null ? CompletableFuture.completedFuture(all) : collect(walk, next, all);
        });
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

    /**
     * One walk through the pages: what was fetched and asked for so far, to see a repeat. Memory per
     * page is two digests, whatever the size of the page.
     */
    private final class Walk {
        private final Set<String> requested = new HashSet<>();
        /** The page each item digest was first seen on. */
        private final Map<Fingerprint, Integer> pagesSeen = new HashMap<>();

        private JsonNode firstTotal;
        private long fetched;
        private int number;

        /** The request after {@code page}, {@code null} at the end. */
        ApiRequest after(ApiRequest current, ApiResponse<List<T>> page) {
            number++;
            if (page.notModified()) {
                if (number == 1) {
                    // the caller's copy of the list is current: nothing more to fetch; its items throw
                    return null;
                }
                throw new PagingException("page " + number + " of " + current.operationId()
                        + " answered 304 Not Modified, though conditional headers go with the first page only:"
                        + " the page has no body and the copy it would stand for is not the caller's; stopped");
            }
            requested.add(current.identity(client.config().baseUri()));
            Fingerprint items = itemsDigest(page);
            if (items != null) {
                Integer earlier = pagesSeen.putIfAbsent(items, number);
                if (earlier != null) {
                    throw new PagingException("page " + number + " of " + current.operationId()
                            + " holds the same items as page " + earlier
                            + ": the server ignored the paging parameters; stopped instead of repeating them");
                }
            }
            checkTotal(current, page);
            fetched += page.body() == null ? 0 : page.body().size();
            ApiRequest next = strategy.next(first, current, page, fetched, client);
            // a conditional header (If-None-Match ...) names a version of the first page, not of the others
            next = next == null ? null : next.withoutConditionalHeaders();
            if (next != null && requested.contains(next.identity(client.config().baseUri()))) {
                throw new PagingException("the page after page " + number + " of " + current.operationId()
                        + " would repeat an earlier request (" + next.method() + " " + next.shownPath()
                        + "): the server's paging loops; stopped");
            }
            return next;
        }

        /** A total that moves while paging would let the end move away with every page. */
        private void checkTotal(ApiRequest current, ApiResponse<List<T>> page) {
            String pointer = strategy.totalPointer();
            if (pointer == null) {
                return;
            }
            JsonNode total = page.at(pointer);
            if (!total.canConvertToLong()) {
                return;
            }
            if (firstTotal == null) {
                firstTotal = total;
            } else if (total.asLong() != firstTotal.asLong()) {
                throw new PagingException("page " + number + " of " + current.operationId() + " gives the total "
                        + total.asLong() + " where page 1 gave " + firstTotal.asLong()
                        + ": the list changed while it was paged; stopped");
            }
        }

        /**
         * A digest of the page's items, or {@code null} when it has none: of the bytes they were read
         * from (a page repeated by a server that ignores the paging parameters is the same bytes), else
         * of their JSON text.
         */
        private Fingerprint itemsDigest(ApiResponse<List<T>> page) {
            int[] range = page.bodyRange();
            if (range != null) {
                return page.body() == null || page.body().isEmpty()
                        ? null
                        : fingerprint(page.rawBodyBytes(), range[0], range[1]);
            }
            JsonNode items = spec.pointer().isEmpty() ? page.document() : page.at(spec.pointer());
            return items.size() > 0 ? fingerprint(items.toString().getBytes(StandardCharsets.UTF_8)) : null;
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long P1 = 0x9E3779B185EBCA87L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;

    /** {@link #fingerprint(byte[], int, int)} of all of {@code bytes}. */
    static Fingerprint fingerprint(byte[] bytes) {
        return fingerprint(bytes, 0, bytes.length);
    }

    /**
     * A 128-bit fingerprint of {@code bytes[from, to)}, to tell pages apart: two lanes of the xxHash64
     * round over 8-byte words, with the length. Not a cryptographic digest (no one gains by forging a
     * repeat: the server can end the paging anyway), and several times faster than one over a large
     * page, whose every byte it still reads.
     */
    static Fingerprint fingerprint(byte[] bytes, int from, int to) {
        long a = P1 + P2;
        long b = P2 ^ P3;
        int i = from;
        for (; i + 16 <= to; i += 16) {
            a = Long.rotateLeft(a + (long) LONGS.get(bytes, i) * P2, 31) * P1;
            b = Long.rotateLeft(b + (long) LONGS.get(bytes, i + 8) * P2, 31) * P1;
        }
        for (; i < to; i++) {
            a = Long.rotateLeft(a ^ (bytes[i] & 0xFFL) * P3, 11) * P1;
            b = Long.rotateLeft(b + (bytes[i] & 0xFFL) * P1, 23) * P2;
        }
        long length = to - from;
        a = avalanche(a ^ length);
        b = avalanche(b + length * P3);
        return new Fingerprint(a ^ Long.rotateLeft(b, 17), b ^ a, length);
    }

    /** The 128 bits of a {@link #fingerprint} and the length it was taken of. */
    record Fingerprint(long high, long low, long length) {}

    private static long avalanche(long h) {
        h ^= h >>> 33;
        h *= P2;
        h ^= h >>> 29;
        h *= P3;
        return h ^ (h >>> 32);
    }
}
