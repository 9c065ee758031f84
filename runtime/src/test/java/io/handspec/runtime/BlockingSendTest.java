package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.core.type.TypeReference;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A blocking call does its exchange on the thread that waits for it (no hand-over to another thread
 * and back), while an asynchronous call, and any attempt a timer's thread continues, sends
 * asynchronously.
 */
class BlockingSendTest {
    static final ResponseSpec<Map<String, Object>> MAP = ResponseSpec.json(new TypeReference<>() {}, "");

    final ExecutorService timerThread = Executors.newSingleThreadExecutor();
    HttpServer server;

    @AfterEach
    void stop() {
        timerThread.shutdownNow();
        if (server != null) {
            server.stop(0);
        }
    }

    /** Answers 503 to the first {@code failures} calls, then 200, and records how and where each was sent. */
    static final class RecordingTransport implements HttpTransport {
        final List<String> sends = new CopyOnWriteArrayList<>();
        int failures;

        RecordingTransport(int failures) {
            this.failures = failures;
        }

        private HttpResult answer() {
            int status = failures-- > 0 ? 503 : 200;
            return new HttpResult(status, Map.of("Content-Type", List.of("application/json")), "{}".getBytes());
        }

        @Override
        public CompletableFuture<HttpResult> send(HttpCall call) {
            sends.add("async on " + Thread.currentThread().getName());
            return CompletableFuture.completedFuture(answer());
        }

        @Override
        public CompletableFuture<HttpResult> sendBlocking(HttpCall call) {
            sends.add("blocking on " + Thread.currentThread().getName());
            return CompletableFuture.completedFuture(answer());
        }
    }

    ApiClient client(HttpTransport transport, int maxAttempts) {
        return new ApiClient(ClientConfig.builder()
                .baseUri(URI.create("http://127.0.0.1:1"))
                .transport(transport)
                .retryPolicy(RetryPolicy.builder()
                        .maxAttempts(maxAttempts)
                        .initialDelay(Duration.ofMillis(1))
                        .build())
                // the delay really passes on the timer's thread, so the retry goes on there
                .retryTimer(delay -> CompletableFuture.runAsync(BlockingSendTest::pause, timerThread))
                .build());
    }

