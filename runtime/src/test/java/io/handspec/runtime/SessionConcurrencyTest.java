package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One client shared by many threads against a server that expires sessions and checks that the
 * CSRF token of a write belongs to its session. Bounded: a fixed number of threads and calls, a
 * barrier to start them together, no sleeps.
 */
class SessionConcurrencyTest {
    private static final int THREADS = 32;
    private static final int CALLS = 20;
    private static final int USES_PER_SESSION = 50;
    private static final String BASIC = "Basic " + Auth.base64("agent@example.org:pw");
    private static final ResponseSpec<Map<String, Object>> MAP = ResponseSpec.json(new TypeReference<>() {}, "");

    /** A session of the fake server. */
    private record Session(String csrf, AtomicInteger uses) {}

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger wrongCsrf = new AtomicInteger();
    private final ExecutorService serverThreads = Executors.newFixedThreadPool(8);
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
        serverThreads.shutdownNow();
    }

    private URI start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(serverThreads);
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange ex) throws IOException {
        ex.getRequestBody().readAllBytes();
        String id = ex.getRequestHeaders().getFirst("X-Session-ID");
        if (BASIC.equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            int n = logins.incrementAndGet();
            sessions.put("S" + n, new Session("C" + n, new AtomicInteger()));
            ex.getResponseHeaders().add("X-CSRF-Token", "C" + n);
            reply(ex, 200, "{\"status\":200,\"session_id\":\"S" + n + "\"}");
        } else if (id == null || !sessions.containsKey(id)) {
            reply(ex, 401, "{\"status\":401}");
        } else if (sessions.get(id).uses().incrementAndGet() > USES_PER_SESSION) {
            reply(ex, 454, "{\"status\":454,\"notification\":\"session expired\"}");
        } else if ("POST".equals(ex.getRequestMethod())
                && !sessions.get(id).csrf().equals(ex.getRequestHeaders().getFirst("X-CSRF-Token"))) {
            wrongCsrf.incrementAndGet();
            reply(ex, 403, "{\"status\":403,\"notification\":\"csrf token of another session\"}");
        } else {
            reply(ex, 200, "{\"status\":200}");
        }
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @Test
    void sharedSessionsStayConsistentAndReloginOncePerExpiry() throws Exception {
        SessionAuth auth = new SessionAuth(
                Auth.basic("agent@example.org", "pw"), "X-Session-ID", "session_id", "X-CSRF-Token", 454);
        ApiClient client = new ApiClient(ClientConfig.builder()
                .baseUri(start())
                .retryPolicy(RetryPolicy.none())
                .requestTimeout(Duration.ofSeconds(20))
                .authentication(auth)
                .build());
        ExecutorService callers = Executors.newFixedThreadPool(THREADS);
        CyclicBarrier together = new CyclicBarrier(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(callers.submit(() -> {
                together.await();
                for (int i = 0; i < CALLS; i++) {
                    String method = (thread + i) % 2 == 0 ? "GET" : "POST";
                    ApiRequest r = ApiRequest.builder(method, "/cases")
                            .operationId("call")
                            .body(
                                    BodyKind.FORM,
                                    "application/x-www-form-urlencoded",
                                    "POST".equals(method) ? Map.of("n", i) : null)
                            .build();
                    client.execute(r, MAP);
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }
        assertEquals(0, wrongCsrf.get(), "a write carried the CSRF token of another session");
        long expired = sessions.values().stream()
                .filter(s -> s.uses().get() > USES_PER_SESSION)
                .count();
        assertTrue(expired >= 2, "the server expired sessions during the run: " + expired);
        assertEquals(expired + 1, logins.get(), "one login at the start and one per expired session, no more");
    }

    @Test
    void aLateRefusalOfAnOldSessionDoesNotDropTheNewOne() {
        SessionAuth auth = new SessionAuth(Auth.basic("u", "pw"), "X-Session-ID", "session_id", "X-CSRF-Token", 454);
        Authentication.Credential login = auth.acquire().join();
        auth.onResponse(
                login,
                new HttpResult(
                        200,
                        Map.of("X-CSRF-Token", List.of("C1")),
                        "{\"session_id\":\"S1\"}".getBytes(StandardCharsets.UTF_8)));
        Authentication.Credential withS1 = auth.acquire().join();
        assertTrue(auth.expired(withS1, 454));
        Authentication.Credential relogin = auth.acquire().join();
        auth.onResponse(
                relogin,
                new HttpResult(
                        200,
                        Map.of("X-CSRF-Token", List.of("C2")),
                        "{\"session_id\":\"S2\"}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(auth.expired(withS1, 454), "the late 454 is answered by sending again");
        assertEquals("S2", auth.sessionId(), "but S2 is kept");
        Map<String, String> sent = new java.util.HashMap<>();
        auth.acquire().join().applyTo(target("POST", sent));
        assertEquals(Map.of("X-Session-ID", "S2", "X-CSRF-Token", "C2"), sent);
    }

    @Test
    void whileOneLoginIsInFlightOthersWaitForIt() {
        SessionAuth auth = new SessionAuth(Auth.basic("u", "pw"), "X-Session-ID", "session_id", "X-CSRF-Token", 454);
        Authentication.Credential login = auth.acquire().join();
        var waiting = auth.acquire();
        assertTrue(!waiting.isDone(), "a second caller waits for the login instead of opening its own session");
        auth.onResponse(
                login, new HttpResult(200, Map.of(), "{\"session_id\":\"S9\"}".getBytes(StandardCharsets.UTF_8)));
        Map<String, String> sent = new java.util.HashMap<>();
        waiting.join().applyTo(target("GET", sent));
        assertEquals(Map.of("X-Session-ID", "S9"), sent);
    }

    @Test
    void aRefusedOldCookieDoesNotDropANewerOne() {
        CookieSessionAuth auth = new CookieSessionAuth(Auth.basicToken("tok-1", "api_token"), "__Host-timer-session");
        Authentication.Credential basic = auth.acquire().join();
        auth.onResponse(
                basic,
                new HttpResult(200, Map.of("Set-Cookie", List.of("__Host-timer-session=K1; Path=/")), new byte[0]));
        Authentication.Credential withK1 = auth.acquire().join();
        auth.onResponse(
                withK1,
                new HttpResult(200, Map.of("Set-Cookie", List.of("__Host-timer-session=K2; Path=/")), new byte[0]));
        assertTrue(auth.expired(withK1, 401), "the refused request is sent again");
        assertEquals("K2", auth.sessionCookie(), "with the newer cookie, which was not dropped");
        Authentication.Credential withK2 = auth.acquire().join();
        assertTrue(auth.expired(withK2, 403));
        assertNull(auth.sessionCookie());
        assertNotEquals(withK2, auth.acquire().join());
    }

    private static Authentication.AuthTarget target(String method, Map<String, String> sent) {
        return new Authentication.AuthTarget() {
            @Override
            public String method() {
                return method;
            }

            @Override
            public void setHeader(String name, String value) {
                sent.put(name, value);
            }

            @Override
            public void addQuery(String name, String value) {
                sent.put("?" + name, value);
            }
        };
    }
}
