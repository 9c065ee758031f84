package io.handspec.generator.changes;

import io.handspec.generator.model.SecurityScheme;
import io.handspec.generator.model.Server;
import io.handspec.generator.spec.SpecPlaces;
import io.handspec.generator.view.JavaSurface;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** What changed in the client facade: its name, its server, its credentials, its retry rules. */
final class ClientDiff {
    private final Side before;
    private final Side after;
    private final Found found;
    private final String client;

    ClientDiff(Side before, Side after, Found found) {
        this.before = before;
        this.after = after;
        this.found = found;
        this.client = after.java().clientClass();
    }

    void run() {
        if (!before.java().clientClass().equals(client)) {
            found.breaking(
                    ChangeKind.CLIENT_RENAMED,
                    "/info/title",
                    "client class " + before.java().clientClass() + " renamed to " + client,
                    "code that builds the client names its class; set the clientName option to keep the old name");
        }
        if (before.model().timestamps() != after.model().timestamps()) {
            found.breaking(
                    ChangeKind.TIMESTAMPS_CHANGED,
                    "/x-handspec-timestamps",
                    "date-time values typed as " + timestamps(after) + " instead of " + timestamps(before),
                    "every date-time property and parameter changes its Java type");
        }
        if (!before.model().headers().equals(after.model().headers())) {
            found.compatible(
                    ChangeKind.HEADERS_CHANGED,
                    "/x-handspec-headers",
                    "headers every request of " + client + " sends: "
                            + new java.util.TreeMap<>(after.model().headers()),
                    "sent by the client on its own; no Java signature changes");
        }
        servers();
        security();
        if (!Objects.equals(before.model().retry(), after.model().retry())) {
            found.compatible(
                    ChangeKind.RETRY_CHANGED,
                    "/x-handspec-retry",
                    "retry policy of " + client + " changed",
                    "the runtime retries differently; no Java signature changes");
        }
    }

    private static String timestamps(Side side) {
        return switch (side.model().timestamps()) {
            case OFFSET -> "OffsetDateTime";
            case RFC3339 -> "Timestamp";
        };
    }

    private void servers() {
        Server was = first(before);
        Server now = first(after);
        if (!was.url().equals(now.url())) {
            found.compatible(
                    ChangeKind.SERVER_URL_CHANGED,
                    "/servers/0/url",
                    client + "'s default server changed from " + was.url() + " to " + now.url(),
                    "the base URL is data; code that sets its own base URL is not affected");
        }
        for (String name : new TreeSet<>(was.variables().keySet())) {
            String builder = client + ".Builder." + JavaSurface.memberName(name) + "(String)";
            String pointer = "/servers/0/variables/" + SpecPlaces.escape(name);
            if (!now.variables().containsKey(name)) {
                found.breaking(
                        ChangeKind.SERVER_VARIABLE_REMOVED,
                        pointer,
                        "server variable method " + builder + " removed",
                        "code that sets the variable calls a method that no longer exists");
                continue;
            }
            List<String> allowedBefore = was.allowed().getOrDefault(name, List.of());
            List<String> allowedNow = now.allowed().getOrDefault(name, List.of());
            boolean narrowed =
                    !allowedNow.isEmpty() && (allowedBefore.isEmpty() || !allowedNow.containsAll(allowedBefore));
            if (!allowedBefore.equals(allowedNow)
                    || !was.variables().get(name).equals(now.variables().get(name))) {
                found.add(
                        ChangeKind.SERVER_VARIABLE_VALUES_CHANGED,
                        narrowed,
                        pointer,
                        "values of server variable " + builder + ": default "
                                + now.variables().get(name) + (allowedNow.isEmpty() ? "" : ", one of " + allowedNow),
                        narrowed
                                ? "a value the code may set is no longer allowed: build() refuses it"
                                : "every value allowed before is still allowed");
            }
        }
        for (String name : new TreeSet<>(now.variables().keySet())) {
            if (!was.variables().containsKey(name)) {
                boolean mustSet = now.exampleOnly().contains(name);
                found.add(
                        ChangeKind.SERVER_VARIABLE_ADDED,
                        mustSet,
                        "/servers/0/variables/" + SpecPlaces.escape(name),
                        "server variable method " + client + ".Builder." + JavaSurface.memberName(name)
                                + "(String) added" + (mustSet ? ", to be called" : ""),
                        mustSet
                                ? "its value is only an example: build() fails until the code sets it"
                                : "it has a default; code that does not set it works as before");
            }
        }
    }

    private static Server first(Side side) {
        return side.model().servers().isEmpty()
                ? new Server("http://localhost", "", Map.of())
                : side.model().servers().get(0);
    }

    private void security() {
        Map<String, SecurityScheme> was = schemes(before);
        Map<String, SecurityScheme> now = schemes(after);
        for (Map.Entry<String, SecurityScheme> e : was.entrySet()) {
            String pointer = "/components/securitySchemes/" + SpecPlaces.escape(e.getKey());
            String method = client + ".Builder." + JavaSurface.memberName(e.getKey());
            SecurityScheme next = now.get(e.getKey());
            if (next == null) {
                found.breaking(
                        ChangeKind.SECURITY_SCHEME_REMOVED,
                        pointer,
                        "credential method " + method + " removed",
                        "code that passes this credential calls a method that no longer exists");
            } else if (!form(e.getValue()).equals(form(next))) {
                found.breaking(
                        ChangeKind.SECURITY_SCHEME_CHANGED,
                        pointer,
                        "credential method " + method + " now takes a " + form(next) + " credential instead of "
                                + form(e.getValue()),
                        "the credential the code passes is of another kind (its arguments or meaning changed)");
            } else if (!e.getValue().credential().equals(next.credential())) {
                found.compatible(
                        ChangeKind.SECURITY_SCHEME_CHANGED,
                        pointer,
                        "credential method " + method + " sends its " + form(next) + " credential differently: "
                                + next.credential(),
                        "the same credential is sent elsewhere on the wire; the method is unchanged");
            }
        }
        for (String key : now.keySet()) {
            if (!was.containsKey(key)) {
                found.compatible(
                        ChangeKind.SECURITY_SCHEME_ADDED,
                        "/components/securitySchemes/" + SpecPlaces.escape(key),
                        "credential method " + client + ".Builder." + JavaSurface.memberName(key) + " added",
                        "a new way to authenticate; existing calls still compile");
            }
        }
    }

    private static Map<String, SecurityScheme> schemes(Side side) {
        Map<String, SecurityScheme> out = new LinkedHashMap<>();
        side.model().securitySchemes().forEach(s -> out.put(s.key(), s));
        return out;
    }

    /** The credential's form, such as {@code ApiKey} or {@code Bearer}. */
    private static String form(SecurityScheme s) {
        return s.credential().getClass().getSimpleName();
    }
}
