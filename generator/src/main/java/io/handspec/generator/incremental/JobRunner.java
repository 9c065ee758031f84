package io.handspec.generator.incremental;

import io.handspec.generator.GenerateRequest;
import io.handspec.generator.GenerateResult;
import io.handspec.generator.GenerationException;
import io.handspec.generator.GenerationJob;
import io.handspec.generator.Generator;
import io.handspec.generator.JobResult;
import io.handspec.generator.SpecProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Runs a {@link GenerationJob}; called through {@link GenerationJob#run()}. */
public final class JobRunner {
    private JobRunner() {
    }

    /** See {@link GenerationJob#run()}. */
    public static JobResult run(GenerationJob job) throws GenerationException {
        List<GenerateRequest> requests = SpecFolders.requests(job);
        BuildState state = job.stateFile() == null ? null : new BuildState(job.stateFile());
        if (state != null) {
            if (state.upToDate(requests, job.outputDir())) {
                return new JobResult(true, requests.size(), 0, 0, 0, 0, List.of(), job.outputDir());
            }
            try {
                // forgotten first: if this run fails or is killed, the next one generates
                state.clear();
            } catch (IOException e) {
                throw new GenerationException("cannot remove the state file " + job.stateFile() + ": " + e.getMessage(), e);
            }
        }
        GenerateResult result = Generator.generate(requests);
        List<SpecProblem> warnings = new ArrayList<>(result.warnings());
        if (state != null) {
            try {
                state.save(requests, result.inputs());
            } catch (IOException e) {
                warnings.add(new SpecProblem(job.stateFile().toString(), 0, 0, "", "cannot record the state ("
                        + e.getMessage() + "); the next run generates again"));
            }
        }
        int files = result.files().size();
        return new JobResult(false, requests.size(), files, result.written().size(), files - result.written().size(),
                result.deleted().size(), warnings, job.outputDir());
    }
}
