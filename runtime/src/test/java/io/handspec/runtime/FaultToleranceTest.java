package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.core.type.TypeReference;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The runtime under faults a hostile or broken server causes: a body that trickles, a login that fails
 * before its answer, refused logins under load, paging that never ends, secrets echoed in odd encodings.
 * Small JDK servers, since WireMock cannot trickle a body or count concurrent logins.
 */
class FaultToleranceTest {
    static final ResponseSpec<Map<String, Object>> MAP = ResponseSpec.json(new TypeReference<>() {}, "");
    static final ResponseSpec<List<Map<String, Object>>> ITEMS = ResponseSpec.json(new TypeReference<>() {}, "/data");
    final List<HttpServer> servers = new CopyOnWriteArrayList<>();
    final List<String> seen = new CopyOnWriteArrayList<>();

    HttpServer server(HttpHandler h) throws Exception {
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        s.createContext("/", ex -> {
            seen.add(ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath()
                    + (ex.getRequestURI().getRawQuery() == null
                            ? ""
                            : "?" + ex.getRequestURI().getRawQuery())
                    + " " + new java.util.TreeMap<>(ex.getRequestHeaders()));
            h.handle(ex);
        });
        s.setExecutor(Executors.newFixedThreadPool(8));
        s.start();
        servers.add(s);
        return s;
    }

    static URI base(HttpServer s) {
        return URI.create("http://127.0.0.1:" + s.getAddress().getPort());
    }

