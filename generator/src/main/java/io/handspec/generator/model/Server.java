package io.handspec.generator.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A server entry.
 *
 * @param url         URL template with {@code {variable}} holes
 * @param description its description
 * @param variables   variable name to default value
 * @param allowed     variable name to the values its {@code enum} allows (absent: any value)
 * @param exampleOnly variables whose default is only an example ({@code x-handspec-example: true}): the user must set them
 */
public record Server(
        String url,
        String description,
        Map<String, String> variables,
        Map<String, List<String>> allowed,
        Set<String> exampleOnly) {
    public Server {
        variables = Map.copyOf(variables);
        allowed = Map.copyOf(allowed);
        exampleOnly = Set.copyOf(exampleOnly);
    }

    /** A server whose variables have real defaults and no {@code enum}. */
    public Server(String url, String description, Map<String, String> variables) {
        this(url, description, variables, Map.of(), Set.of());
    }
}
