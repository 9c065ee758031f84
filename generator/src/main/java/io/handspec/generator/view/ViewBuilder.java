package io.handspec.generator.view;

import io.handspec.generator.SpecProblem;
import io.handspec.generator.model.ApiModel;
import io.handspec.generator.model.Credential;
import io.handspec.generator.model.Operation;
import io.handspec.generator.model.RetryRules;
import io.handspec.generator.model.SecurityScheme;
import io.handspec.generator.model.Server;
import io.handspec.generator.view.Views.ApiRefView;
import io.handspec.generator.view.Views.ApiView;
import io.handspec.generator.view.Views.AuthView;
import io.handspec.generator.view.Views.ClientView;
import io.handspec.generator.view.Views.FileHeader;
import io.handspec.generator.view.Views.OperationView;
import io.handspec.generator.view.Views.ServerVariableView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Computes, in Java, everything the templates print: names, type spellings, imports, Javadoc and
 * expressions. The result is one {@link SourceFile} per file to write.
 */
public final class ViewBuilder {
    private static final List<String> COMMON_FRAMEWORK = List.of("javax.annotation.processing.Generated",
            "java.lang.Override", "java.lang.String", "java.lang.Object", "java.lang.Deprecated");
    private static final Map<String, List<String>> TYPE_FRAMEWORK = Map.of(
            "model", List.of("com.fasterxml.jackson.annotation.JsonAnySetter", "com.fasterxml.jackson.annotation.JsonProperty",
                    "com.fasterxml.jackson.annotation.JsonValue", "com.fasterxml.jackson.databind.JsonNode",
                    "com.fasterxml.jackson.databind.annotation.JsonDeserialize",
                    "com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder", "java.util.Arrays", "java.util.Collections",
                    "java.util.LinkedHashMap", "java.util.LinkedHashSet", "java.util.Map", "java.util.Objects", "java.util.Set",
                    "java.lang.IllegalStateException"),
            "enum", List.of("com.fasterxml.jackson.annotation.JsonCreator", "com.fasterxml.jackson.annotation.JsonValue",
                    "com.fasterxml.jackson.databind.JsonDeserializer", "com.fasterxml.jackson.databind.annotation.JsonDeserialize",
                    "java.util.Map", "java.util.Objects"),
            "union", List.of("com.fasterxml.jackson.annotation.JsonCreator", "com.fasterxml.jackson.annotation.JsonValue",
                    "com.fasterxml.jackson.databind.JsonNode", "com.fasterxml.jackson.databind.annotation.JsonDeserialize",
                    "com.fasterxml.jackson.databind.JsonDeserializer", "io.handspec.runtime.UnionDeserializer"));
    private static final List<String> API_FRAMEWORK = List.of("io.handspec.runtime.ApiClient",
            "io.handspec.runtime.ApiRequest", "io.handspec.runtime.ApiResponse", "io.handspec.runtime.RequestOptions",
            "io.handspec.runtime.PagedIterable", "java.util.concurrent.CompletableFuture", "java.util.List",
            "java.util.Objects", "javax.annotation.processing.Generated", "java.lang.Deprecated", "io.handspec.runtime.ResponseSpec");
    private static final List<String> CLIENT_FRAMEWORK = List.of("io.handspec.runtime.ApiClient",
            "io.handspec.runtime.ClientConfig", "io.handspec.runtime.Auth", "io.handspec.runtime.Authentication",
            "io.handspec.runtime.SessionAuth", "io.handspec.runtime.RetryPolicy", "java.time.Duration", "java.net.URI",
            "java.util.Map", "java.util.Set", "java.util.LinkedHashMap", "java.util.Objects", "java.util.function.Supplier",
            "java.util.function.UnaryOperator", "javax.annotation.processing.Generated", "java.lang.String",
            "java.lang.Override");
    private static final Pattern SERVER_VARIABLE = Pattern.compile("\\{([^}]+)}");

    private final ApiModel api;
    private final String basePackage;
    private final String modelPackage;
    private final String apiPackage;
    private final String generated;
    private final String clientName;
    private final TypeRegistry registry;
    private final TypeSpeller speller;
    private final List<SpecProblem> warnings;
    private final String specFile;

