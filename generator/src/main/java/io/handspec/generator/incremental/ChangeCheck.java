package io.handspec.generator.incremental;

import io.handspec.generator.GenerateRequest;
import io.handspec.generator.GenerationException;
import io.handspec.generator.GenerationJob;
import io.handspec.generator.SpecChange;
import io.handspec.generator.SpecProblem;
import io.handspec.generator.changes.ReportFiles;
import io.handspec.generator.changes.SpecComparison;
import io.handspec.generator.model.ApiModel;
import io.handspec.generator.spec.LoadedSpecs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares each spec of a job with its copy from the last successful generation, before anything is
 * written, and writes the change report. A spec that cannot be read is left to the generation, which
 * reports it with every problem placed.
 *
 * @param compared   the spec files that had a previous version
 * @param changes    their changes, in spec order
 * @param uncompared one problem for each spec that had a previous version it could not be compared with
 */
record ChangeCheck(List<String> compared, List<SpecChange> changes, List<SpecProblem> uncompared) {
    static final ChangeCheck NONE = new ChangeCheck(List.of(), List.of(), List.of());

    /**
     * Compares the specs of {@code requests} that changed since their copies; each new version is read
     * through {@code specs}, which keeps it for the generation.
     */
    static ChangeCheck run(
            List<GenerateRequest> requests, SpecSnapshots snapshots, LoadedSpecs specs, List<SpecProblem> warnings) {
        if (snapshots.unchanged()) {
            return NONE;
        }
        List<String> compared = new ArrayList<>();
        List<SpecChange> changes = new ArrayList<>();
        List<SpecProblem> uncompared = new ArrayList<>();
        for (GenerateRequest r : requests) {
            Path previous = snapshots.previous(r);
            if (previous == null) {
                continue;
            }
            ApiModel now;
            try {
                now = specs.get(r.spec()).model();
            } catch (GenerationException e) {
                // the new spec is bad: the generation reports it, every problem placed
                continue;
            }
            String cause;
            try {
                changes.addAll(SpecComparison.compare(
                        previous,
                        Path.of(r.spec()),
                        now,
                        r.basePackage(),
                        r.options().clientName()));
                compared.add(r.spec());
                continue;
            } catch (GenerationException e) {
                // damaged, or refused by checks this generator added since the copy was made
                cause = "its copy " + previous + " no longer loads: " + e.getMessage();
            } catch (RuntimeException e) {
                // a report is worth less than the generation it comes with: say so, and generate
                cause = e.toString();
            }
            SpecProblem problem = new SpecProblem(
                    r.spec(),
                    0,
                    0,
                    "",
                    "cannot compare with the previous version of the spec (" + cause
                            + "); no change report for it, so whether the change breaks code is unknown");
            uncompared.add(problem);
            warnings.add(problem);
        }
        return new ChangeCheck(compared, changes, uncompared);
    }

    /** Whether a change breaks code, or a spec could not be compared (so a break cannot be ruled out). */
    boolean breaking() {
        return !uncompared.isEmpty() || changes.stream().anyMatch(SpecChange::breaking);
    }

    /** The failure of a job with {@code failOnBreaking}: every breaking change, placed. */
    GenerationException failure() {
        List<SpecProblem> problems = new ArrayList<>();
        for (SpecChange c : changes) {
            if (c.breaking()) {
                problems.add(new SpecProblem(
                        c.file(), c.line(), 0, c.pointer(), "breaking: " + c.java() + " (" + c.reason() + ")"));
            }
        }
        int breaking = problems.size();
        problems.addAll(uncompared);
        String found = breaking + " breaking change(s) to the spec since the previous generation"
                + (uncompared.isEmpty() ? "" : " and " + uncompared.size() + " spec(s) that could not be compared");
        return new GenerationException(
                found + ", and failOnBreaking is set; nothing was generated. Fix the spec, or generate once without"
                        + " failOnBreaking to accept them",
                problems);
    }

    /**
     * Writes the report when the job asks for one and a spec was compared (otherwise the report of the
     * last regeneration that compared one stays); a failure to write becomes a warning.
     */
    void write(GenerationJob job, List<SpecProblem> warnings) {
        if (job.changeReport() == null || compared.isEmpty()) {
            return;
        }
        try {
            ReportFiles.write(job.changeReport(), compared, changes);
        } catch (IOException e) {
            warnings.add(new SpecProblem(
                    job.changeReport().toString(), 0, 0, "", "cannot write the change report: " + e.getMessage()));
        }
    }
}
