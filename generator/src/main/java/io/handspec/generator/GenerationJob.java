package io.handspec.generator;

import io.handspec.generator.incremental.JobRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The whole job "generate these specs into this folder, incrementally", as the Maven plugin and the
 * CLI both run it. Immutable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * JobResult result = GenerationJob.builder()
 *         .spec("src/main/openapi/kalo.yaml", "com.example.kalo")
 *         .spec(new SpecSource("src/main/openapi/more", "com.example", new GenerationOptions("MoreClient")))
 *         .outputDir(Path.of("target/generated-sources/handspec"))
 *         .stateFile(Path.of("target/handspec/default.state"))
 *         .build()
 *         .run();
 * System.out.println(result.summary());
 * }</pre>
 *
 * <p>The output folder is locked for the whole job, and an update an earlier run left unfinished is
 * completed first. With a state file the job then decides, parsing nothing, whether anything the
 * output depends on changed: the generator version and code, the built-in and user templates, the
 * specs, packages and options, and every spec file read last time ({@code $ref}d files included).
 * If nothing did and every file this job generated is still there with its content, it returns
 * {@link JobResult#upToDate()}. A folder another job (with another state file) generated into is
 * refused. Otherwise it
 * compares each spec with the copy kept from the last successful generation (see
 * {@link JobResult#changes()}), generates all specs into the folder as one step and records the new
 * state and spec copy; when it fails the state is cleared, so the next run generates.
 */
public final class GenerationJob {
    private final List<SpecSource> specs;
    private final Path outputDir;
    private final Path baseDir;
    private final Path templatesDir;
    private final GenerationOptions options;
    private final Path stateFile;
    private final boolean failOnBreaking;
    private final Path changeReport;

    private GenerationJob(Builder b) {
        this.specs = List.copyOf(b.specs);
        this.baseDir =
                (b.baseDir == null ? Path.of("") : b.baseDir).toAbsolutePath().normalize();
        this.outputDir = resolved(Objects.requireNonNull(b.outputDir, "outputDir == null"));
        this.templatesDir =
                b.templatesDir == null ? null : baseDir.resolve(b.templatesDir).normalize();
        this.options = b.options == null ? GenerationOptions.DEFAULTS : b.options;
        this.stateFile = b.stateFile == null ? null : fileIn(baseDir.resolve(b.stateFile));
        this.failOnBreaking = b.failOnBreaking;
        this.changeReport =
                b.changeReport == null ? null : baseDir.resolve(b.changeReport).normalize();
    }

    /**
     * {@code file} with only its folder resolved: a link in the file's own place is the file, replaced
     * when the file is written, never followed to a file elsewhere (the state's default place is in the
     * output folder, where others may put links).
     */
    private static Path fileIn(Path file) {
        Path abs = file.toAbsolutePath();
        Path name = abs.getFileName();
        if (name == null || name.toString().equals("..") || name.toString().equals(".")) {
            return resolved(abs);
        }
        return resolved(abs.getParent()).resolve(name.toString());
    }

    /**
     * {@code path} as the OS resolves it: the existing part by real path (so {@code link/..} is the
     * link target's parent, not the folder holding the link), the rest appended and normalized.
     */
    private static Path resolved(Path path) {
        Path abs = path.toAbsolutePath();
        Path existing = abs;
        Path rest = abs.getFileSystem().getPath("");
        while (existing != null) {
            try {
                return existing.toRealPath().resolve(rest).normalize();
            } catch (java.io.IOException e) {
                rest = existing.getFileName() == null
                        ? rest
                        : existing.getFileName().resolve(rest);
                existing = existing.getParent();
            }
        }
        return abs.normalize();
    }

    /** A builder with no spec, the current folder as base folder, default options and no state file. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this job's values. */
    public Builder toBuilder() {
        return new Builder()
                .specs(specs)
                .outputDir(outputDir)
                .baseDir(baseDir)
                .templatesDir(templatesDir)
                .options(options)
                .stateFile(stateFile)
                .failOnBreaking(failOnBreaking)
                .changeReport(changeReport);
    }

    /**
     * Runs the job.
     *
     * @throws GenerationException for a bad spec or configuration, or a failed write; its
     *                             {@link GenerationException#outputState()} says what state the output is in
     */
    public JobResult run() throws GenerationException {
        return JobRunner.run(this);
    }

    /** The specs, in order. */
    public List<SpecSource> specs() {
        return specs;
    }

    /** The output folder, absolute. */
    public Path outputDir() {
        return outputDir;
    }

    /** The folder relative spec locations, templates folder and state file are resolved against, absolute. */
    public Path baseDir() {
        return baseDir;
    }

    /** The user templates folder, or {@code null}. */
    public Path templatesDir() {
        return templatesDir;
    }

    /** The options of every spec that has none of its own. */
    public GenerationOptions options() {
        return options;
    }

    /** Where the incremental state is kept, or {@code null} to generate every time. */
    public Path stateFile() {
        return stateFile;
    }

    /**
     * Whether a spec change that breaks code using the client fails the job. It fails before anything
     * is written: the previous sources, state and spec copy stay, so the next run reports the same
     * changes until the spec is fixed or the job runs once without this option.
     */
    public boolean failOnBreaking() {
        return failOnBreaking;
    }

    /** The Markdown change report (the JSON one beside it, {@code .json}), or {@code null} for none. */
    public Path changeReport() {
        return changeReport;
    }

    /** Builds a {@link GenerationJob}. */
    public static final class Builder {
        private final List<SpecSource> specs = new ArrayList<>();
        private Path outputDir;
        private Path baseDir;
        private Path templatesDir;
        private GenerationOptions options;
        private Path stateFile;
        private boolean failOnBreaking;
        private Path changeReport;

        private Builder() {}

        /** Adds a spec (file, folder or {@code classpath:}) with the job's options. */
        public Builder spec(String location, String basePackage) {
            return spec(SpecSource.of(location, basePackage));
        }

        /** Adds a spec. */
        public Builder spec(SpecSource spec) {
            specs.add(Objects.requireNonNull(spec, "spec == null"));
            return this;
        }

        /** Replaces the specs. */
        public Builder specs(List<SpecSource> all) {
            specs.clear();
            all.forEach(this::spec);
            return this;
        }

        /** The folder that receives the sources (required; created if missing). */
        public Builder outputDir(Path dir) {
            this.outputDir = dir;
            return this;
        }

        /** The folder relative paths are resolved against; the current folder when not set. */
        public Builder baseDir(Path dir) {
            this.baseDir = dir;
            return this;
        }

        /** A folder of {@code .mustache} files that replace the built-in templates of the same name, or {@code null}. */
        public Builder templatesDir(Path dir) {
            this.templatesDir = dir;
            return this;
        }

        /** The options of every spec that has none of its own. */
        public Builder options(GenerationOptions all) {
            this.options = all;
            return this;
        }

        /** Where to keep the incremental state; {@code null} (the default) generates every time. */
        public Builder stateFile(Path file) {
            this.stateFile = file;
            return this;
        }

        /** Whether a breaking spec change fails the job, before anything is written (needs a state file). */
        public Builder failOnBreaking(boolean fail) {
            this.failOnBreaking = fail;
            return this;
        }

        /** Where to write the change report in Markdown (JSON beside it), or {@code null} for none. */
        public Builder changeReport(Path markdown) {
            this.changeReport = markdown;
            return this;
        }

        /** The job. */
        public GenerationJob build() {
            return new GenerationJob(this);
        }
    }
}
