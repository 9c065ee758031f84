package io.handspec.generator.incremental;

import io.handspec.generator.GenerateRequest;
import io.handspec.generator.GenerateResult;
import io.handspec.generator.GenerationException;
import io.handspec.generator.GenerationJob;
import io.handspec.generator.Generator;
import io.handspec.generator.JobResult;
import io.handspec.generator.SpecProblem;
import io.handspec.generator.spec.LoadedSpecs;
import io.handspec.generator.spec.Stage;
import io.handspec.generator.write.OutputLock;
import io.handspec.generator.write.OutputWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a {@link GenerationJob}; called through {@link GenerationJob#run()}. */
public final class JobRunner {
    private JobRunner() {}

    /**
     * See {@link GenerationJob#run()}. The output folder is locked for the whole job, and an
     * interrupted earlier update is completed before anything else, a spec being read included.
     */
    public static JobResult run(GenerationJob job) throws GenerationException {
        return run(job, new LoadedSpecs());
    }

    /** As {@link #run(GenerationJob)}, reading the specs through {@code specs}. */
    @SuppressWarnings("try") // the lock is held by the block, not used in it
    static JobResult run(GenerationJob job, LoadedSpecs specs) throws GenerationException {
        boolean recovered = false;
        try (OutputLock lock = OutputLock.acquireIfExists(job.outputDir())) {
            recovered = OutputWriter.recover(job.outputDir());
            JobResult result = locked(job, specs);
            if (!recovered) {
                return result;
            }
            List<SpecProblem> warnings = new ArrayList<>(result.warnings());
            warnings.add(new SpecProblem(
                    job.outputDir().toString(),
                    0,
                    0,
                    "",
                    "an interrupted earlier update of this"
                            + " folder was completed first (its files changed before the counts above)"));
            return new JobResult(
                    result.upToDate(),
                    result.specs(),
                    result.files(),
                    result.written(),
                    result.unchanged(),
                    result.deleted(),
                    warnings,
                    result.outputDir(),
                    result.changes());
        } catch (GenerationException e) {
            throw recovered ? e.afterRecovery() : e;
        } catch (IOException e) {
            GenerationException g =
                    new GenerationException("cannot write into " + job.outputDir() + ": " + e.getMessage(), e);
            throw recovered ? g.afterRecovery() : g;
        }
    }

    /**
     * A state file inside the output folder is accepted only at its top level under a name starting
     * with a dot (the CLI's default {@code .handspec-state}): no generated file has such a name, so the
     * state can never overwrite one, and the generator's own files are refused by name.
     */
    private static void checkStateFile(GenerationJob job) throws GenerationException {
        Path state = job.stateFile();
        if (state == null || !state.startsWith(job.outputDir())) {
            return;
        }
        Path relative = job.outputDir().relativize(state);
        String name = relative.toString();
        if (relative.getNameCount() != 1
                || !name.startsWith(".")
                || name.equals(OutputWriter.MANIFEST)
                || name.equals(OutputLock.FILE)
                || name.startsWith(".handspec-tx")) {
            throw new GenerationException(
                    "the state file " + state + " lies in the output folder where the generator"
                            + " writes its files; keep it outside the output folder, or directly in it under a name starting"
                            + " with a dot such as .handspec-state",
                    List.of());
        }
    }

    private static JobResult locked(GenerationJob job, LoadedSpecs specs) throws GenerationException {
        long t0 = System.nanoTime();
        checkStateFile(job);
        List<GenerateRequest> requests = SpecFolders.requests(job);
        BuildState state = job.stateFile() == null ? null : new BuildState(job.stateFile());
        SpecSnapshots snapshots = job.stateFile() == null ? null : new SpecSnapshots(job.stateFile());
        ChangeCheck check = ChangeCheck.NONE;
        List<SpecProblem> reportWarnings = new ArrayList<>();
        if (state != null) {
            if (state.upToDate(requests, job.outputDir())) {
                return new JobResult(true, requests.size(), 0, 0, 0, 0, List.of(), job.outputDir());
            }
            check = ChangeCheck.run(requests, snapshots, specs, reportWarnings);
            if (job.failOnBreaking() && check.breaking()) {
                // before anything is written or forgotten: output, state and spec copy stay as they were
                check.write(job, reportWarnings);
                throw check.failure();
            }
            try {
                // forgotten first: if this run fails or is killed, the next one generates
                state.clear();
            } catch (IOException e) {
                throw new GenerationException(
                        "cannot remove the state file " + job.stateFile() + ": " + e.getMessage(), e);
            }
        }
        Stage.log("state check", t0);
        GenerateResult result = Generator.generate(requests, state == null ? "" : state.owner(job.outputDir()), specs);
        t0 = System.nanoTime();
        List<SpecProblem> warnings = new ArrayList<>(result.warnings());
        warnings.addAll(reportWarnings);
        if (state != null) {
            try {
                state.save(requests, result.inputs(), OutputWriter.manifestDigest(job.outputDir()));
                snapshots.save(requests, result.inputs());
            } catch (IOException e) {
                warnings.add(new SpecProblem(
                        job.stateFile().toString(),
                        0,
                        0,
                        "",
                        "cannot record the state (" + e.getMessage() + "); the next run generates again"));
            }
        }
        if (state != null) {
            check.write(job, warnings);
        }
        Stage.log("state save", t0);
        int files = result.files().size();
        return new JobResult(
                false,
                requests.size(),
                files,
                result.written().size(),
                files - result.written().size(),
                result.deleted().size(),
                warnings,
                job.outputDir(),
                check.changes());
    }
}
