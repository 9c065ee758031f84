package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Layers that continue a finished exchange at once, headers taken over without copies: what callers see. */
class LayerAttackTest {
    static final ResponseSpec<Map<String, Object>> MAP = ResponseSpec.json(new TypeReference<>() {}, "");

    /** Answers 200 at once (both ways) and records the headers of each call. */
    static final class Recording implements HttpTransport {
        final List<HttpCall> calls = new CopyOnWriteArrayList<>();
        final Map<String, List<String>> answerHeaders;

        Recording(Map<String, List<String>> answerHeaders) {
            this.answerHeaders = answerHeaders;
        }

        @Override
        public CompletableFuture<HttpResult> send(HttpCall call) {
            calls.add(call);
            return CompletableFuture.completedFuture(new HttpResult(200, answerHeaders, "{}".getBytes()));
        }

        @Override
        public CompletableFuture<HttpResult> sendBlocking(HttpCall call) {
            return send(call);
        }
    }

    /** A key credential in header {@code x-api-key}; whose {@code onResponse} throws if {@code throwing}. */
    static Authentication key(boolean throwing) {
        return new Authentication() {
            @Override
            public CompletableFuture<Credential> acquire() {
                return CompletableFuture.completedFuture(target -> target.setHeader("x-api-key", "k1"));
            }

            @Override
            public Secrets secrets() {
                return new Secrets().add("k1");
            }

            @Override
            public void onResponse(Credential used, HttpResult result) {
                if (throwing) {
                    throw new IllegalStateException("the authentication's own bug");
                }
            }
        };
    }

    static ApiClient client(HttpTransport transport, Authentication auth) {
        ClientConfig.Builder b = ClientConfig.builder()
                .baseUri(URI.create("http://127.0.0.1:1"))
                .transport(transport)
                .header("X-API-KEY", "from-config");
        if (auth != null) {
            b.authentication(auth);
        }
        return new ApiClient(b.build());
    }

    static ApiRequest get() {
        return ApiRequest.builder("GET", "/x").operationId("op").build();
    }

    @Test
    void anAsyncCallWhoseAuthenticationThrowsFailsItsFutureInsteadOfThrowing() throws Exception {
        ApiClient c = client(new Recording(Map.of("Content-Type", List.of("application/json"))), key(true));
        CompletableFuture<ApiResponse<Map<String, Object>>> f;
        try {
            f = c.executeAsync(get(), MAP);
        } catch (RuntimeException thrown) {
            fail("executeAsync threw instead of returning a failed future: " + thrown);
            return;
        }
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(5, TimeUnit.SECONDS));
        assertNotNull(e.getCause());
    }

    @Test
    void aBlockingCallWhoseAuthenticationThrowsFailsAsBefore() {
        ApiClient c = client(new Recording(Map.of("Content-Type", List.of("application/json"))), key(true));
        RuntimeException e = assertThrows(RuntimeException.class, () -> c.execute(get(), MAP));
        assertInstanceOf(HandspecException.class, e, e.toString());
    }

    @Test
    void theCredentialsSpellingReplacesTheCallersAndIsSentOnce() throws Exception {
        Recording transport = new Recording(Map.of("Content-Type", List.of("application/json")));
        ApiClient c = client(transport, key(false));
        ApiRequest request = ApiRequest.builder("GET", "/x")
                .operationId("op")
                .header("X-Api-Key", "from-request")
                .options(RequestOptions.builder()
                        .header("x-API-key", "from-options")
                        .build())
                .build();
        c.execute(request, MAP);
        Map<String, List<String>> sent = transport.calls.get(0).headers();
        List<String> keys = sent.keySet().stream()
                .filter(k -> k.equalsIgnoreCase("x-api-key"))
                .toList();
        assertEquals(List.of("x-api-key"), keys);
        assertEquals(List.of("k1"), sent.get("X-API-KEY"));
        // the call's headers cannot be changed by whoever holds them
        assertThrows(UnsupportedOperationException.class, () -> sent.keySet().remove("x-api-key"));
        assertThrows(UnsupportedOperationException.class, () -> sent.values().clear());
        assertThrows(
                UnsupportedOperationException.class,
                () -> sent.entrySet().iterator().next().setValue(List.of()));
        assertThrows(
                UnsupportedOperationException.class, () -> sent.get("X-API-KEY").add("k2"));
        assertThrows(UnsupportedOperationException.class, () -> sent.put("a", List.of()));
        assertThrows(UnsupportedOperationException.class, () -> sent.remove("x-api-key"));
        assertThrows(UnsupportedOperationException.class, sent::clear);
    }

    @Test
    void aTransportsCaseSensitiveHeadersAreStillFoundInAnyCase() throws Exception {
        java.util.HashMap<String, List<String>> answer = new java.util.HashMap<>();
        answer.put("content-TYPE", new java.util.ArrayList<>(List.of("application/json")));
        answer.put("x-Request-Id", new java.util.ArrayList<>(List.of("r1")));
        ApiClient c = client(new Recording(answer), null);
        ApiResponse<Map<String, Object>> r = c.execute(get(), MAP);
        answer.get("x-Request-Id").set(0, "changed");
        answer.put("X-Late", List.of("late"));
        assertEquals(java.util.Optional.of("r1"), r.header("X-REQUEST-ID"));
        assertEquals(java.util.Optional.empty(), r.header("x-late"));
    }
}