    /**
     * @param api              the API
     * @param basePackage      package of the client; models go to {@code .model}, API classes to {@code .api}
     * @param clientName       the facade's simple name, or {@code null} to derive it from the title
     * @param generatorVersion written into {@code @Generated}
     * @param specFile         the spec's file, for warnings
     * @param warnings         where warnings go
     */
    public ViewBuilder(ApiModel api, String basePackage, String clientName, String generatorVersion, String specFile,
                       List<SpecProblem> warnings) {
        this.api = api;
        this.basePackage = basePackage;
        this.modelPackage = basePackage + ".model";
        this.apiPackage = basePackage + ".api";
        this.generated = JavaText.literal("io.handspec.generator " + generatorVersion);
        this.clientName = clientName != null ? clientName : JavaNames.typeName(
                (api.title() == null ? "Api" : api.title()).replaceAll("(?i)\\bapi\\b", " ").replaceAll("(?i)\\bv\\d+\\b", " ")) + "Client";
        this.registry = new TypeRegistry(api, modelPackage);
        this.speller = new TypeSpeller(registry, switch (api.timestamps()) {
            case OFFSET -> false;
            case RFC3339 -> true;
        });
        this.warnings = warnings;
        this.specFile = specFile;
    }

    public List<SourceFile> build() {
        List<SourceFile> files = new ArrayList<>();
        ModelViews models = new ModelViews(registry, speller);
        Set<String> modelNames = registry.topLevelNames();
        // each model file depends only on the (read-only) registry: build them on every core, keep their order
        files.addAll(registry.topLevel().parallelStream().map(s -> {
            Set<String> shadowing = new HashSet<>(modelNames);
            Set<String> nestedNames = new HashSet<>(registry.namesInFile(s));
            nestedNames.remove(registry.name(s).simpleName());
            shadowing.addAll(nestedNames);
            ImportCollector imports = new ImportCollector(modelPackage, shadowing, nestedNames);
            Views.TypeView view = models.view(s, imports, false);
            Set<String> framework = new java.util.TreeSet<>(COMMON_FRAMEWORK);
            kinds(view).forEach(kind -> framework.addAll(TYPE_FRAMEWORK.get(kind)));
            return new SourceFile(path(modelPackage, view.className()), header(modelPackage, imports, List.copyOf(framework)), view);
        }).toList());
        Map<String, List<Operation>> byTag = new TreeMap<>();
        for (Operation op : api.operations()) {
            byTag.computeIfAbsent(op.tag(), k -> new ArrayList<>()).add(op);
        }
        NameAllocator apiNames = new NameAllocator(Set.of(clientName));
        NameAllocator accessors = new NameAllocator(Set.of("builder", "toBuilder", "config", "withOptions", "apiClient",
                "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize"));
        List<ApiRefView> refs = new ArrayList<>();
        List<String[]> apiClasses = new ArrayList<>();
        for (String tag : byTag.keySet()) {
            String className = apiNames.allocate(JavaNames.typeName(tag) + "Api");
            apiClasses.add(new String[] {tag, className});
        }
        Set<String> apiClassNames = new HashSet<>();
        apiClasses.forEach(a -> apiClassNames.add(a[1]));
        for (String[] apiClass : apiClasses) {
            String className = apiClass[1];
            List<Operation> ops = byTag.get(apiClass[0]);
            NameAllocator methods = new NameAllocator(ApiViews.RESERVED_METHODS);
            NameAllocator nested = new NameAllocator(Set.of(className));
            List<String[]> names = new ArrayList<>();
            for (Operation op : ops) {
                String base = JavaNames.memberName(op.operationId());
                String name = base;
                for (int i = 2; methods.isTaken(name) || methods.isTaken(name + "WithResponse") || methods.isTaken(name + "Async")
                        || methods.isTaken(name + "Request"); i++) {
                    name = base + i;
                }
                methods.reserve(name);
                methods.reserve(name + "WithResponse");
                methods.reserve(name + "Async");
                methods.reserve(name + "Request");
                names.add(new String[] {name, nested.allocate(JavaNames.typeName(name) + "Params")});
            }
            Set<String> shadowing = new HashSet<>(apiClassNames);
            names.forEach(n -> shadowing.add(n[1]));
            ImportCollector imports = new ImportCollector(apiPackage, shadowing);
            ApiViews apiViews = new ApiViews(registry, speller, warnings, specFile);
            List<OperationView> operations = new ArrayList<>();
            for (int i = 0; i < ops.size(); i++) {
                operations.add(apiViews.operation(ops.get(i), names.get(i)[0], names.get(i)[1], imports));
            }
            List<String> javadoc = List.of("Operations tagged <code>" + JavaText.escapeDoc(apiClass[0])
                    + "</code>. Thread-safe; reach it from the client facade.");
            files.add(new SourceFile(path(apiPackage, className), header(apiPackage, imports, API_FRAMEWORK),
                    new ApiView(className, javadoc, operations)));
            refs.add(new ApiRefView(accessors.allocate(JavaNames.memberName(apiClass[0])), apiPackage + "." + className));
        }
        files.add(client(refs));
        return files;
    }

