package io.handspec.generator.spec;

import io.handspec.generator.model.Server;
import io.swagger.v3.oas.models.OpenAPI;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code servers}: a URL must be a URL once its {@code {variables}} are replaced by their
 * defaults, and every variable it uses must be declared and every declared one used.
 */
final class ServerReader {
    static final String X_EXAMPLE = "x-handspec-example";
    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]*)}");

    private final Problems problems;

    ServerReader(Problems problems) {
        this.problems = problems;
    }

    List<Server> read(OpenAPI api) {
        List<Server> out = new ArrayList<>();
        if (api.getServers() == null) {
            return out;
        }
        for (int i = 0; i < api.getServers().size(); i++) {
            io.swagger.v3.oas.models.servers.Server s = api.getServers().get(i);
            String pointer = "/servers/" + i;
            Map<String, String> vars = new TreeMap<>();
            Map<String, List<String>> allowed = new TreeMap<>();
            Set<String> exampleOnly = new TreeSet<>();
            if (s.getVariables() != null) {
                s.getVariables().forEach((k, v) -> {
                    vars.put(k, v.getDefault() == null ? "" : v.getDefault());
                    if (v.getEnum() != null && !v.getEnum().isEmpty()) {
                        allowed.put(k, List.copyOf(v.getEnum()));
                    }
                    Object example = v.getExtensions() == null
                            ? null
                            : ExtensionValues.plain(v.getExtensions().get(X_EXAMPLE));
                    if (Boolean.TRUE.equals(example)) {
                        exampleOnly.add(k);
                    } else if (example != null && !Boolean.FALSE.equals(example)) {
                        problems.error(
                                pointer + "/variables/" + SourceIndex.escape(k) + "/" + X_EXAMPLE,
                                X_EXAMPLE + " must be true or false");
                    }
                });
            }
            String url = s.getUrl() == null ? "" : s.getUrl();
            if (check(url, vars, pointer)) {
                out.add(new Server(url, s.getDescription(), vars, allowed, exampleOnly));
            }
        }
        return out;
    }

    private boolean check(String url, Map<String, String> vars, String pointer) {
        int before = problems.errors().size();
        if (url.contains("{{") || url.contains("}}")) {
            problems.error(
                    pointer + "/url",
                    "the URL '" + url + "' has double braces; write each variable as {name} "
                            + "(not {{name}}) and declare it under variables with a default");
            return false;
        }
        Set<String> used = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(url);
        StringBuilder resolved = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            used.add(name);
            if (!vars.containsKey(name)) {
                problems.error(
                        pointer + "/url",
                        "the URL uses {" + name + "} but the server declares no such variable; "
                                + "add it under variables with a default, or correct the name");
            }
            m.appendReplacement(resolved, Matcher.quoteReplacement(vars.getOrDefault(name, "x")));
        }
        m.appendTail(resolved);
        for (String declared : vars.keySet()) {
            if (!used.contains(declared)) {
                problems.error(
                        pointer + "/variables/" + SourceIndex.escape(declared),
                        "variable '" + declared + "' is declared but the URL does not use it; use {" + declared
                                + "} in the URL or remove it");
            }
        }
        String text = resolved.toString();
        if (VARIABLE.matcher(url).replaceAll("").matches(".*[{}].*")) {
            problems.error(
                    pointer + "/url",
                    "the URL '" + url + "' has a brace that is not part of a {variable}; "
                            + "write each variable as {name} and declare it under variables");
        } else {
            try {
                URI uri = new URI(text);
                if (uri.isAbsolute()
                        && !"http".equalsIgnoreCase(uri.getScheme())
                        && !"https".equalsIgnoreCase(uri.getScheme())) {
                    problems.error(pointer + "/url", "the URL '" + url + "' must use http or https");
                }
            } catch (URISyntaxException e) {
                problems.error(
                        pointer + "/url",
                        "the URL '" + url + "' is not a URL once its variables take their defaults (" + e.getReason()
                                + " at index " + e.getIndex() + "); encode spaces and other special characters");
            }
        }
        return problems.errors().size() == before;
    }
}
