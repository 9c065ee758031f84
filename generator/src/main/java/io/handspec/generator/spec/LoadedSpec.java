package io.handspec.generator.spec;

import io.handspec.generator.SpecProblem;
import io.handspec.generator.model.ApiModel;
import java.util.List;

/**
 * A spec read and converted.
 *
 * @param model    the API
 * @param warnings problems that did not stop generation
 */
public record LoadedSpec(ApiModel model, List<SpecProblem> warnings) {
    public LoadedSpec {
        warnings = List.copyOf(warnings);
    }
}
