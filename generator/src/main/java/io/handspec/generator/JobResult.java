package io.handspec.generator;

import java.nio.file.Path;
import java.util.List;

/**
 * What a {@link GenerationJob} did.
 *
 * @param upToDate  nothing the output depends on changed: nothing was parsed or written
 * @param specs     how many specs the job covered (a folder counts each file)
 * @param files     files generated, written or not (0 when up to date)
 * @param written   files created or changed
 * @param unchanged files generated with the content they already had
 * @param deleted   files of an earlier run no longer generated, now removed
 * @param warnings  problems that did not stop generation (spec warnings, stale files left in place)
 * @param outputDir the output folder
 * @param changes   how the specs changed since the previous generation, as code using the clients sees it
 */
public record JobResult(
        boolean upToDate,
        int specs,
        int files,
        int written,
        int unchanged,
        int deleted,
        List<SpecProblem> warnings,
        Path outputDir,
        List<SpecChange> changes) {
    public JobResult {
        warnings = List.copyOf(warnings);
        changes = List.copyOf(changes);
    }

    /** A result without spec changes. */
    public JobResult(
            boolean upToDate,
            int specs,
            int files,
            int written,
            int unchanged,
            int deleted,
            List<SpecProblem> warnings,
            Path outputDir) {
        this(upToDate, specs, files, written, unchanged, deleted, warnings, outputDir, List.of());
    }

    /** Whether a change breaks code using a client. */
    public boolean breaking() {
        return changes.stream().anyMatch(SpecChange::breaking);
    }

    /**
     * The change summary both front doors print: a count, then one line per breaking change;
     * empty when no spec changed.
     */
    public List<String> changeSummary() {
        return summary(changes);
    }

    /** See {@link #changeSummary()}. */
    public static List<String> summary(List<SpecChange> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        long breaking = changes.stream().filter(SpecChange::breaking).count();
        List<String> out = new java.util.ArrayList<>();
        out.add("spec changes: " + breaking + " breaking, " + (changes.size() - breaking) + " compatible");
        changes.stream().filter(SpecChange::breaking).forEach(c -> out.add("  " + c));
        return out;
    }

    /** The one-line summary both front doors print, e.g. {@code generated 12 files from 1 spec(s) into out (3 written, 9 unchanged, 1 removed)}. */
    public String summary() {
        if (upToDate) {
            return specs + " spec(s) up to date, nothing generated";
        }
        return "generated " + files + " files from " + specs + " spec(s) into " + outputDir + " (" + written
                + " written, " + unchanged + " unchanged, " + deleted + " removed)";
    }
}
