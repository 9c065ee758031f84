package io.handspec.generator.spec;

import io.handspec.generator.SpecProblem;
import io.handspec.generator.model.ApiModel;
import java.util.List;

/**
 * A spec read and converted.
 *
 * @param model    the API
 * @param warnings problems that did not stop generation
 * @param inputs   the files read: the spec and every file it references, directly or not
 */
public record LoadedSpec(ApiModel model, List<SpecProblem> warnings, List<java.nio.file.Path> inputs) {
    public LoadedSpec {
        warnings = List.copyOf(warnings);
        inputs = List.copyOf(inputs);
    }
}
