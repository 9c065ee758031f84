package io.handspec.generator.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.handspec.generator.render.TemplateRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The reserved names of {@link TemplateNames} are checked against the templates themselves: each
 * template is scanned for the members, nested types and locals it declares, and every one that a
 * spec name could become in that scope must be reserved there. Adding a member to a template
 * without reserving it fails here, before a spec that uses the name fails to compile.
 */
class TemplateNamesTest {
    /** Where spec names land in each class of each template, and how they are spelled there. */
    private record Scope(Set<String> reserved, UnaryOperator<String> naming) {}

    private static final Scope NONE = new Scope(Set.of(), name -> null);
    private static final Map<String, Map<String, Scope>> SCOPES = Map.ofEntries(
            Map.entry("operation-view.mustache", Map.of()),
            Map.entry("operation-arguments.mustache", Map.of()),
            Map.entry("operation-parameters.mustache", Map.of()),
            Map.entry("file.mustache", Map.of()),
            Map.entry("errors.mustache", Map.of("§", new Scope(Set.of("of"), JavaNames::memberName))),
            Map.entry(
                    "multipart.mustache",
                    Map.of("§", NONE, "§/Builder", new Scope(TemplateNames.FORM_MEMBERS, JavaNames::memberName))),
            Map.entry("union.mustache", Map.of("§", NONE, "§/§", NONE, "§/Json", NONE)),
            Map.entry(
                    "api.mustache",
                    Map.ofEntries(
                            Map.entry("§", new Scope(TemplateNames.API_MEMBERS, JavaNames::memberName)),
                            Map.entry("§/§", new Scope(TemplateNames.PARAMS_MEMBERS, JavaNames::memberName)),
                            Map.entry("§/Raw", new Scope(TemplateNames.API_MEMBERS, JavaNames::memberName)),
                            Map.entry("§/Async", new Scope(TemplateNames.API_MEMBERS, JavaNames::memberName)),
                            Map.entry("§/AsyncRaw", new Scope(TemplateNames.API_MEMBERS, JavaNames::memberName)),
                            Map.entry("§/§/Builder", new Scope(TemplateNames.PARAMS_MEMBERS, JavaNames::memberName)))),
            Map.entry(
                    "client.mustache",
                    Map.of(
                            "§", new Scope(TemplateNames.CLIENT_MEMBERS, JavaNames::memberName),
                            "§/Builder", new Scope(TemplateNames.CLIENT_BUILDER_MEMBERS, JavaNames::memberName))),
            Map.entry(
                    "model.mustache",
                    Map.of(
                            "§", new Scope(TemplateNames.MODEL_MEMBERS, JavaNames::memberName),
                            "§/Builder", new Scope(TemplateNames.MODEL_MEMBERS, JavaNames::memberName))),
            Map.entry(
                    "enum.mustache",
                    Map.of(
                            "§", new Scope(TemplateNames.ENUM_CONSTANTS, JavaNames::constantName),
                            "§/Known", new Scope(TemplateNames.ENUM_CONSTANTS, JavaNames::constantName))));

    @Test
    void everyClassOfEveryTemplateHasAKnownScope() throws Exception {
        for (String template : TemplateRenderer.templateNames()) {
            Set<String> found =
                    TemplateSource.declarations(TemplateSource.read(template)).keySet();
            assertEquals(
                    new TreeSet<>(SCOPES.get(template).keySet()),
                    new TreeSet<>(found),
                    template + ": decide which spec names reach each class it declares");
        }
    }

    @Test
    void everyMemberATemplateDeclaresIsReservedWhereASpecNameCouldTakeIt() throws Exception {
        Map<String, List<String>> missing = new TreeMap<>();
        for (String template : TemplateRenderer.templateNames()) {
            TemplateSource.declarations(TemplateSource.read(template)).forEach((path, declared) -> {
                Scope scope = SCOPES.get(template).getOrDefault(path, NONE);
                for (String member : declared.members()) {
                    if (member.equals(scope.naming().apply(member))
                            && !scope.reserved().contains(member)) {
                        missing.computeIfAbsent(template + " " + path, k -> new ArrayList<>())
                                .add(member);
                    }
                }
            });
        }
        assertEquals(Map.of(), missing);
    }

    @Test
    void everyNestedTypeATemplateDeclaresIsReserved() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String template : List.of("model.mustache", "enum.mustache", "union.mustache")) {
            TemplateSource.declarations(TemplateSource.read(template))
                    .forEach((path, declared) -> declared.types().stream()
                            .filter(type ->
                                    !type.contains(TemplateSource.HOLE) && !TemplateNames.NESTED_TYPES.contains(type))
                            .forEach(type -> missing.add(template + " " + path + ": " + type)));
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyLocalBesideRequiredParametersIsReserved() throws Exception {
        Set<String> locals = new TreeSet<>();
        TemplateSource.declarations(TemplateSource.read("api.mustache"))
                .values()
                .forEach(d -> locals.addAll(d.specLocals()));
        locals.removeIf(local -> !local.equals(JavaNames.memberName(local)));
        assertEquals(
                Set.of(), difference(locals, TemplateNames.API_LOCALS), "api.mustache locals beside {{signature}}");
        for (String template : List.of("model.mustache", "enum.mustache", "union.mustache", "client.mustache")) {
            TemplateSource.declarations(TemplateSource.read(template))
                    .values()
                    .forEach(d -> assertEquals(
                            Set.of(), d.specLocals(), template + " takes no parameters named from the spec"));
        }
    }

    @Test
    void typesInheritedByGeneratedClassesAreReserved() {
        Set<String> inherited = new TreeSet<>();
        for (Class<?> parent :
                List.<Class<?>>of(io.handspec.runtime.UnionDeserializer.class, io.handspec.runtime.WireValue.class)) {
            for (Class<?> member : parent.getClasses()) {
                inherited.add(member.getSimpleName());
            }
        }
        assertEquals(
                Set.of(),
                difference(inherited, TemplateNames.union(TemplateNames.INHERITED_TYPES, TemplateNames.NESTED_TYPES)));
    }

    @Test
    void packageRootsCoverEveryPackageTheFrameworkTypesLiveIn() {
        assertEquals(Set.of("com", "io", "java", "javax", "org"), TemplateNames.packageRoots("org.example"));
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }
}