    /** A client of a local server whose handler runs {@code handler} on a thread of its own per exchange. */
    ApiClient serving(com.sun.net.httpserver.HttpHandler handler) throws java.io.IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", handler);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return new ApiClient(ClientConfig.builder()
                .baseUri(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .retryPolicy(RetryPolicy.none())
                .requestTimeout(Duration.ofSeconds(10))
                .build());
    }

    static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static ApiRequest get() {
        return ApiRequest.builder("GET", "/x").operationId("op").build();
    }

    @Test
    void aBlockingCallSendsOnTheCallingThreadAndAnAsyncCallDoesNot() throws Exception {
        RecordingTransport transport = new RecordingTransport(0);
        ApiClient c = client(transport, 1);
        assertEquals(200, c.execute(get(), MAP).status());
        assertEquals(200, c.executeAsync(get(), MAP).get(5, TimeUnit.SECONDS).status());
        String caller = Thread.currentThread().getName();
        assertEquals(List.of("blocking on " + caller, "async on " + caller), transport.sends);
    }

    @Test
    void aRetryThatATimerContinuesIsSentAsynchronously() {
        RecordingTransport transport = new RecordingTransport(1);
        ApiClient c = client(transport, 2);
        assertEquals(200, c.execute(get(), MAP).status());
        assertEquals(2, transport.sends.size(), transport.sends.toString());
        assertEquals("blocking on " + Thread.currentThread().getName(), transport.sends.get(0));
        // the timer's thread must not be held by an exchange: it serves every client's delays
        assertTrue(transport.sends.get(1).startsWith("async on "), transport.sends.toString());
        assertNotEquals("async on " + Thread.currentThread().getName(), transport.sends.get(1));
    }

    @Test
    void anInterruptedBlockingCallFailsAsInterruptedAndKeepsTheFlag() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ApiClient c = serving(ex -> {
            arrived.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                c.execute(get(), MAP);
                outcome.complete("answered");
            } catch (RuntimeException e) {
                outcome.complete(e.getMessage() + " / interrupted flag "
                        + Thread.currentThread().isInterrupted());
            }
        });
        caller.start();
        assertTrue(arrived.await(10, TimeUnit.SECONDS));
        caller.interrupt();
        Object seen = outcome.get(10, TimeUnit.SECONDS);
        release.countDown();
        assertEquals("interrupted while waiting for the response / interrupted flag true", seen);
    }

    @Test
    void aShortDeadlineFiresOnTimeWhileALongerOneIsOpen() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ApiClient c = serving(ex -> {
            // headers and the start of the body, then nothing
            ex.sendResponseHeaders(200, 1000);
            ex.getResponseBody().write("{\"a\":".getBytes());
            ex.getResponseBody().flush();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        ApiRequest slow = ApiRequest.builder("GET", "/slow")
                .operationId("slow")
                .options(
                        RequestOptions.builder().timeout(Duration.ofSeconds(20)).build())
                .build();
        ApiRequest quick = ApiRequest.builder("GET", "/quick")
                .operationId("quick")
                .options(
                        RequestOptions.builder().timeout(Duration.ofMillis(300)).build())
                .build();
        CompletableFuture<Object> longCall = new CompletableFuture<>();
        Thread other = new Thread(() -> {
            try {
                longCall.complete(c.execute(slow, MAP));
            } catch (RuntimeException e) {
                longCall.complete(e);
            }
        });
        other.start();
        Thread.sleep(200);
        long start = System.nanoTime();
        ApiIoException e = assertThrows(ApiIoException.class, () -> c.execute(quick, MAP));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(e.isTimeout() && e.getMessage().contains("request timeout"), e.getMessage());
        assertTrue(ms < 5_000, "the 300 ms deadline fired after " + ms + " ms");
        assertFalse(Thread.currentThread().isInterrupted(), "the deadline's interrupt was left on the caller");
        assertFalse(longCall.isDone(), "the 20 s call ended early: " + longCall.getNow(null));
        release.countDown();
        other.join(10_000);
    }

    /** A client of {@link #serving} whose JDK client runs its callbacks on {@code executor}, with a body limit. */
    ApiClient servingOn(com.sun.net.httpserver.HttpHandler handler, java.util.concurrent.Executor executor, long limit)
            throws java.io.IOException {
        serving(handler);
        return new ApiClient(ClientConfig.builder()
                .baseUri(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .retryPolicy(RetryPolicy.none())
                .requestTimeout(Duration.ofSeconds(10))
                .executor(executor)
                .maxBodyBytes(limit)
                .build());
    }

    static com.sun.net.httpserver.HttpHandler answering(boolean declared, int size) {
        return ex -> {
            byte[] body = ("{\"a\":\"" + "x".repeat(size) + "\"}").getBytes();
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, declared ? body.length : 0);
            try (var out = ex.getResponseBody()) {
                out.write(body);
            }
        };
    }

    /** The response the JDK shows a body handler before the body. */
    record Info(int statusCode, java.net.http.HttpHeaders headers, java.net.http.HttpClient.Version version)
            implements java.net.http.HttpResponse.ResponseInfo {
        static Info of(java.net.http.HttpClient.Version version, String... lengths) {
            return new Info(
                    200,
                    java.net.http.HttpHeaders.of(
                            lengths.length == 0 ? Map.of() : Map.of("Content-Length", List.of(lengths)),
                            (name, value) -> true),
                    version);
        }
    }

    @Test
    void onlyASingleDeclaredLengthWithinTheLimitOverHttp11IsLeftToTheJdksOwnReader() {
        java.net.http.HttpClient.Version h1 = java.net.http.HttpClient.Version.HTTP_1_1;
        // the JDK reads exactly the declared length of an HTTP/1.1 body: the limit holds without counting
        assertTrue(JdkHttpTransport.readsAsDeclared(Info.of(h1, "1000"), 1000));
        assertTrue(JdkHttpTransport.readsAsDeclared(Info.of(h1, "0"), 1000));
        // everything else is counted as it arrives
        assertFalse(JdkHttpTransport.readsAsDeclared(Info.of(h1, "1001"), 1000));
        assertFalse(JdkHttpTransport.readsAsDeclared(Info.of(h1), 1000));
        assertFalse(JdkHttpTransport.readsAsDeclared(Info.of(h1, "10", "20"), 1000));
        assertFalse(JdkHttpTransport.readsAsDeclared(Info.of(h1, "-1"), 1000));
        assertFalse(JdkHttpTransport.readsAsDeclared(Info.of(h1, "+10"), 1000));
        assertFalse(JdkHttpTransport.readsAsDeclared(Info.of(h1, ""), 1000));
        assertFalse(JdkHttpTransport.readsAsDeclared(Info.of(h1, "99999999999999999999"), Long.MAX_VALUE));
        assertFalse(JdkHttpTransport.readsAsDeclared(Info.of(java.net.http.HttpClient.Version.HTTP_2, "10"), 1000));
    }

    @Test
    void theSizeLimitHoldsForDeclaredAndUndeclaredLengthsBlockingAndAsync() throws Exception {
        for (boolean declared : List.of(true, false)) {
            ApiClient c = servingOn(answering(declared, 2000), Runnable::run, 1000);
            HandspecException blocking = assertThrows(HandspecException.class, () -> c.execute(get(), MAP));
            assertInstanceOf(ResponseTooLargeException.class, blocking, blocking.toString());
            java.util.concurrent.ExecutionException async =
                    assertThrows(java.util.concurrent.ExecutionException.class, () -> c.executeAsync(get(), MAP)
                            .get(10, TimeUnit.SECONDS));
            assertInstanceOf(ResponseTooLargeException.class, async.getCause(), async.toString());
            // one byte under the limit is read whole, either way
            server.stop(0);
            ApiClient fits = servingOn(answering(declared, 1000 - 9), Runnable::run, 1000);
            ApiResponse<Map<String, Object>> read = fits.execute(get(), MAP);
            assertEquals(991, ((String) read.body().get("a")).length());
            // the JDK's response headers, taken as they are, are looked up in any case
            assertEquals(java.util.Optional.of("application/json"), read.header("content-TYPE"));
            assertEquals(List.of("application/json"), read.headers().get("CONTENT-type"));
            assertEquals(
                    991,
                    ((String) fits.executeAsync(get(), MAP)
                                    .get(10, TimeUnit.SECONDS)
                                    .body()
                                    .get("a"))
                            .length());
            server.stop(0);
        }
    }

    @Test
    void aRequestWithoutABodySendsNoBodyHeadersWhateverItsMethod() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        ApiClient c = serving(ex -> {
            byte[] sent = ex.getRequestBody().readAllBytes();
            seen.add(ex.getRequestMethod() + " length=" + ex.getRequestHeaders().getFirst("Content-Length")
                    + " chunked=" + ex.getRequestHeaders().getFirst("Transfer-Encoding") + " body=" + sent.length);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            byte[] body = "{}".getBytes();
            ex.sendResponseHeaders(200, body.length);
            try (var out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        for (String method : List.of("GET", "DELETE", "POST", "PUT", "PATCH")) {
            ApiRequest request =
                    ApiRequest.builder(method, "/x").operationId("op").build();
            assertEquals(Map.of(), c.execute(request, MAP).body());
            assertEquals(
                    Map.of(),
                    c.executeAsync(request, MAP).get(10, TimeUnit.SECONDS).body());
        }
        // GET and DELETE go as the JDK's GET() and DELETE() make them (no body publisher), the others
        // with an empty one: on the wire they are alike
        assertEquals(
                List.of("GET", "DELETE", "POST", "PUT", "PATCH").stream()
                        .flatMap(m -> java.util.stream.Stream.of(m, m))
                        .map(m -> m + " length=0 chunked=null body=0")
                        .toList(),
                seen);
    }
}
