package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The blocking deadline interrupts the waiting thread: whatever the outcome, the caller's thread
 * leaves the call without the deadline's interrupt and with its own.
 */
class DeadlineInterruptTest {
    HttpServer server;
    final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
        if (server != null) {
            server.stop(0);
        }
    }

    /**
     * A client whose exchange has its headers and then waits for the body until interrupted (by the
     * deadline), and while it answers that
     * interrupt (as the JDK's {@code send} does, cancelling the exchange), another thread interrupts
     * the caller too: a pool shutting down, say.
     */
    static final class InterruptedTwiceClient extends HttpClient {
        @Override
        public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
                throws InterruptedException {
            // headers that declare a body the JDK would read itself, which then does not come
            handler.apply(new HttpResponse.ResponseInfo() {
                @Override
                public int statusCode() {
                    return 200;
                }

                @Override
                public java.net.http.HttpHeaders headers() {
                    return java.net.http.HttpHeaders.of(Map.of("Content-Length", List.of("10")), (n, v) -> true);
                }

                @Override
                public Version version() {
                    return Version.HTTP_1_1;
                }
            });
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException deadline) {
                Thread caller = Thread.currentThread();
                new Thread(caller::interrupt).start();
                while (!caller.isInterrupted()) {
                    Thread.onSpinWait();
                }
                throw deadline;
            }
            throw new AssertionError("the deadline never interrupted");
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(
                HttpRequest request, HttpResponse.BodyHandler<T> handler) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(
                HttpRequest request, HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> push) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<java.net.CookieHandler> cookieHandler() {
            return Optional.empty();
        }

        @Override
        public Optional<Duration> connectTimeout() {
            return Optional.empty();
        }

        @Override
        public Redirect followRedirects() {
            return Redirect.NEVER;
        }

        @Override
        public Optional<java.net.ProxySelector> proxy() {
            return Optional.empty();
        }

        @Override
        public javax.net.ssl.SSLContext sslContext() {
            return null;
        }

        @Override
        public javax.net.ssl.SSLParameters sslParameters() {
            return null;
        }

        @Override
        public Optional<java.net.Authenticator> authenticator() {
            return Optional.empty();
        }

        @Override
        public Version version() {
            return Version.HTTP_1_1;
        }

        @Override
        public Optional<java.util.concurrent.Executor> executor() {
            return Optional.empty();
        }
    }

    static HttpCall get(URI uri, Duration timeout) {
        return new HttpCall("GET", uri, Map.of(), new byte[0], timeout);
    }

    static Throwable failure(CompletableFuture<HttpResult> sent) throws Exception {
        try {
            sent.get(20, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    @Test
    void anInterruptFromElsewhereDuringTheDeadlinesOwnSurvivesTheCall() throws Exception {
        JdkHttpTransport transport = new JdkHttpTransport(new InterruptedTwiceClient());
        Throwable error =
                failure(transport.sendBlocking(get(URI.create("http://127.0.0.1:1/"), Duration.ofMillis(50))));
        boolean interrupted = Thread.interrupted();
        assertInstanceOf(java.util.concurrent.TimeoutException.class, error);
        assertTrue(interrupted, "the other thread's interrupt was cleared with the deadline's");
    }

    @Test
    void aCallerAlreadyInterruptedStaysInterrupted() throws Exception {
        URI uri = serve(0);
        JdkHttpTransport transport = new JdkHttpTransport(Duration.ofSeconds(5));
        Thread.currentThread().interrupt();
        Throwable error = failure(transport.sendBlocking(get(uri, Duration.ofSeconds(5))));
        boolean interrupted = Thread.interrupted();
        assertInstanceOf(ApiIoException.class, error);
        assertTrue(interrupted);
    }

    /** A server that answers {@code {}} after about {@code micros}. */
    URI serve(long micros) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            long until = System.nanoTime() + micros * 1000;
            while (System.nanoTime() - until < 0) {
                Thread.onSpinWait();
            }
            byte[] body = "{}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /**
     * A call whose time runs out as its answer arrives fails as a timeout, never with the JDK's EOF
     * ("fixed content-length: 2, bytes received: 0") that the request timeout's timer leaves when it
     * closes the connection under a body the JDK reads itself; no pool thread is left interrupted, and
     * the next call on the client works.
     */
    @Test
    void deadlinesThatPassAsTheAnswerArrivesNeverLeaveAPoolThreadInterrupted() throws Exception {
        URI uri = serve(2000);
        JdkHttpTransport transport = new JdkHttpTransport(Duration.ofSeconds(5));
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger timedOut = new AtomicInteger();
        List<Future<String>> workers = new java.util.ArrayList<>();
        for (int w = 0; w < Integer.getInteger("adv.workers", 4); w++) {
            int offset = w;
            workers.add(pool.submit(() -> {
                for (int i = 0; i < Integer.getInteger("adv.calls", 150); i++) {
                    long micros = 500 + ((i * 7L + offset * 13L) % 40) * 100;
                    long start = System.nanoTime();
                    Throwable error = failure(transport.sendBlocking(get(uri, Duration.ofNanos(micros * 1000))));
                    long took = (System.nanoTime() - start) / 1000;
                    if (Thread.currentThread().isInterrupted()) {
                        return "interrupted after call " + i + " (" + micros + " µs): " + error;
                    }
                    if (error == null) {
                        ok.incrementAndGet();
                    } else if (error instanceof java.util.concurrent.TimeoutException
                            || error instanceof java.net.http.HttpTimeoutException) {
                        timedOut.incrementAndGet();
                    } else {
                        return "call " + i + " failed after " + took + " of " + micros + " µs: " + error;
                    }
                    // the next call on the same client, with time enough, must still work
                    Throwable next = failure(transport.sendBlocking(get(uri, Duration.ofSeconds(5))));
                    if (next != null || Thread.currentThread().isInterrupted()) {
                        return "the call after call " + i + ": " + next;
                    }
                }
                return "fine";
            }));
        }
        for (Future<String> w : workers) {
            assertEquals("fine", w.get(120, TimeUnit.SECONDS));
        }
        assertTrue(ok.get() + timedOut.get() > 0);
    }

    @Test
    void oneCallersDeadlinesNeverFailAnotherCallersExchanges() throws Exception {
        URI uri = serve(2000);
        JdkHttpTransport transport = new JdkHttpTransport(Duration.ofSeconds(5));
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        List<Future<String>> hurried = new java.util.ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int offset = w;
            hurried.add(pool.submit(() -> {
                int i = 0;
                while (!done.get()) {
                    long micros = 500 + ((i++ * 7L + offset * 13L) % 40) * 100;
                    failure(transport.sendBlocking(get(uri, Duration.ofNanos(micros * 1000))));
                    Thread.interrupted();
                }
                return "fine";
            }));
        }
        Future<String> patient = pool.submit(() -> {
            for (int i = 0; i < 400; i++) {
                Throwable error = failure(transport.sendBlocking(get(uri, Duration.ofSeconds(10))));
                if (error != null) {
                    return "call " + i + " with ten seconds to spare failed: " + error;
                }
            }
            return "fine";
        });
        try {
            assertEquals("fine", patient.get(120, TimeUnit.SECONDS));
        } finally {
            done.set(true);
        }
        for (Future<String> w : hurried) {
            assertEquals("fine", w.get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void asyncCallsWhoseTimeRunsOutAsTheAnswerArrivesFailAsTimeouts() throws Exception {
        URI uri = serve(2000);
        JdkHttpTransport transport = new JdkHttpTransport(Duration.ofSeconds(5));
        for (int i = 0; i < 300; i++) {
            long micros = 500 + ((i * 7L) % 40) * 100;
            Throwable error = failure(transport
                    .send(get(uri, Duration.ofNanos(micros * 1000)))
                    // as the client's listening layer bounds an asynchronous exchange
                    .orTimeout(micros, TimeUnit.MICROSECONDS));
            if (error != null) {
                assertTrue(
                        error instanceof java.util.concurrent.TimeoutException
                                || error instanceof java.net.http.HttpTimeoutException,
                        "call " + i + ": " + error);
            }
        }
    }

    @Test
    void aRequestBodyTheServerNeverReadsTimesOutAndTheClientGoesOn() throws Exception {
        java.net.ServerSocket stalling = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        try (stalling) {
            List<java.net.Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(stalling.accept());
                    }
                } catch (Exception e) {
                    // closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            URI good = serve(0);
            JdkHttpTransport transport = new JdkHttpTransport(Duration.ofSeconds(5));
            HttpCall big = new HttpCall(
                    "POST",
                    URI.create("http://127.0.0.1:" + stalling.getLocalPort() + "/"),
                    Map.of(),
                    new byte[32 * 1024 * 1024],
                    Duration.ofMillis(300));
            long start = System.nanoTime();
            Throwable error = failure(transport.sendBlocking(big));
            long took = (System.nanoTime() - start) / 1_000_000;
            assertFalse(Thread.interrupted());
            assertNotNull(error);
            assertTrue(took < 5000, "took " + took + " ms");
            assertNull(failure(transport.sendBlocking(get(good, Duration.ofSeconds(5)))));
            assertFalse(Thread.interrupted());
            for (java.net.Socket s : held) {
                s.close();
            }
        }
    }
}
