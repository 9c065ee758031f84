package io.handspec.generator;

import io.handspec.generator.docs.DocsChecker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * "Are the vendor pages these specs were written from still the same?", as the {@code check-docs} goal
 * and the CLI's {@code check-docs} command both run it. Immutable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * DocsReport report = DocsCheck.builder()
 *         .spec("specs")                       // a spec file or a folder of them
 *         .reportDir(Path.of("target/handspec"))
 *         .build()
 *         .run();
 * System.out.println(report.summary());
 * }</pre>
 *
 * <p>For every page a spec names in {@code info.x-handspec-sources} it fetches the page, normalises it to
 * text, and compares the text's SHA-256 with the one in the spec: unchanged, changed (with a unified diff
 * from the snapshot kept beside the spec, {@code sources/<spec name>/<page>.txt}), or unreachable (with the
 * reason). It writes {@code docs-report.md} and {@code docs-report.json} into the report folder. With
 * {@link Builder#accept(boolean)} a changed page's text becomes the new snapshot and its digest and today's
 * date go into the spec, once the user has reviewed the diff and edited the spec.
 */
public final class DocsCheck {
    /** Fetch limits when none are set. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public static final int DEFAULT_MAX_REDIRECTS = 5;
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private final List<String> specs;
    private final Path baseDir;
    private final Path reportDir;
    private final boolean accept;
    private final Duration timeout;
    private final int maxRedirects;
    private final long maxBytes;
    private final Clock clock;

    private DocsCheck(Builder b) {
        this.specs = List.copyOf(b.specs);
        this.baseDir =
                (b.baseDir == null ? Path.of("") : b.baseDir).toAbsolutePath().normalize();
        this.reportDir = baseDir.resolve(Objects.requireNonNull(b.reportDir, "reportDir == null"));
        this.accept = b.accept;
        this.timeout = b.timeout;
        this.maxRedirects = b.maxRedirects;
        this.maxBytes = b.maxBytes;
        this.clock = b.clock;
    }

    /** A builder with no spec, the current folder as base folder, no accepting and the default limits. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs the check.
     *
     * @throws GenerationException when a spec's {@code x-handspec-sources} is malformed (every problem placed
     *                             by file, line and pointer), or a spec, snapshot or report cannot be read or written
     */
    public DocsReport run() throws GenerationException {
        return DocsChecker.run(this);
    }

    /** The spec files and folders, as given. */
    public List<String> specs() {
        return specs;
    }

    /** The folder relative paths are resolved against, absolute. */
    public Path baseDir() {
        return baseDir;
    }

    /** Where the reports go, absolute. */
    public Path reportDir() {
        return reportDir;
    }

    /** Whether changed pages become the new snapshots. */
    public boolean accept() {
        return accept;
    }

    /** The longest one request may take, body included. */
    public Duration timeout() {
        return timeout;
    }

    /** Redirects followed per page. */
    public int maxRedirects() {
        return maxRedirects;
    }

    /** The largest page read. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The clock that dates a review. */
    public Clock clock() {
        return clock;
    }

    /** Builds a {@link DocsCheck}. */
    public static final class Builder {
        private final List<String> specs = new ArrayList<>();
        private Path baseDir;
        private Path reportDir;
        private boolean accept;
        private Duration timeout = DEFAULT_TIMEOUT;
        private int maxRedirects = DEFAULT_MAX_REDIRECTS;
        private long maxBytes = DEFAULT_MAX_BYTES;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /** Adds a spec file or a folder of specs ({@code .yaml}, {@code .yml}, {@code .json}). */
        public Builder spec(String location) {
            specs.add(Objects.requireNonNull(location, "location == null"));
            return this;
        }

        /** The folder relative paths are resolved against; the current folder when not set. */
        public Builder baseDir(Path dir) {
            this.baseDir = dir;
            return this;
        }

        /** Where {@code docs-report.md} and {@code docs-report.json} go (required). */
        public Builder reportDir(Path dir) {
            this.reportDir = dir;
            return this;
        }

        /** Whether a changed page's text becomes its snapshot, and its digest and today go into the spec. */
        public Builder accept(boolean value) {
            this.accept = value;
            return this;
        }

        /** The longest one request may take, connecting and reading the body included (default 30 s). */
        public Builder timeout(Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, not " + value);
            }
            this.timeout = value;
            return this;
        }

        /** Redirects followed per page (default 5). */
        public Builder maxRedirects(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("maxRedirects must be 0 or more, not " + value);
            }
            this.maxRedirects = value;
            return this;
        }

        /** The largest page read, in bytes (default 5 MiB). */
        public Builder maxBytes(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxBytes must be positive, not " + value);
            }
            this.maxBytes = value;
            return this;
        }

        /** The clock that dates an accepted review (the system's, in UTC, by default). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock == null");
            return this;
        }

        /** The check. */
        public DocsCheck build() {
            return new DocsCheck(this);
        }
    }
}
