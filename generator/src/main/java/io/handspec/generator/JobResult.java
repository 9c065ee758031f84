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
 */
public record JobResult(
        boolean upToDate,
        int specs,
        int files,
        int written,
        int unchanged,
        int deleted,
        List<SpecProblem> warnings,
        Path outputDir) {
    public JobResult {
        warnings = List.copyOf(warnings);
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
