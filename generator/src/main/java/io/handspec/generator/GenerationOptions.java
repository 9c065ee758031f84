package io.handspec.generator;

import io.handspec.generator.view.JavaNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generator options, typed. Front doors that take options as text (the CLI's {@code --option k=v},
 * the plugin's {@code <options>}) turn them into this with {@link #parse}, the one place that knows
 * the option names.
 *
 * @param clientName the client facade's simple class name, or {@code null} to derive it from the spec's title
 */
public record GenerationOptions(String clientName) {
    /** No option set: every value derived from the spec. */
    public static final GenerationOptions DEFAULTS = new GenerationOptions(null);
    /** The option names {@link #parse} understands. */
    public static final Set<String> NAMES = Set.of("clientName");
    /** The class the client facade nests ({@code KaloClient.Builder}), which the facade cannot be named. */
    private static final String CLIENT_BUILDER = "Builder";

    /** These options with {@code clientName} replaced when it is not {@code null}. */
    public GenerationOptions withClientName(String name) {
        return name == null ? this : new GenerationOptions(name);
    }

    /**
     * Options given as names and values.
     *
     * @throws GenerationException naming every unknown option and every bad value
     */
    public static GenerationOptions parse(Map<String, String> options) throws GenerationException {
        List<SpecProblem> problems = new ArrayList<>();
        for (String key : new TreeSet<>(options.keySet())) {
            if (!NAMES.contains(key)) {
                problems.add(configProblem(unknown(key)));
            }
        }
        GenerationOptions parsed = known(options);
        problems.addAll(parsed.problems());
        if (!problems.isEmpty()) {
            throw new GenerationException("invalid options", problems);
        }
        return parsed;
    }

    /** Like {@link #parse}, for callers that check values later; an unknown name is a programming error. */
    static GenerationOptions byName(Map<String, String> options) {
        if (options == null) {
            return DEFAULTS;
        }
        for (String key : options.keySet()) {
            if (!NAMES.contains(key)) {
                throw new IllegalArgumentException(unknown(key));
            }
        }
        return known(options);
    }

    private static GenerationOptions known(Map<String, String> options) {
        return new GenerationOptions(options.get("clientName"));
    }

    private static String unknown(String key) {
        return "unknown option '" + key + "'; known options: " + new TreeSet<>(NAMES);
    }

    /** What is wrong with these options; empty when nothing is. */
    List<SpecProblem> problems() {
        List<SpecProblem> out = new ArrayList<>();
        if (clientName == null) {
            return out;
        }
        if (!JavaNames.typeName(clientName).equals(clientName)) {
            out.add(configProblem("clientName '" + clientName + "' is not a class name this generator writes"
                    + " (UpperCamelCase, no separators); use a name such as " + JavaNames.typeName(clientName)
                    + " or KaloClient"));
        } else if (JavaNames.isJavaLangType(clientName)) {
            out.add(configProblem("clientName '" + clientName + "' would hide java.lang." + clientName
                    + " in the client's package and in code that imports it; use a name such as "
                    + clientName + "Client"));
        } else if (clientName.equals(CLIENT_BUILDER)) {
            out.add(configProblem("clientName '" + clientName + "' is the name of the client's own nested "
                    + CLIENT_BUILDER + " class; use a name such as " + clientName + "Client"));
        }
        return out;
    }

    static SpecProblem configProblem(String message) {
        return new SpecProblem("(configuration)", 0, 0, "", message);
    }
}
