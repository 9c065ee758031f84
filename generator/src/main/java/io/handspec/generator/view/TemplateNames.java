package io.handspec.generator.view;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The identifiers the built-in templates declare themselves, by the scope in which a name made
 * from spec text meets them. A spec name allocated in a scope never takes one of these, so a
 * property, tag or parameter can be called {@code client}, {@code present} or {@code build}.
 * {@code TemplateNamesTest} scans every template for the identifiers it declares and fails when
 * one is missing here.
 *
 * <p>Names that only appear as locals of a template method whose body reaches spec-named
 * members through {@code this.}, {@code b.} or {@code other.} need no reservation.
 */
final class TemplateNames {
    /** Methods every class inherits from {@code Object}. */
    static final Set<String> OBJECT_METHODS =
            Set.of("equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");
    /** Nested types the templates declare: a model's {@code Builder}, an enum's {@code Known}, a union's {@code Json}. */
    static final Set<String> NESTED_TYPES = Set.of("Builder", "Known", "Json");
    /**
     * Member types a union's {@code Json} inherits ({@code UnionDeserializer.Variant}, {@code JsonDeserializer.None}):
     * inside it they hide same-named types of the model package.
     */
    static final Set<String> INHERITED_TYPES = Set.of("Variant", "None");

    /**
     * {@code model.mustache}: members of the model and of its builder, each property becoming both,
     * with those they inherit from the runtime's {@code Model} and {@code ModelBuilder}.
     */
    static final Set<String> MODEL_MEMBERS = with(
            OBJECT_METHODS,
            "get",
            "valueAt",
            "set",
            "builder",
            "toBuilder",
            "isSet",
            "additionalProperties",
            "toJson",
            "additionalProperty",
            "unset",
            "build");
    /** {@code enum.mustache}: the static field beside the constants (its other members are lower case). */
    static final Set<String> ENUM_CONSTANTS = Set.of("KNOWN");
    /**
     * {@code api.mustache}: members of an API class and of its views beside the operations' methods
     * (a view's methods are named after the operations too).
     */
    static final Set<String> API_MEMBERS = with(OBJECT_METHODS, "client", "withRawResponse", "async");
    /** {@code api.mustache}: the views an API class declares, nested in it beside the optional-parameters classes. */
    static final Set<String> API_VIEWS = Set.of("Raw", "Async", "AsyncRaw");
    /** {@code api.mustache}: parameters and locals of an operation's methods beside its required parameters. */
    static final Set<String> API_LOCALS = Set.of("params", "options", "p");
    /** {@code api.mustache}: members of an optional-parameters class and of its builder. */
    static final Set<String> PARAMS_MEMBERS = with(OBJECT_METHODS, "builder", "build");

    /** Members of a multipart request's builder ({@code multipart.mustache}), where part methods go. */
    static final Set<String> FORM_MEMBERS = with(OBJECT_METHODS, "build", "parts");
    /** {@code client.mustache}: members of the facade beside the API accessors. */
    static final Set<String> CLIENT_MEMBERS = with(
            OBJECT_METHODS, "DEFAULT_BASE_URI", "client", "builder", "defaultRetryPolicy", "config", "withOptions");
    /** {@code client.mustache}: members of the facade's builder beside server variable and credential methods. */
    static final Set<String> CLIENT_BUILDER_MEMBERS = with(
            OBJECT_METHODS,
            "config",
            "serverVariables",
            "baseUriSet",
            "baseUri",
            "authentication",
            "retryPolicy",
            "build",
            "server");

    private TemplateNames() {}

    /**
     * The first segments of every package generated code may spell a fully qualified name in:
     * the framework's and the generated packages'. A field, parameter or local of that name would
     * obscure the package ({@code java.util.Objects.equals(..)} then means a field {@code java}).
     */
    static Set<String> packageRoots(String basePackage) {
        Set<String> roots = new HashSet<>(FrameworkTypes.packageRoots());
        roots.add(basePackage.split("\\.", 2)[0]);
        return Set.copyOf(roots);
    }

    /** The sets in one. */
    @SafeVarargs
    static Set<String> union(Set<String>... sets) {
        Set<String> out = new HashSet<>();
        for (Set<String> s : sets) {
            out.addAll(s);
        }
        return out;
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> out = new HashSet<>(base);
        out.addAll(List.of(more));
        return Set.copyOf(out);
    }
}
