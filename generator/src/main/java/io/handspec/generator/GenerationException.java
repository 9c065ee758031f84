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
    private final boolean recovered;

    public GenerationException(String message, List<SpecProblem> problems) {
        super(message
                + (problems.isEmpty()
                        ? ""
                        : ":\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"))));
        this.problems = List.copyOf(problems);
        this.outputUnchanged = true;
        this.recovered = false;
    }

    public GenerationException(String message, Throwable cause) {
        this(message, cause, true);
    }

    GenerationException(String message, Throwable cause, boolean outputUnchanged) {
        super(message, cause);
        this.problems = List.of();
        this.outputUnchanged = outputUnchanged;
        this.recovered = false;
    }

    private GenerationException(GenerationException e) {
        super(e.getMessage(), e.getCause());
        setStackTrace(e.getStackTrace());
        this.problems = e.problems;
        this.outputUnchanged = e.outputUnchanged;
        this.recovered = true;
    }

    /** This failure, in a run that first completed an interrupted earlier update (so files did change). */
    public GenerationException afterRecovery() {
        return new GenerationException(this);
    }

    /** The spec problems, empty when the failure was not the spec's. */
    public List<SpecProblem> problems() {
        return problems;
    }

    /**
     * Whether this run's own changes were all undone (false only when restoring failed too); files
     * changed anyway when {@link #outputState()} says an interrupted earlier update was completed.
     */
    public boolean outputUnchanged() {
        return outputUnchanged;
    }

    /** One sentence on the state of the output folder, for the front doors to print after the message. */
    public String outputState() {
        if (outputUnchanged && recovered) {
            return "An interrupted earlier update was completed first; this run changed nothing else.";
        }
        return outputUnchanged
                ? "The previously generated sources were left as they were."
                : "The output folder is half-updated and could not be restored; the next run completes the update"
                        + " before anything else (fix the cause above first).";
    }
}
