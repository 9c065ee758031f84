package io.handspec.generator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Generation failed; nothing in the output folder was changed. For a bad spec it lists every
 * problem found, each with file, line, column and JSON pointer.
 */
public final class GenerationException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<SpecProblem> problems;

    public GenerationException(String message, List<SpecProblem> problems) {
        super(message + (problems.isEmpty() ? "" : ":\n" + problems.stream()
                .map(p -> "  " + p).collect(Collectors.joining("\n"))));
        this.problems = List.copyOf(problems);
    }

    public GenerationException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    /** The spec problems, empty when the failure was not the spec's. */
    public List<SpecProblem> problems() {
        return problems;
    }
}
