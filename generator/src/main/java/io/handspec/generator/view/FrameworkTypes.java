package io.handspec.generator.view;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every class outside the generated packages that templates spell through {@code {{t.Name}}}, by
 * simple name. A file imports one of them only when its rendering reads it ({@link TypeNames}).
 */
final class FrameworkTypes {
    private static final List<String> CANONICAL = List.of(
            "com.fasterxml.jackson.annotation.JsonAnySetter",
            "com.fasterxml.jackson.annotation.JsonCreator",
            "com.fasterxml.jackson.annotation.JsonProperty",
            "com.fasterxml.jackson.annotation.JsonValue",
            "com.fasterxml.jackson.core.type.TypeReference",
            "com.fasterxml.jackson.databind.JsonDeserializer",
            "com.fasterxml.jackson.databind.JsonNode",
            "com.fasterxml.jackson.databind.annotation.JsonDeserialize",
            "com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder",
            "io.handspec.runtime.ApiClient",
            "io.handspec.runtime.ApiException",
            "io.handspec.runtime.ApiRequest",
            "io.handspec.runtime.ApiResponse",
            "io.handspec.runtime.Auth",
            "io.handspec.runtime.Authentication",
            "io.handspec.runtime.ClientConfig",
            "io.handspec.runtime.EnumIndex",
            "io.handspec.runtime.Model",
            "io.handspec.runtime.ModelBuilder",
            "io.handspec.runtime.ModelType",
            "io.handspec.runtime.OpenEnum",
            "io.handspec.runtime.MultipartBody",
            "io.handspec.runtime.PagedIterable",
            "io.handspec.runtime.RequestOptions",
            "io.handspec.runtime.ResponseSpec",
            "io.handspec.runtime.RetryPolicy",
            "io.handspec.runtime.ServerTemplate",
            "io.handspec.runtime.SessionAuth",
            "io.handspec.runtime.UnionDeserializer",
            "io.handspec.runtime.WireValue",
            "java.lang.Deprecated",
            "java.lang.IllegalStateException",
            "java.lang.Object",
            "java.lang.Override",
            "java.lang.String",
            "java.net.URI",
            "java.time.Duration",
            "java.util.Arrays",
            "java.util.Collections",
            "java.util.HashMap",
            "java.util.LinkedHashMap",
            "java.util.LinkedHashSet",
            "java.util.List",
            "java.util.Map",
            "java.util.Objects",
            "java.util.Optional",
            "java.util.Set",
            "java.util.concurrent.CompletableFuture",
            "java.util.function.Supplier",
            "java.util.function.UnaryOperator",
            "javax.annotation.processing.Generated");
    /**
     * Packages the views spell types of besides those above (scalars, runtime helpers in expressions);
     * only their first segments matter, for {@link #packageRoots()}.
     */
    private static final List<String> OTHER_PACKAGES =
            List.of("java.math", "java.time", "java.util", "io.handspec.runtime", "com.fasterxml.jackson.databind");

    private static final Map<String, ClassName> BY_SIMPLE_NAME = bySimpleName();

    private FrameworkTypes() {}

    /** The class templates mean by {@code {{t.simpleName}}}, or {@code null}. */
    static ClassName named(String simpleName) {
        return BY_SIMPLE_NAME.get(simpleName);
    }

    /** The simple names templates may read from {@code t}, sorted. */
    static Set<String> simpleNames() {
        return BY_SIMPLE_NAME.keySet();
    }

    /** The first segment of every package a framework type lives in: {@code java}, {@code javax}, {@code com}, {@code io}. */
    static Set<String> packageRoots() {
        Set<String> roots = new HashSet<>();
        BY_SIMPLE_NAME.values().forEach(c -> roots.add(c.packageName().split("\\.", 2)[0]));
        OTHER_PACKAGES.forEach(p -> roots.add(p.split("\\.", 2)[0]));
        return roots;
    }

    private static Map<String, ClassName> bySimpleName() {
        Map<String, ClassName> out = new TreeMap<>();
        for (String canonical : CANONICAL) {
            ClassName name = ClassName.parse(canonical);
            if (out.put(name.simpleName(), name) != null) {
                throw new IllegalStateException("two framework types named " + name.simpleName());
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
