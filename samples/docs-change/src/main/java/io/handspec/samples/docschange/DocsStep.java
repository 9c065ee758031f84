package io.handspec.samples.docschange;

import com.sun.net.httpserver.HttpServer;
import io.handspec.generator.DocsCheck;
import io.handspec.generator.DocsReport;
import io.handspec.generator.GenerationException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Step one of the loop: noticing that the vendor's page changed, with the {@code check-docs} check the
 * goal and the CLI command run. The spec names the page it was written from, with the digest of the text
 * then ({@code docs/apps.txt}, kept beside the spec as its snapshot); a local server stands in for the
 * vendor and publishes the page as it is now ({@code edits/apps.txt}); the check fetches it and reports
 * it changed, with the diff.
 */
final class DocsStep {
    private DocsStep() {}

    /** The check's finding for the Apps page, fetched from a local server in {@code scratch}. */
    static DocsReport.Page detect(Path moduleDir, Path scratch) throws IOException, GenerationException {
        byte[] reviewed = Files.readAllBytes(moduleDir.resolve("docs/apps.txt"));
        byte[] now = Files.readAllBytes(moduleDir.resolve("edits/apps.txt"));
        HttpServer vendor = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        vendor.createContext("/apps", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(200, now.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(now);
            }
        });
        vendor.start();
        try {
            Path docs = scratch.resolve("docs");
            Path snapshot = docs.resolve("sources/catalogue/127.0.0.1-apps.txt");
            Files.createDirectories(snapshot.getParent());
            Files.write(snapshot, reviewed);
            String spec = Files.readString(moduleDir.resolve("src/main/openapi/catalogue.yaml"), StandardCharsets.UTF_8)
                    .replace(
                            "  version: \"1\"\n",
                            "  version: \"1\"\n  x-handspec-sources:\n    - url: http://127.0.0.1:"
                                    + vendor.getAddress().getPort() + "/apps\n      sha256: " + sha256(reviewed)
                                    + "\n      reviewed: 2026-11-01\n");
            Files.writeString(docs.resolve("catalogue.yaml"), spec, StandardCharsets.UTF_8);
            DocsReport report = DocsCheck.builder()
                    .spec(docs.resolve("catalogue.yaml").toString())
                    .reportDir(scratch.resolve("target/handspec"))
                    .build()
                    .run();
            return report.pages().get(0);
        } finally {
            vendor.stop(0);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
