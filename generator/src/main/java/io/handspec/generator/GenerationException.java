package io.handspec.generator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Generation failed. For a bad spec it lists every problem found, each with file, line, column and
 * JSON pointer. {@link #outputState()} says, truthfully, what state the output folder is in.
 */
public final class GenerationException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<SpecProblem> problems;
    private final boolean outputUnchanged;

    public GenerationException(String message, List<SpecProblem> problems) {
        super(message + (problems.isEmpty() ? "" : ":\n" + problems.stream()
                .map(p -> "  " + p).collect(Collectors.joining("\n"))));
        this.problems = List.copyOf(problems);
        this.outputUnchanged = true;
    }

    public GenerationException(String message, Throwable cause) {
        this(message, cause, true);
    }

    GenerationException(String message, Throwable cause, boolean outputUnchanged) {
        super(message, cause);
        this.problems = List.of();
        this.outputUnchanged = outputUnchanged;
    }

    /** The spec problems, empty when the failure was not the spec's. */
    public List<SpecProblem> problems() {
        return problems;
    }

    /** Whether the output folder is exactly as it was before the run (false only when restoring it failed too). */
    public boolean outputUnchanged() {
        return outputUnchanged;
    }

    /** One sentence on the state of the output folder, for the front doors to print after the message. */
    public String outputState() {
        return outputUnchanged
                ? "The previously generated sources were left as they were."
                : "The output folder is half-updated and could not be restored; the next run completes the update"
                  + " before anything else (fix the cause above first).";
    }
}
