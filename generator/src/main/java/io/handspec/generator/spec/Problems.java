package io.handspec.generator.spec;

import io.handspec.generator.SpecProblem;
import java.util.ArrayList;
import java.util.List;

/** The problems and warnings found while reading one spec, each placed through the file's {@link SourceIndex}. */
final class Problems {
    private final SourceIndex index;
    private final List<SpecProblem> errors = new ArrayList<>();
    private final List<SpecProblem> warnings = new ArrayList<>();

    Problems(SourceIndex index) {
        this.index = index;
    }

    /** Something that stops generation. */
    void error(String pointer, String message) {
        errors.add(index.problem(pointer, message));
    }

    /** Something that stops generation, at a pointer spelt out only now. */
    void error(Pointer pointer, String message) {
        error(pointer.toString(), message);
    }

    /** Something generation works around. */
    void warn(String pointer, String message) {
        warnings.add(index.problem(pointer, message));
    }

    List<SpecProblem> errors() {
        return errors;
    }

    List<SpecProblem> warnings() {
        return warnings;
    }

    String file() {
        return index.file();
    }
}