    private static Set<String> kinds(Views.TypeView view) {
        Set<String> out = new HashSet<>();
        out.add(view.template());
        view.nested().forEach(child -> out.addAll(kinds(child)));
        return out;
    }

    private SourceFile client(List<ApiRefView> refs) {
        ImportCollector imports = new ImportCollector(basePackage, Set.of(clientName, "Builder"));
        List<ApiRefView> apis = new ArrayList<>();
        for (ApiRefView r : refs) {
            apis.add(new ApiRefView(r.accessor(), imports.spell(r.type())));
        }
        Server server = api.servers().isEmpty() ? new Server("http://localhost", "", Map.of()) : api.servers().get(0);
        String defaultUri = server.url();
        List<ServerVariableView> variables = new ArrayList<>();
        NameAllocator builderMethods = new NameAllocator(Set.of("baseUri", "build", "config", "retryPolicy", "authentication",
                "transport", "header", "listener"));
        Matcher m = SERVER_VARIABLE.matcher(server.url());
        while (m.find()) {
            String var = m.group(1);
            defaultUri = defaultUri.replace("{" + var + "}", server.variables().getOrDefault(var, ""));
            variables.add(new ServerVariableView(builderMethods.allocate(JavaNames.memberName(var)), JavaText.literal(var),
                    JavaText.literal(server.variables().getOrDefault(var, "")),
                    List.of("Sets the server variable <code>" + JavaText.escapeDoc(var) + "</code> of <code>"
                            + JavaText.escapeDoc(server.url()) + "</code>.")));
        }
        List<AuthView> auths = new ArrayList<>();
        for (SecurityScheme s : api.securitySchemes()) {
            auths.addAll(auth(s, builderMethods.allocate(JavaNames.memberName(s.key())), imports));
        }
        List<String> javadoc = new ArrayList<>();
        javadoc.add("Client for " + JavaText.escapeDoc(api.title() + " " + api.version()).strip() + ".");
        List<String> description = JavaText.javadoc(api.description());
        if (!description.isEmpty()) {
            javadoc.add("<p>");
            javadoc.addAll(description);
        }
        List<Views.HeaderView> headers = new ArrayList<>();
        api.headers().forEach((k, v) -> headers.add(new Views.HeaderView(JavaText.literal(k), JavaText.literal(v))));
        String userAgent = JavaText.literal(JavaNames.memberName(clientName) + "/" + api.version() + " handspec");
        return new SourceFile(path(basePackage, clientName), header(basePackage, imports, CLIENT_FRAMEWORK),
                new ClientView(clientName, javadoc, JavaText.literal(defaultUri), JavaText.literal(server.url()), variables,
                        apis, auths, retry(api.retry(), imports), userAgent, headers));
    }

