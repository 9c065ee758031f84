package io.handspec.runtime;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** {@link HttpTransport} over the JDK's {@link HttpClient}. Redirects are left to the caller. */
public final class JdkHttpTransport implements HttpTransport {
    /** Headers the JDK client sets itself and refuses to be given. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final HttpClient client;

    /** A transport whose connections time out after {@code connectTimeout}. */
    public JdkHttpTransport(Duration connectTimeout) {
        this(HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    /** A transport over a client you configured; it should not follow redirects. */
    public JdkHttpTransport(HttpClient client) {
        this.client = client;
    }

    @Override
    public CompletableFuture<HttpResult> send(HttpCall call) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(call.uri())
                .method(call.method(), call.body().length == 0
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        if (call.timeout() != null) {
            builder.timeout(call.timeout());
        }
        for (Map.Entry<String, List<String>> header : call.headers().entrySet()) {
            if (RESTRICTED.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            for (String value : header.getValue()) {
                builder.header(header.getKey(), value);
            }
        }
        return client.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(r -> new HttpResult(r.statusCode(), r.headers().map(), r.body()));
    }
}
