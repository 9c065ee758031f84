package io.handspec.runtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A request body put together when it is sent, from bytes, files and streams in order (a multipart
 * body), so that a large file never has to sit in memory. A body with a stream part can be sent
 * once only: {@link #replayable()} says so, and a second send fails instead of sending it empty.
 */
public final class StreamedBody {
    private final List<FilePart.Source> segments;
    private final String description;

    StreamedBody(List<FilePart.Source> segments, String description) {
        this.segments = List.copyOf(segments);
        this.description = description;
    }

    /** Whether the body can be sent again (no part comes from an {@link InputStream}). */
    public boolean replayable() {
        return segments.stream().noneMatch(s -> s instanceof FilePart.Stream);
    }

    /** Its length in bytes, or -1 when a stream part makes it unknown before sending. */
    public long length() {
        long total = 0;
        for (FilePart.Source s : segments) {
            if (s instanceof FilePart.Bytes b) {
                total += b.content().length;
            } else if (s instanceof FilePart.File f) {
                try {
                    total += Files.size(f.path());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                return -1;
            }
        }
        return total;
    }

    /**
     * The body as one stream, for transports that take an {@link InputStream}.
     *
     * @return the stream, to be closed by the caller
     * @throws IOException when a file cannot be opened
     * @throws IllegalStateException when a stream part was sent before
     */
    public InputStream open() throws IOException {
        List<InputStream> streams = new ArrayList<>();
        for (FilePart.Source s : segments) {
            streams.add(open(s));
        }
        return new SequenceInputStream(Collections.enumeration(streams));
    }

    /** The body as the JDK client's publisher: files and streams read as they are sent. */
    HttpRequest.BodyPublisher publisher() throws IOException {
        List<HttpRequest.BodyPublisher> publishers = new ArrayList<>();
        for (FilePart.Source s : segments) {
            if (s instanceof FilePart.Bytes b) {
                publishers.add(HttpRequest.BodyPublishers.ofByteArray(b.content()));
            } else if (s instanceof FilePart.File f) {
                publishers.add(HttpRequest.BodyPublishers.ofFile(f.path()));
            } else {
                FilePart.Stream stream = (FilePart.Stream) s;
                claim(stream);
                publishers.add(HttpRequest.BodyPublishers.ofInputStream(stream::content));
            }
        }
        return HttpRequest.BodyPublishers.concat(publishers.toArray(HttpRequest.BodyPublisher[]::new));
    }

    /** All bytes in memory, for transports that only take bytes. */
    byte[] readAll() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputStream open(FilePart.Source s) throws IOException {
        if (s instanceof FilePart.Bytes b) {
            return new ByteArrayInputStream(b.content());
        }
        if (s instanceof FilePart.File f) {
            return Files.newInputStream(f.path());
        }
        FilePart.Stream stream = (FilePart.Stream) s;
        claim(stream);
        return stream.content();
    }

    private void claim(FilePart.Stream stream) {
        if (!stream.used().compareAndSet(false, true)) {
            throw new IllegalStateException("the body of " + description
                    + " has a part read from an InputStream, which was sent already and cannot be sent again;"
                    + " give the part as a Path or bytes for a call that may be retried, redirected or re-sent");
        }
    }

    @Override
    public String toString() {
        return "StreamedBody[" + description + ", " + segments.size() + " segments]";
    }
}