    private List<AuthView> auth(SecurityScheme s, String name, ImportCollector imports) {
        String auth = imports.spell("io.handspec.runtime.Auth");
        String string = imports.spell("java.lang.String");
        List<String> doc = new ArrayList<>(JavaText.javadoc(s.description()));
        if (doc.isEmpty()) {
            doc.add("Credential of security scheme {@code " + JavaText.escapeDoc(s.key()) + "}.");
        }
        String basic = auth + ".basic(user, password)";
        String userPassword = string + " user, " + string + " password";
        return s.credential().match(new Credential.Cases<List<AuthView>>() {
            @Override
            public List<AuthView> apiKey(Credential.ApiKey k) {
                String expr = switch (k.in()) {
                    case QUERY -> auth + ".apiKeyQuery(" + JavaText.literal(k.name()) + ", key)";
                    case COOKIE -> auth + ".apiKeyHeader(\"Cookie\", " + JavaText.literal(k.name() + "=") + " + key)";
                    case HEADER -> auth + ".apiKeyHeader(" + JavaText.literal(k.name()) + ", key)";
                };
                return List.of(new AuthView(name, string + " key", expr, doc));
            }

            @Override
            public List<AuthView> basic(Credential.Basic b) {
                return List.of(new AuthView(name, userPassword, basic, doc));
            }

            @Override
            public List<AuthView> basicFixedPassword(Credential.BasicFixedPassword b) {
                return List.of(new AuthView(name, string + " token", auth + ".basic(token, " + JavaText.literal(b.password()) + ")", doc));
            }

            @Override
            public List<AuthView> basicTokenOnly(Credential.BasicTokenOnly b) {
                return List.of(new AuthView(name, string + " token", auth + ".basicToken(token)", doc));
            }

            @Override
            public List<AuthView> bearer(Credential.Bearer b) {
                return bearerForms();
            }

            @Override
            public List<AuthView> oauth2(Credential.OAuth2 o) {
                return bearerForms();
            }

            @Override
            public List<AuthView> session(Credential.Session session) {
                return List.of(new AuthView(name, userPassword, "new " + imports.spell("io.handspec.runtime.SessionAuth") + "(" + basic
                        + ", " + JavaText.literal(session.header()) + ", " + JavaText.literal(session.bodyField()) + ", "
                        + session.expiredStatus() + ")", doc));
            }

            private List<AuthView> bearerForms() {
                List<String> supplierDoc = new ArrayList<>(doc);
                supplierDoc.add("<p>The supplier is asked before every request, so it can refresh an expiring token.");
                return List.of(new AuthView(name, string + " token", auth + ".bearer(token)", doc),
                        new AuthView(name, imports.spell("java.util.function.Supplier") + "<" + string + "> tokens",
                                auth + ".bearer(tokens)", supplierDoc));
            }
        });
    }

    private static String retry(RetryRules r, ImportCollector imports) {
        String policy = imports.spell("io.handspec.runtime.RetryPolicy");
        if (r == null) {
            return policy + ".defaults()";
        }
        String duration = imports.spell("java.time.Duration");
        String set = imports.spell("java.util.Set");
        StringBuilder s = new StringBuilder(policy + ".builder()");
        s.append("\n                .maxAttempts(").append(r.maxAttempts()).append(')');
        s.append("\n                .initialDelay(").append(duration).append(".ofMillis(").append(r.initialDelayMs()).append("))");
        s.append("\n                .maxDelay(").append(duration).append(".ofMillis(").append(r.maxDelayMs()).append("))");
        s.append("\n                .retryStatuses(").append(set).append(".of(").append(join(r.statuses())).append("))");
        s.append("\n                .retryServerErrors(").append(r.serverErrors()).append(')');
        s.append("\n                .neverRetry(").append(set).append(".of(").append(join(r.never())).append("))");
        s.append("\n                .respectRetryAfter(").append(r.retryAfter()).append(')');
        r.minimumDelayMs().forEach((status, ms) -> s.append("\n                .minimumDelay(").append(status).append(", ")
                .append(duration).append(".ofMillis(").append(ms).append("))"));
        s.append("\n                .retryNetworkErrors(").append(r.networkErrors()).append(')');
        s.append("\n                .idempotentOnly(").append(r.idempotentOnly()).append(')');
        s.append("\n                .build()");
        return s.toString();
    }

    private static String join(List<Integer> values) {
        return String.join(", ", values.stream().sorted().map(String::valueOf).toList());
    }

    private FileHeader header(String packageName, ImportCollector imports, List<String> framework) {
        Map<String, String> t = imports.spellAll(framework);
        return new FileHeader(packageName, imports.imports(), t, generated);
    }

    private static String path(String packageName, String className) {
        return packageName.replace('.', '/') + "/" + className + ".java";
    }
}
