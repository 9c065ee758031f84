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
                .retryTimer(delay -> CompletableFuture.runAsync(() -> {}, timerThread))
                .build());
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
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            arrived.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        ApiClient c = new ApiClient(ClientConfig.builder()
                .baseUri(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .retryPolicy(RetryPolicy.none())
                .requestTimeout(Duration.ofSeconds(10))
                .build());
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
}
