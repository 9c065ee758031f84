package io.handspec.runtime;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A server URL with {@code {variable}} holes, as a generated client's builder fills it. A variable
 * whose spec default is only an example has no default here: {@link #uri()} fails until it is set,
 * so credentials never go to the docs' example tenant. A variable with an {@code enum} refuses other values.
 */
public final class ServerTemplate {
    private final String template;
    private final Map<String, Variable> variables = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    /** One variable: its default ({@code null} when it must be set) and its allowed values (empty: any). */
    private record Variable(String defaultValue, List<String> allowed, String setter) {}

    public ServerTemplate(String template) {
        this.template = template;
    }

    /**
     * Declares a variable.
     *
     * @param name         the name in the template
     * @param defaultValue the default, or {@code null} when the caller must set it
     * @param allowed      the values the spec's {@code enum} allows; empty for any
     * @param setter       the builder method that sets it, named in the error when it is missing
     * @return this template
     */
    public ServerTemplate variable(String name, String defaultValue, List<String> allowed, String setter) {
        variables.put(name, new Variable(defaultValue, List.copyOf(allowed), setter));
        return this;
    }

    /** Whether the template has any variable. */
    public boolean hasVariables() {
        return !variables.isEmpty();
    }

    /** Sets a variable; a value outside its {@code enum}, or one that would change the URL's structure, fails here. */
    public ServerTemplate set(String name, String value) {
        Variable v = variables.get(name);
        if (v == null) {
            throw new HandspecException("the server URL " + template + " has no variable '" + name + "'", null);
        }
        if (value == null || value.isEmpty()) {
            throw new HandspecException("server variable '" + name + "' must not be null or empty", null);
        }
        if (!v.allowed().isEmpty() && !v.allowed().contains(value)) {
            throw new HandspecException(
                    "server variable '" + name + "' is '" + value + "', but the spec allows only " + v.allowed(), null);
        }
        if (value.chars().anyMatch(c -> "/?#@:\\ %".indexOf(c) >= 0 || c < 0x20)) {
            throw new HandspecException(
                    "server variable '" + name + "' holds a character that would change the URL's structure", null);
        }
        values.put(name, value);
        return this;
    }

    /** The URL with every variable filled; fails naming the builder method of a variable that has to be set. */
    public URI uri() {
        String uri = template;
        for (Map.Entry<String, Variable> e : variables.entrySet()) {
            String value = values.getOrDefault(e.getKey(), e.getValue().defaultValue());
            if (value == null) {
                throw new HandspecException(
                        "server variable '" + e.getKey() + "' of " + template + " must be set: call ."
                                + e.getValue().setter()
                                + "(...) on the builder (the spec's example value is not a real server), or .baseUri(...)",
                        null);
            }
            uri = uri.replace("{" + e.getKey() + "}", value);
        }
        return URI.create(uri);
    }
}
