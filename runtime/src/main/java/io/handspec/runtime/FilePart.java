package io.handspec.runtime;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The content of a file part of a {@code multipart/form-data} body, with its file name and content
 * type. A {@link Path} is streamed from disk when sent, and read again for a retry; an
 * {@link InputStream} is read once, so a call with one is never retried or redirected (it fails
 * clearly instead of sending an empty part).
 *
 * <pre>{@code
 * FilePart.of(Path.of("app.ipa"))
 * FilePart.of(bytes, "icon.png", "image/png")
 * FilePart.of(stream, "log.txt", "text/plain").withHeader("X-Checksum", sum)
 * }</pre>
 */
public final class FilePart {
    /** Where the bytes come from. */
    sealed interface Source {}

    /** Bytes in memory. */
    record Bytes(byte[] content) implements Source {}

    /** A file, read when sent. */
    record File(Path path) implements Source {}

    /** A stream, read once. */
    record Stream(InputStream content, AtomicBoolean used) implements Source {}

    private final Source source;
    private final String filename;
    private final String contentType;
    private final Map<String, String> headers;

    private FilePart(Source source, String filename, String contentType, Map<String, String> headers) {
        this.source = source;
        this.filename = filename;
        this.contentType = contentType;
        this.headers = Map.copyOf(headers);
    }

    /**
     * A part from bytes in memory.
     *
     * @param content     the bytes
     * @param filename    the file name sent, or {@code null} for none
     * @param contentType its media type, or {@code null} for the spec's (else {@code application/octet-stream})
     * @return the part
     */
    public static FilePart of(byte[] content, String filename, String contentType) {
        return new FilePart(new Bytes(content.clone()), filename, contentType, Map.of());
    }

    /** A part streamed from a file when sent, named after it, of the spec's media type (else {@code application/octet-stream}). */
    public static FilePart of(Path file) {
        Path name = file.getFileName();
        return new FilePart(new File(file), name == null ? null : name.toString(), null, Map.of());
    }

    /** A part streamed from a file when sent, named after it, of the media type {@code contentType}. */
    public static FilePart of(Path file, String contentType) {
        return of(file).withContentType(contentType);
    }

    /**
     * A part read from a stream when sent. The stream is read once and closed: the call is not
     * retried, redirected or re-sent after a login (give a {@link Path} or bytes where that matters).
     *
     * @param content     the stream
     * @param filename    the file name sent, or {@code null} for none
     * @param contentType its media type, or {@code null} for the spec's (else {@code application/octet-stream})
     * @return the part
     */
    public static FilePart of(InputStream content, String filename, String contentType) {
        return new FilePart(
                new Stream(Objects.requireNonNull(content, "content == null"), new AtomicBoolean()),
                filename,
                contentType,
                Map.of());
    }

    /** The same content sent under another file name ({@code null}: none). */
    public FilePart withFilename(String name) {
        return new FilePart(source, name, contentType, headers);
    }

    /** The same content sent as another media type. */
    public FilePart withContentType(String type) {
        return new FilePart(source, filename, type, headers);
    }

    /** The same part with one more header of its own (such as one the spec's {@code encoding} names). */
    public FilePart withHeader(String name, String value) {
        HeaderValues.check(name, value);
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new FilePart(source, filename, contentType, more);
    }

    Source source() {
        return source;
    }

    String filename() {
        return filename;
    }

    String contentType() {
        return contentType;
    }

    Map<String, String> headers() {
        return headers;
    }
}
