package io.handspec.generator.model;

import java.util.Map;

/**
 * A server entry.
 *
 * @param url         URL template with {@code {variable}} holes
 * @param description its description
 * @param variables   variable name to default value
 */
public record Server(String url, String description, Map<String, String> variables) {
    public Server {
        variables = Map.copyOf(variables);
    }
}
