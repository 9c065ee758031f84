package io.handspec.samples.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;

/**
 * An embedded WireMock server standing in for a real API under the base path of the spec's server
 * (e.g. {@code /api/v9}), so requests can be checked against the spec unchanged.
 */
public final class MockApi implements AutoCloseable {
    private final WireMockServer server;
    private final String basePath;

    private MockApi(String basePath) {
        this.server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        this.basePath = basePath;
        server.start();
    }

    /** Starts a mock serving under {@code basePath} ({@code ""} for the root). */
    public static MockApi start(String basePath) {
        return new MockApi(basePath);
    }

    /** The URL to give the client as its base URI. */
    public String baseUrl() {
        return server.baseUrl() + basePath;
    }

    /** The path as the server sees it: the base path plus {@code path}. */
    public String path(String path) {
        return basePath + path;
    }

    public void stub(MappingBuilder mapping) {
        server.stubFor(mapping);
    }

    public WireMockServer server() {
        return server;
    }

    /** Every request served, oldest first. */
    public List<ServeEvent> requests() {
        List<ServeEvent> events = new java.util.ArrayList<>(server.getAllServeEvents());
        java.util.Collections.reverse(events);
        return events;
    }

    @Override
    public void close() {
        server.stop();
    }
}
