package io.handspec.generator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/** A spec naming pages of a local server, with snapshots beside it, for the docs check's tests. */
public final class DocsFixture {
    /** A page as a browser shows it: a heading, a paragraph with a run of spaces, a list; a script that is no text. */
    public static final String PAGE_HTML =
            """
            <!DOCTYPE html><html><head><title>Notes docs</title><style>p {color: red}</style></head>
            <body><script>track()</script>
            <main><h1>Notes API</h1>
            <p>Send the   key in the
            <code>X-Key</code> header.</p>
            <ul><li>GET /notes</li><li>POST /notes</li></ul></main>
            </body></html>
            """;

    /** {@link #PAGE_HTML} as text: what its snapshot holds. */
    public static final String PAGE_TEXT = "Notes API\nSend the key in the X-Key header.\nGET /notes\nPOST /notes\n";

    /** The same page after the vendor removed an endpoint and added another. */
    public static final String CHANGED_HTML = PAGE_HTML.replace("<li>POST /notes</li>", "<li>PUT /notes/{id}</li>");

    /** One page of the spec. */
    public record Source(String path, String snapshotText) {}

    private DocsFixture() {}

    /** SHA-256 of the UTF-8 bytes, 64 lower-case hex digits, computed here rather than by the code under test. */
    public static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes {@code dir/notes.yaml} naming {@code base + path} of every source, reviewed 2026-01-02 with the
     * digest of its snapshot text, and the snapshots in {@code dir/sources/notes/}.
     */
    public static Path write(Path dir, String base, List<Source> sources) throws Exception {
        StringBuilder list = new StringBuilder();
        for (Source s : sources) {
            list.append("    # reviewed by hand\n")
                    .append("    - url: ")
                    .append(base)
                    .append(s.path())
                    .append("\n      sha256: ")
                    .append(sha256(s.snapshotText()))
                    .append("\n      reviewed: 2026-01-02\n");
            Path snapshot = dir.resolve(
                    "sources/notes/localhost-" + s.path().substring(1).replace('/', '-') + ".txt");
            Files.createDirectories(snapshot.getParent());
            Files.writeString(snapshot, s.snapshotText());
        }
        Path spec = dir.resolve("notes.yaml");
        Files.createDirectories(dir);
        Files.writeString(
                spec,
                "openapi: 3.0.3\ninfo:\n  title: Notes\n  version: \"1\"\n  x-handspec-sources:\n" + list
                        + "paths: {}\n");
        return spec;
    }
}
