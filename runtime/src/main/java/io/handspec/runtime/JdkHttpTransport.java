package io.handspec.runtime;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@link HttpTransport} over the JDK's {@link HttpClient}, fully asynchronous ({@code sendAsync}).
 * Redirects are left to the caller. A body over the size limit is refused as soon as its
 * {@code Content-Length} or the bytes read so far exceed it, so it never fills the heap.
 */
public final class JdkHttpTransport implements HttpTransport {
    /** The default response size limit: 64 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 64L * 1024 * 1024;
    /** Headers the JDK client sets itself and refuses to be given. */
    private static final Set<String> RESTRICTED = restricted();

    private final HttpClient client;
    private final long maxBodyBytes;

    /** The restricted names in any case. */
    private static Set<String> restricted() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(List.of("connection", "content-length", "expect", "host", "upgrade"));
        return java.util.Collections.unmodifiableSet(names);
    }

    /** A transport whose connections time out after {@code connectTimeout}, with the default size limit. */
    public JdkHttpTransport(Duration connectTimeout) {
        this(connectTimeout, DEFAULT_MAX_BODY_BYTES);
    }

    /** A transport whose connections time out after {@code connectTimeout} and that reads at most {@code maxBodyBytes}. */
    public JdkHttpTransport(Duration connectTimeout, long maxBodyBytes) {
        this(
                HttpClient.newBuilder()
                        .connectTimeout(connectTimeout)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                maxBodyBytes);
    }

    /** A transport over a client you configured; it should not follow redirects. */
    public JdkHttpTransport(HttpClient client) {
        this(client, DEFAULT_MAX_BODY_BYTES);
    }

    /** A transport over a client you configured that reads at most {@code maxBodyBytes} of a body. */
    public JdkHttpTransport(HttpClient client, long maxBodyBytes) {
        this.client = client;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public CompletableFuture<HttpResult> send(HttpCall call) {
        java.util.concurrent.atomic.AtomicReference<ResponseTooLargeException> tooLarge =
                new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<LimitedBodySubscriber> body =
                new java.util.concurrent.atomic.AtomicReference<>();
        long start = call.timeout() == null ? 0 : System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request(call), info -> {
            if (readsAsDeclared(info, maxBodyBytes)) {
                return HttpResponse.BodySubscribers.ofByteArray();
            }
            LimitedBodySubscriber subscriber = new LimitedBodySubscriber(info, maxBodyBytes, tooLarge);
            body.set(subscriber);
            return subscriber;
        });
        CompletableFuture<HttpResult> result = exchange.handle((r, error) -> {
            // cancelling the body makes the JDK fail with its own IOException: report the real reason
            if (tooLarge.get() != null) {
                throw new java.util.concurrent.CompletionException(tooLarge.get());
            }
            if (error != null) {
                Throwable cause = error instanceof java.util.concurrent.CompletionException ? error.getCause() : error;
                if (cause instanceof java.io.IOException
                        && !(cause instanceof java.net.http.HttpTimeoutException)
                        && timedOut(start, call)) {
                    // the request timeout's timer closed the connection under a body the JDK reads itself
                    throw new java.util.concurrent.CompletionException(
                            new java.util.concurrent.TimeoutException("the body did not arrive in time"));
                }
                throw error instanceof java.util.concurrent.CompletionException c
                        ? c
                        : new java.util.concurrent.CompletionException(error);
            }
            return new HttpResult(r.statusCode(), Headers.ofJdk(r.headers()), r.body());
        });
        // completed from outside (a timeout, a cancel) before the body is in: stop reading it and free the connection
        result.whenComplete((r, error) -> {
            if (!exchange.isDone()) {
                exchange.cancel(true);
                LimitedBodySubscriber subscriber = body.get();
                if (subscriber != null) {
                    subscriber.abort();
                }
            }
        });
        return result;
    }

    /**
     * {@link HttpClient#send} on the calling thread: the JDK's {@code sendAsync} hands every answer
     * to another thread (a new one per call where the common pool has a single thread, as on two
     * cores), which a caller that waits anyway need not pay. The call's timeout bounds the whole
     * exchange here too: the JDK's covers the wait for the headers, a deadline the body.
     */
    @Override
    public CompletableFuture<HttpResult> sendBlocking(HttpCall call) {
        HttpRequest request = request(call);
        java.util.concurrent.atomic.AtomicReference<ResponseTooLargeException> tooLarge =
                new java.util.concurrent.atomic.AtomicReference<>();
        long start = call.timeout() == null ? 0 : System.nanoTime();
        Deadline deadline = call.timeout() == null
                ? null
                : new Deadline(start + call.timeout().toNanos(), Thread.currentThread());
        if (deadline != null) {
            Deadline.WATCH.add(deadline);
        }
        boolean deadlineInterruptTaken = false;
        try {
            HttpResponse<byte[]> r = client.send(request, info -> {
                if (readsAsDeclared(info, maxBodyBytes)) {
                    HttpResponse.BodySubscriber<byte[]> declared = HttpResponse.BodySubscribers.ofByteArray();
                    if (deadline != null) {
                        deadline.declare(declared.getBody().toCompletableFuture());
                    }
                    return declared;
                }
                LimitedBodySubscriber subscriber = new LimitedBodySubscriber(info, maxBodyBytes, tooLarge);
                return deadline == null ? subscriber : deadline.open(subscriber);
            });
            return CompletableFuture.completedFuture(
                    new HttpResult(r.statusCode(), Headers.ofJdk(r.headers()), r.body()));
        } catch (java.io.IOException e) {
            if (tooLarge.get() != null) {
                return CompletableFuture.failedFuture(tooLarge.get());
            }
            // the request timeout's timer may close the connection between the headers and the body (an
            // EOF, not its timeout) before the watcher gets to the deadline: about the call's time, it is the timeout
            return CompletableFuture.failedFuture(
                    deadline != null
                                    && (deadline.passed || timedOut(start, call))
                                    && !(e instanceof java.net.http.HttpTimeoutException)
                            ? new java.util.concurrent.TimeoutException("the body did not arrive in time")
                            : e);
        } catch (InterruptedException e) {
            if (deadline != null && deadline.finish()) {
                // the deadline's own interrupt, which the JDK answered by cancelling the exchange; in throwing,
                // it cleared the thread's status, so an interrupt pending now came from elsewhere and stays
                deadlineInterruptTaken = true;
                return CompletableFuture.failedFuture(
                        new java.util.concurrent.TimeoutException("the body did not arrive in time"));
            }
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(new ApiIoException("interrupted while waiting for the response", e));
        } finally {
            if (deadline != null) {
                boolean interruptedByDeadline = deadline.finish();
                Deadline.WATCH.remove(deadline);
                if (interruptedByDeadline && !deadlineInterruptTaken) {
                    // whatever the exchange's outcome, the caller's thread does not keep the deadline's interrupt
                    Thread.interrupted();
                }
            }
        }
    }

    /**
     * Whether a call begun at {@code start} (on {@link System#nanoTime()}'s scale) failed at about its
     * timeout: the JDK's timer, which ends the exchange with its timeout only while no body is being
     * read, fires up to a millisecond before the time given, at the granularity of its clock.
     */
    private static boolean timedOut(long start, HttpCall call) {
        return call.timeout() != null
                && System.nanoTime() - start
                        >= call.timeout().toNanos() - java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(1);
    }

    /**
     * Whether the JDK's own byte-array reader can take this body: over HTTP/1.1 with a declared
     * length within the limit, the JDK reads exactly that many bytes, so the limit holds without
     * counting; and it completes its own reader on the thread that read the bytes, where a reader of
     * ours would be handed to the client's executor (a thread switch per call). Any other body (no
     * length, HTTP/2, a length over the limit) is counted as it arrives.
     */
    static boolean readsAsDeclared(HttpResponse.ResponseInfo info, long limit) {
        if (info.version() != HttpClient.Version.HTTP_1_1) {
            return false;
        }
        List<String> lengths = info.headers().allValues("Content-Length");
        if (lengths.size() != 1) {
            return false;
        }
        String declared = lengths.get(0);
        if (declared.isEmpty() || declared.length() > 18) {
            return false;
        }
        long length = 0;
        for (int i = 0; i < declared.length(); i++) {
            char c = declared.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            length = length * 10 + (c - '0');
        }
        return length <= limit;
    }

    /**
     * The end of a blocking exchange's time: stops reading a counted body, or interrupts the waiting
     * thread while a body the JDK reads itself is still coming, which makes the JDK's {@code send}
     * cancel the exchange. Headers that do not come are the request timeout's, which the JDK keeps.
     */
    private static final class Deadline {
        static final Watch WATCH = new Watch();

        /** When, on {@link System#nanoTime()}'s scale. */
        final long at;

        private final Thread waiter;
        private volatile LimitedBodySubscriber body;
        /** The body the JDK reads itself, once its headers are in. */
        private volatile CompletableFuture<byte[]> declared;

        private volatile boolean passed;
        /** Guarded by this: the exchange is over, the waiter may no longer be interrupted. */
        private boolean finished;
        /** Guarded by this: the waiter was interrupted by this deadline. */
        private boolean interrupted;

        Deadline(long at, Thread waiter) {
            this.at = at;
            this.waiter = waiter;
        }

        LimitedBodySubscriber open(LimitedBodySubscriber subscriber) {
            body = subscriber;
            if (passed) {
                subscriber.abort();
            }
            return subscriber;
        }

        void pass() {
            passed = true;
            LimitedBodySubscriber subscriber = body;
            if (subscriber != null) {
                subscriber.abort();
                return;
            }
            CompletableFuture<byte[]> read = declared;
            if (read == null || read.isDone()) {
                // no headers yet: the request's own timeout ends that wait inside the JDK, as it did before
                // this deadline interrupted anything; a body that is in: its connection may be back in the
                // pool, where the JDK's cancel would close it under the next exchange, and the call returns
                return;
            }
            interruptWaiter();
        }

        /** The body the JDK reads itself has begun: past the deadline already, the exchange is cancelled. */
        void declare(CompletableFuture<byte[]> read) {
            declared = read;
            if (passed) {
                interruptWaiter();
            }
        }

        private synchronized void interruptWaiter() {
            if (!finished && !interrupted) {
                interrupted = true;
                waiter.interrupt();
            }
        }

        /** Ends the exchange's watch; whether this deadline interrupted the waiting thread. */
        synchronized boolean finish() {
            finished = true;
            return interrupted;
        }
    }

    /**
     * Every client's open deadlines, watched by one daemon thread that sleeps until the earliest: a
     * call that registers a later one (as each call of a loop with one timeout does) wakes nobody,
     * so a deadline costs a set entry, not a thread hand-over per call.
     */
    private static final class Watch {
        private final java.util.Set<Deadline> open = new java.util.HashSet<>();
        /** When the watcher looks next, unless {@link #idle}. */
        private long wake;

        private boolean idle = true;
        private Thread watcher;

        synchronized void add(Deadline deadline) {
            open.add(deadline);
            if (watcher == null) {
                watcher = new Thread(this::watch, "handspec-request-timeouts");
                watcher.setDaemon(true);
                watcher.start();
            }
            if (idle || deadline.at - wake < 0) {
                notifyAll();
            }
        }

        synchronized void remove(Deadline deadline) {
            open.remove(deadline);
        }

        private void watch() {
            java.util.List<Deadline> due = new java.util.ArrayList<>();
            while (true) {
                synchronized (this) {
                    while (due.isEmpty()) {
                        long now = System.nanoTime();
                        long next = 0;
                        boolean any = false;
                        for (java.util.Iterator<Deadline> it = open.iterator(); it.hasNext(); ) {
                            Deadline d = it.next();
                            if (now - d.at >= 0) {
                                due.add(d);
                                it.remove();
                            } else if (!any || d.at - next < 0) {
                                next = d.at;
                                any = true;
                            }
                        }
                        if (!due.isEmpty()) {
                            break;
                        }
                        idle = !any;
                        wake = next;
                        try {
                            if (any) {
                                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, next - now);
                            } else {
                                wait();
                            }
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    idle = false;
                }
                due.forEach(Deadline::pass);
                due.clear();
            }
        }
    }

    /** The body is handed over unread, as the JDK's stream: no size limit, no copy in memory. */
    @Override
    public CompletableFuture<HttpResult> sendStreaming(HttpCall call) {
        return client.sendAsync(request(call), HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(r -> new HttpResult(r.statusCode(), r.headers().map(), new byte[0], r.body()));
    }

    private static HttpRequest request(HttpCall call) {
        HttpRequest.BodyPublisher body;
        try {
            body = call.stream() != null
                    ? call.stream().publisher()
                    : call.body().length == 0
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(call.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read a part of the request body: " + e.getMessage(), e);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(call.uri());
        if (call.stream() == null && call.body().length == 0 && call.method().equals("GET")) {
            // without a publisher, as the JDK's own GET() and DELETE() make them: the JDK then has no
            // body to subscribe to and send (a stage that cost about 15 µs of a local call's time)
            builder.GET();
        } else if (call.stream() == null
                && call.body().length == 0
                && call.method().equals("DELETE")) {
            builder.DELETE();
        } else {
            builder.method(call.method(), body);
        }
        if (body.contentLength() < 0 && "http".equalsIgnoreCase(call.uri().getScheme())) {
            // a body of unknown length (a stream part) does not survive the cleartext HTTP/2 upgrade
            // (servers reset the stream): it goes chunked over HTTP/1.1
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        if (call.timeout() != null) {
            builder.timeout(call.timeout());
        }
        call.headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name)) {
                for (String value : values) {
                    // checked here so the JDK's own message, which quotes the value, never appears
                    builder.header(name, HeaderValues.check(name, value));
                }
            }
        });
        return builder.build();
    }

    /** Reads a body into memory up to a limit, and fails as soon as the limit is passed. */
    private static final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
        private final HttpResponse.BodySubscriber<byte[]> bytes = HttpResponse.BodySubscribers.ofByteArray();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final long limit;
        private final long declared;
        private final java.util.concurrent.atomic.AtomicReference<ResponseTooLargeException> tooLarge;
        private long received;
        private volatile boolean refused;
        private volatile java.util.concurrent.Flow.Subscription subscription;

        LimitedBodySubscriber(
                HttpResponse.ResponseInfo info,
                long limit,
                java.util.concurrent.atomic.AtomicReference<ResponseTooLargeException> tooLarge) {
            this.limit = limit;
            this.tooLarge = tooLarge;
            this.declared = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
            bytes.getBody().whenComplete((body, error) -> {
                if (error != null) {
                    result.completeExceptionally(error);
                } else {
                    result.complete(body);
                }
            });
        }

        @Override
        public java.util.concurrent.CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(java.util.concurrent.Flow.Subscription s) {
            subscription = s;
            if (refused) {
                // aborted before the body began
                s.cancel();
                return;
            }
            if (declared > limit) {
                refuse();
                return;
            }
            bytes.onSubscribe(s);
        }

        @Override
        public void onNext(List<java.nio.ByteBuffer> items) {
            if (refused) {
                return;
            }
            for (java.nio.ByteBuffer b : items) {
                received += b.remaining();
            }
            if (received > limit) {
                refuse();
                return;
            }
            bytes.onNext(items);
        }

        private void refuse() {
            ResponseTooLargeException e = new ResponseTooLargeException(limit);
            refused = true;
            tooLarge.set(e);
            subscription.cancel();
            result.completeExceptionally(e);
        }

        /** Stops reading: the caller no longer waits for this body. */
        void abort() {
            refused = true;
            java.util.concurrent.Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            result.completeExceptionally(new java.util.concurrent.CancellationException("body no longer awaited"));
        }

        @Override
        public void onError(Throwable error) {
            if (refused) {
                return;
            }
            bytes.onError(error);
        }

        @Override
        public void onComplete() {
            if (refused) {
                return;
            }
            bytes.onComplete();
        }
    }
}
