package io.handspec.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local stand-in for Kalo's API on the loopback address, answering from bodies made once: a
 * created task ({@code POST /tasks/}) and pages of projects ({@code GET /projects/}), so that both
 * clients measured against it pay the same, small, server cost.
 */
final class KaloServer implements AutoCloseable {
    static final String KEY = "ea4fa026c1874a4fb40d1c4880d97bb4";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<byte[]> pages;
    private final byte[] task;
    /** What the server was sent while recording: request line, headers and body, or {@code null} when not recording. */
    private volatile List<String> recorded;

    /**
     * @param projects     projects in the listing
     * @param perPage      projects a page holds
     * @param description  characters of each project's description (the body size)
     */
    KaloServer(int projects, int perPage, int description) throws IOException {
        this.pages = pages(projects, perPage, description);
        this.task = task();
        // without TCP_NODELAY a response written as headers then body waits for the client's delayed ACK
        // (40 ms on Linux), which would swamp what is measured
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/tasks/", e -> answer(e, 201, task));
        server.createContext("/projects/", e -> answer(e, 200, pages.get(page(e.getRequestURI(), perPage))));
        server.start();
    }

    URI baseUri() {
        return URI.create("http://" + server.getAddress().getHostString() + ":"
                + server.getAddress().getPort());
    }

    /** Bytes of the whole listing, every page. */
    long listingBytes() {
        return pages.stream().mapToLong(p -> p.length).sum();
    }

    private static int page(URI uri, int perPage) {
        String query = uri.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("page%5Boffset%5D=") || pair.startsWith("page[offset]=")) {
                    return Integer.parseInt(pair.substring(pair.indexOf('=') + 1)) / perPage;
                }
            }
        }
        return 0;
    }

    /** Starts recording every request as it arrives. */
    void record() {
        recorded = java.util.Collections.synchronizedList(new ArrayList<>());
    }

    /** The requests recorded since {@link #record()}, and recording stopped. */
    List<String> recorded() {
        List<String> out = List.copyOf(recorded);
        recorded = null;
        return out;
    }

    private void answer(HttpExchange e, int status, byte[] body) throws IOException {
        byte[] sent;
        try (InputStream in = e.getRequestBody()) {
            sent = in.readAllBytes();
        }
        List<String> log = recorded;
        if (log != null) {
            log.add(e.getRequestMethod() + " " + e.getRequestURI() + " "
                    + new java.util.TreeMap<>(e.getRequestHeaders()) + " " + new String(sent, StandardCharsets.UTF_8));
        }
        if (!KEY.equals(e.getRequestHeaders().getFirst("X-Kalo-Api-Key"))) {
            e.sendResponseHeaders(401, -1);
            e.close();
            return;
        }
        e.getResponseHeaders().set("Content-Type", "application/json");
        e.sendResponseHeaders(status, body.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(body);
        }
    }

    /** The created task the server answers with. */
    static byte[] task() {
        return ("{\"data\":{\"type\":\"task\",\"id\":\"0c7e6a52-2a8b-4d9c-9d0e-6a3f8b1c2d01\",\"attributes\":"
                        + "{\"summary\":\"Edit the launch video\",\"description\":\"Two cuts, 90s and 30s\",\"rate\":350.0,"
                        + "\"rate_type\":\"daily\",\"status\":\"ongoing\"},\"relationships\":{\"project\":{\"data\":"
                        + "{\"type\":\"project\",\"id\":\"5b0bd1ae-9f1e-4a5f-8a40-1f1d4c5b0a01\"}},\"managers\":{\"data\":"
                        + "[{\"type\":\"user\",\"id\":100},{\"type\":\"user\",\"id\":101}]}}}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The listing's pages as the server sends them. */
    static List<byte[]> pages(int projects, int perPage, int description) {
        List<byte[]> out = new ArrayList<>();
        String text = "Shoot and edit. ".repeat(description / 16 + 1).substring(0, description);
        for (int offset = 0; offset < projects; offset += perPage) {
            StringBuilder s = new StringBuilder("{\"data\":[");
            for (int i = offset; i < Math.min(projects, offset + perPage); i++) {
                if (i > offset) {
                    s.append(',');
                }
                s.append(String.format(
                        Locale.ROOT,
                        "{\"type\":\"project\",\"id\":\"%s\",\"attributes\":{\"title\":\"Campaign %d\","
                                + "\"description\":\"%s\",\"start_date\":\"2017-08-14\",\"end_date\":\"2017-09-30\"},"
                                + "\"relationships\":{\"workgroup\":{\"data\":{\"type\":\"workgroup\",\"id\":100}}}}",
                        new UUID(0x5b0bd1ae9f1e4a5fL, i),
                        i,
                        text));
            }
            s.append(String.format(Locale.ROOT, "],\"meta\":{\"total\":%d,\"offset\":%d}}", projects, offset));
            out.add(s.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