    static void reply(HttpExchange ex, int status, String body) throws java.io.IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(b);
        }
    }

    @AfterEach
    void stop() {
        hold.countDown();
        servers.forEach(s -> s.stop(0));
    }

    static ClientConfig.Builder cfg(URI base) {
        return ClientConfig.builder()
                .baseUri(base)
                .sleeper(d -> {})
                .retryPolicy(RetryPolicy.none())
                .requestTimeout(Duration.ofSeconds(2));
    }

    static ApiRequest get(String path) {
        return ApiRequest.builder("GET", path).operationId("op").build();
    }

    private static final Duration GUARD = Duration.ofSeconds(10);

    private final java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);

    private HttpHandler stallingBody(boolean lyingLength) {
        return ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, lyingLength ? 100 : 0);
            OutputStream o = ex.getResponseBody();
            try {
                o.write('{');
                o.flush();
                // the body stays open until the test ends
                hold.await(30, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // the client hung up
            }
        };
    }

    @Test
    void aStalledBodyIsBoundedByTheRequestTimeout() throws Exception {
        for (boolean lying : List.of(false, true)) {
            HttpServer s = server(stallingBody(lying));
            ApiClient c = new ApiClient(
                    cfg(base(s)).requestTimeout(Duration.ofMillis(300)).build());
            ApiIoException e = assertTimeoutPreemptively(
                    GUARD, () -> assertThrows(ApiIoException.class, () -> c.execute(get("/x"), MAP)));
            assertTrue(e.getMessage().contains("request timeout"), e.getMessage());
            ExecutionException async = assertTimeoutPreemptively(
                    GUARD,
                    () -> assertThrows(ExecutionException.class, () -> c.executeAsync(get("/x"), MAP)
                            .get()));
            assertInstanceOf(ApiIoException.class, async.getCause());
        }
    }

    @Test
    void aSecretCutAtThePreviewLimitIsMaskedWhole() throws Exception {
        String token = "tok-abcdefghijklmnopqrstuvwxyz0123456789";
        HttpServer s =
                server(ex -> reply(ex, 401, (token + " ").repeat(48) + "x".repeat(17) + token + " is not valid"));
        ApiClient c =
                new ApiClient(cfg(base(s)).authentication(Auth.bearer(token)).build());
        ApiException e = assertThrows(ApiException.class, () -> c.execute(get("/x"), MAP));
        assertFalse(e.getMessage().contains(token.substring(0, 8)), e.getMessage());
    }

    @Test
    void aSecretEchoedInLowerCasePercentEncodingIsMasked() throws Exception {
        String token = "s3cr3t/t0ken+value=";
        String lower = "s3cr3t%2ft0ken%2bvalue%3d";
        HttpServer s = server(ex -> reply(ex, 400, "{\"error\":\"bad request /x?access_token=" + lower + "\"}"));
        ApiClient c =
                new ApiClient(cfg(base(s)).authentication(Auth.bearer(token)).build());
        ApiException e = assertThrows(ApiException.class, () -> c.execute(get("/x"), MAP));
        assertFalse(e.getMessage().contains("t0ken"), e.getMessage());
    }

    @Test
    void aSecretEchoedWithJsonEscapesIsMasked() throws Exception {
        String token = "tok</script>secret";
        HttpServer s = server(ex -> reply(ex, 400, "{\"error\":\"bad token tok\\u003c/script\\u003Esecret\"}"));
        ApiClient c = new ApiClient(cfg(base(s))
                .authentication(Auth.apiKeyHeader("X-Api-Key", token))
                .build());
        ApiException e = assertThrows(ApiException.class, () -> c.execute(get("/x"), MAP));
        assertFalse(e.getMessage().contains("script"), e.getMessage());
    }

    @Test
    void alternatingPagesEndWithPagingException() throws Exception {
        AtomicInteger n = new AtomicInteger();
        HttpServer s = server(ex -> reply(
                ex,
                200,
                n.getAndIncrement() % 2 == 0
                        ? "{\"data\":[{\"id\":1},{\"id\":2}]}"
                        : "{\"data\":[{\"id\":3},{\"id\":4}]}"));
        ApiClient c = new ApiClient(cfg(base(s)).build());
        PagedIterable<Map<String, Object>> p = new PagedIterable<>(
                c,
                ApiRequest.builder("GET", "/users")
                        .operationId("list")
                        .queryParam("limit", ParamStyle.FORM_EXPLODED, 2)
                        .build(),
                ITEMS,
                PageStrategy.offset("offset", "limit", null));
        PagingException e =
                assertThrows(PagingException.class, () -> p.stream().limit(400).count());
        assertTrue(e.getMessage().contains("page 3"), e.getMessage());
        assertEquals(3, n.get());
        assertThrows(PagingException.class, () -> ApiClient.await(p.toListAsync()));
    }

    @Test
    void aTotalThatChangesBetweenPagesEndsWithPagingException() throws Exception {
        AtomicInteger n = new AtomicInteger();
        HttpServer s = server(ex -> {
            int i = n.getAndIncrement();
            reply(
                    ex,
                    200,
                    "{\"data\":[{\"id\":" + (2 * i) + "},{\"id\":" + (2 * i + 1) + "}],\"total\":" + (2 * i + 10)
                            + "}");
        });
        ApiClient c = new ApiClient(cfg(base(s)).build());
        PagedIterable<Map<String, Object>> p = new PagedIterable<>(
                c,
                ApiRequest.builder("GET", "/users")
                        .operationId("list")
                        .queryParam("limit", ParamStyle.FORM_EXPLODED, 2)
                        .build(),
                ITEMS,
                PageStrategy.offset("offset", "limit", "/total"));
        PagingException e =
                assertThrows(PagingException.class, () -> p.stream().limit(400).count());
        assertTrue(e.getMessage().contains("total"), e.getMessage());
        assertEquals(2, n.get());
    }

    @Test
    void anEmptyPathParameterIsRefusedNamingIt() throws Exception {
        HttpServer s = server(ex -> reply(ex, 200, "{}"));
        ApiClient c = new ApiClient(cfg(base(s)).build());
        ApiRequest.Builder request =
                ApiRequest.builder("DELETE", "/users/{id}/keys").operationId("del");
        HandspecException e =
                assertThrows(HandspecException.class, () -> request.pathParam("id", ParamStyle.SIMPLE, ""));
        assertTrue(e.getMessage().contains("'id'"), e.getMessage());
        assertThrows(HandspecException.class, () -> request.pathParam("id", ParamStyle.SIMPLE, List.of()));
        c.execute(request.pathParam("id", ParamStyle.MATRIX, "").build(), MAP);
        // OpenAPI writes an empty matrix value as the bare name
        assertTrue(seen.get(0).startsWith("DELETE /users/;id/keys "), seen.toString());
    }

    private static SessionAuth session() {
        return new SessionAuth(Auth.basic("user", "pw-secret"), "X-Session-ID", "session_id", null, 454);
    }

    @Test
    void aListenerThatThrowsOnTheLoginDoesNotBlockLaterCalls() throws Exception {
        HttpServer s = server(ex -> reply(ex, 200, "{\"session_id\":\"sess-123456\"}"));
        AtomicInteger calls = new AtomicInteger();
        ApiClient c = new ApiClient(cfg(base(s))
                .authentication(session())
                .listener(new ExchangeListener() {
                    @Override
                    public void onRequest(Exchange e) {
                        if (calls.getAndIncrement() == 0) {
                            throw new IllegalStateException("metrics backend down");
                        }
                    }
                })
                .build());
        CompletableFuture<ApiResponse<Map<String, Object>>> first =
                assertDoesNotThrow(() -> c.executeAsync(get("/x"), MAP));
        assertInstanceOf(HandspecException.class, ApiClient.unwrap(assertThrows(ExecutionException.class, first::get)));
        assertTimeoutPreemptively(GUARD, () -> c.execute(get("/x"), MAP));
    }

    @Test
    void aFailingSecondCredentialDoesNotLeaveTheLoginInFlight() throws Exception {
        HttpServer s = server(ex -> reply(ex, 200, "{\"session_id\":\"sess-123456\"}"));
        AtomicInteger n = new AtomicInteger();
        ApiClient c = new ApiClient(cfg(base(s))
                .authentication(session())
                .authentication(Auth.bearer(() -> {
                    if (n.getAndIncrement() == 0) {
                        throw new IllegalStateException("token endpoint unavailable");
                    }
                    return "bearer-token-1";
                }))
                .build());
        HandspecException first = assertThrows(HandspecException.class, () -> c.execute(get("/x"), MAP));
        assertTrue(first.getMessage().contains("token endpoint unavailable"), first.getMessage());
        assertTimeoutPreemptively(GUARD, () -> c.execute(get("/x"), MAP));
    }

    @Test
    void aThrowingTokenSupplierOrListenerFailsTheFutureWithHandspecException() throws Exception {
        HttpServer s = server(ex -> reply(ex, 200, "{}"));
        ApiClient supplier = new ApiClient(cfg(base(s))
                .authentication(Auth.bearer(() -> {
                    throw new IllegalStateException("token endpoint unavailable");
                }))
                .build());
        ApiClient listener = new ApiClient(cfg(base(s))
                .listener(new ExchangeListener() {
                    @Override
                    public void onRequest(Exchange e) {
                        throw new IllegalStateException("boom");
                    }
                })
                .build());
        for (ApiClient c : List.of(supplier, listener)) {
            assertThrows(HandspecException.class, () -> c.execute(get("/x"), MAP));
            CompletableFuture<ApiResponse<Map<String, Object>>> f =
                    assertDoesNotThrow(() -> c.executeAsync(get("/x"), MAP));
            assertInstanceOf(HandspecException.class, ApiClient.unwrap(assertThrows(ExecutionException.class, f::get)));
        }
    }

    @Test
    void aRefusedLoginFailsItsWaitersAndTheNextCallLogsInOnce() throws Exception {
        AtomicInteger logins = new AtomicInteger();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        HttpServer s = server(ex -> {
            if (ex.getRequestHeaders().getFirst("X-Session-ID") != null) {
                reply(ex, 200, "{}");
                return;
            }
            int login = logins.incrementAndGet();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (login == 1) {
                reply(ex, 503, "{\"error\":\"login backend busy\"}");
            } else {
                reply(ex, 200, "{\"session_id\":\"sess-2\"}");
            }
        });
        ApiClient c = new ApiClient(cfg(base(s)).authentication(session()).build());
        CompletableFuture<ApiResponse<Map<String, Object>>> login = c.executeAsync(get("/x"), MAP);
        List<CompletableFuture<ApiResponse<Map<String, Object>>>> waiters = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            waiters.add(c.executeAsync(get("/x"), MAP));
        }
        release.countDown();
        ApiException refused =
                assertTimeoutPreemptively(GUARD, () -> assertThrows(ApiException.class, () -> ApiClient.await(login)));
        assertEquals(503, refused.status());
        for (CompletableFuture<ApiResponse<Map<String, Object>>> w : waiters) {
            HandspecException e = assertTimeoutPreemptively(
                    GUARD, () -> assertThrows(HandspecException.class, () -> ApiClient.await(w)));
            assertTrue(e.getMessage().contains("503"), e.getMessage());
        }
        assertEquals(1, logins.get(), "each waiter logged in on its own");
        List<CompletableFuture<ApiResponse<Map<String, Object>>>> after = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            after.add(c.executeAsync(get("/x"), MAP));
        }
        assertTimeoutPreemptively(GUARD, () -> after.forEach(ApiClient::await));
        assertEquals(2, logins.get());
    }

    @Test
    void thirtyTwoThreadsWithExpiringSessionsAndRefusedLoginsLogInOneAtATime() throws Exception {
        AtomicInteger logins = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger expiries = new AtomicInteger();
        AtomicInteger inLogin = new AtomicInteger();
        AtomicInteger maxConcurrentLogins = new AtomicInteger();
        AtomicInteger served = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<String> valid =
                new java.util.concurrent.atomic.AtomicReference<>("none");
        HttpServer s = server(ex -> {
            String sid = ex.getRequestHeaders().getFirst("X-Session-ID");
            if (sid == null) {
                maxConcurrentLogins.accumulateAndGet(inLogin.incrementAndGet(), Math::max);
                int login = logins.incrementAndGet();
                if (login % 3 == 0) {
                    refused.incrementAndGet();
                    inLogin.decrementAndGet();
                    reply(ex, 503, "{\"error\":\"login backend busy\"}");
                    return;
                }
                String id = "sess-" + login;
                valid.set(id);
                inLogin.decrementAndGet();
                reply(ex, 200, "{\"session_id\":\"" + id + "\"}");
                return;
            }
            if (!sid.equals(valid.get()) || served.incrementAndGet() % 40 == 0) {
                synchronized (valid) {
                    if (sid.equals(valid.get())) {
                        valid.set("expired");
                        expiries.incrementAndGet();
                    }
                }
                reply(ex, 454, "{\"error\":\"session expired\"}");
                return;
            }
            reply(ex, 200, "{}");
        });
        ApiClient c = new ApiClient(cfg(base(s)).authentication(session()).build());
        java.util.Map<String, AtomicInteger> failures = new java.util.concurrent.ConcurrentHashMap<>();
        var pool = Executors.newFixedThreadPool(32);
        try {
            List<java.util.concurrent.Future<?>> threads = new java.util.ArrayList<>();
            for (int t = 0; t < 32; t++) {
                threads.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        try {
                            c.execute(get("/x"), MAP);
                        } catch (RuntimeException e) {
                            failures.computeIfAbsent(e.getClass().getName(), k -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                    }
                }));
            }
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                for (java.util.concurrent.Future<?> f : threads) {
                    f.get();
                }
            });
        } finally {
            pool.shutdownNow();
        }
        assertTrue(failures.keySet().stream().allMatch(k -> k.startsWith("io.handspec.runtime.")), failures.toString());
        assertEquals(1, maxConcurrentLogins.get(), "logins at once");
        assertTrue(
                logins.get() <= 1 + expiries.get() + refused.get(),
                logins + " logins for " + expiries + " expiries and " + refused + " refusals");
    }
}
