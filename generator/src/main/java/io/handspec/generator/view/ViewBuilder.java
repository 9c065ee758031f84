package io.handspec.generator.view;

import io.handspec.generator.SpecProblem;
import io.handspec.generator.model.ApiModel;
import io.handspec.generator.model.Credential;
import io.handspec.generator.model.EnumSchema;
import io.handspec.generator.model.Operation;
import io.handspec.generator.model.RetryRules;
import io.handspec.generator.model.Schema;
import io.handspec.generator.model.SecurityScheme;
import io.handspec.generator.model.Server;
import io.handspec.generator.model.UnionSchema;
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
    private static final Pattern SERVER_VARIABLE = Pattern.compile("\\{([^}]+)}");

    private final ApiModel api;
    private final String basePackage;
    private final String modelPackage;
    private final String apiPackage;
    private final Code generated;
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
    public ViewBuilder(
            ApiModel api,
            String basePackage,
            String clientName,
            String generatorVersion,
            String specFile,
            List<SpecProblem> warnings) {
        this.api = api;
        this.basePackage = basePackage;
        this.modelPackage = basePackage + ".model";
        this.apiPackage = basePackage + ".api";
        this.generated = Code.literal("io.handspec.generator " + generatorVersion);
        this.clientName = clientName != null
                ? clientName
                : JavaNames.typeName((api.title() == null ? "Api" : api.title())
                                .replaceAll("(?i)\\bapi\\b", " ")
                                .replaceAll("(?i)\\bv\\d+\\b", " "))
                        + "Client";
        this.registry = new TypeRegistry(api, modelPackage, prefix(this.clientName));
        this.speller = new TypeSpeller(
                registry,
                switch (api.timestamps()) {
                    case OFFSET -> false;
                    case RFC3339 -> true;
                });
        this.warnings = warnings;
        this.specFile = specFile;
    }

    public List<SourceFile> build() {
        for (Schema s : api.schemas()) {
            if (s instanceof EnumSchema e && TypeRegistry.tooLargeForClass(e)) {
                warnings.add(new SpecProblem(
                        specFile,
                        0,
                        0,
                        "",
                        "enum " + s.name() + " has " + e.values().size()
                                + " values, more than " + TypeRegistry.MAX_ENUM_CONSTANTS
                                + " fit in one class; it is typed as its "
                                + "scalar type, so any value is accepted. Split it, or leave it as it is"));
            }
        }
        registry.renamed().forEach((s, hiding) -> {
            boolean component = api.schemas().contains(s);
            String javaName = registry.name(s).simpleName();
            warnings.add(new SpecProblem(
                    specFile,
                    0,
                    0,
                    component ? componentPointer(s) : "",
                    (component ? "schema '" + s.name() + "'" : "inline schema '" + s.name() + "'")
                            + " becomes class " + javaName + ": " + hiding + " would hide java.lang." + hiding
                            + " in code that imports the model package. "
                            + (component
                                    ? "Rename the schema to choose another name"
                                    : "Make it a component schema to choose another name")));
        });
        registry.numbered().forEach(n -> warnings.add(numberedWarning(n, registry.isComponent(n.schema()))));
        List<SourceFile> files = new ArrayList<>();
        ModelViews models = new ModelViews(registry, speller, TemplateNames.packageRoots(basePackage));
        Set<String> modelNames = registry.topLevelNames();
        // each model file depends only on the (read-only) registry: build them on every core, keep their order
        files.addAll(registry.topLevel().parallelStream()
                .map(s -> {
                    Set<String> nestedNames = new HashSet<>(registry.namesInFile(s));
                    nestedNames.remove(registry.name(s).simpleName());
                    // the templates' own nested types, and inside a union's deserializer the types it inherits, hide
                    // model types too
                    nestedNames.addAll(TemplateNames.NESTED_TYPES);
                    if (containsUnion(s)) {
                        nestedNames.addAll(TemplateNames.INHERITED_TYPES);
                    }
                    ImportCollector imports = new ImportCollector(modelPackage, modelNames, nestedNames);
                    Views.TypeView view = models.view(s, imports, false);
                    return new SourceFile(
                            path(modelPackage, view.className().toString()), header(modelPackage, imports), view);
                })
                .toList());
        FormViews forms = new FormViews(speller, TemplateNames.packageRoots(basePackage));
        registry.forms().forEach((op, name) -> {
            ImportCollector imports = new ImportCollector(modelPackage, modelNames);
            files.add(new SourceFile(
                    path(modelPackage, name.simpleName()),
                    header(modelPackage, imports),
                    forms.view(op, name, imports)));
        });
        Map<String, List<Operation>> byTag = new TreeMap<>();
        for (Operation op : api.operations()) {
            byTag.computeIfAbsent(op.tag(), k -> new ArrayList<>()).add(op);
        }
        NameAllocator apiNames = new NameAllocator(Set.of(clientName));
        ErrorViews errorViews = new ErrorViews(speller, api.errors());
        // an accessor is a field and a method of the facade
        NameAllocator accessors = new NameAllocator(
                TemplateNames.union(TemplateNames.CLIENT_MEMBERS, TemplateNames.packageRoots(basePackage)));
        List<ApiRefView> refs = new ArrayList<>();
        List<ApiClass> apiClasses = new ArrayList<>();
        for (String tag : byTag.keySet()) {
            apiClasses.add(new ApiClass(tag, apiNames.allocate(JavaNames.typeName(tag) + "Api")));
        }
        Set<String> apiClassNames = new HashSet<>();
        apiClasses.forEach(a -> apiClassNames.add(a.className()));
        for (ApiClass apiClass : apiClasses) {
            String className = apiClass.className();
            List<Operation> ops = byTag.get(apiClass.tag());
            NameAllocator methods = new NameAllocator(TemplateNames.API_MEMBERS);
            NameAllocator nested = new NameAllocator(TemplateNames.union(Set.of(className), TemplateNames.API_VIEWS));
            List<MethodNames> names = new ArrayList<>();
            for (Operation op : ops) {
                String base = JavaNames.memberName(op.operationId());
                String name = base;
                for (int i = 2; methods.isTaken(name) || methods.isTaken(name + "Request"); i++) {
                    name = base + i;
                }
                if (!name.equals(base)) {
                    // api.async2() where the spec says async: say why, or a caller looks for async() in vain
                    warnings.add(new SpecProblem(
                            specFile,
                            0,
                            0,
                            "/paths/" + op.path().replace("~", "~0").replace("/", "~1") + "/"
                                    + op.method().toLowerCase(java.util.Locale.ROOT),
                            "operation " + op.operationId() + " becomes method " + name + " of " + className
                                    + ": " + base + " is taken by "
                                    + (TemplateNames.API_MEMBERS.contains(base)
                                            ? "a method every API class and view has"
                                            : "another operation's method")
                                    + ". Change the operationId to choose another name"));
                }
                methods.reserve(name);
                methods.reserve(name + "Request");
                names.add(new MethodNames(name, nested.allocate(JavaNames.typeName(name) + "Params")));
            }
            Set<String> shadowing = new HashSet<>(apiClassNames);
            shadowing.addAll(TemplateNames.API_VIEWS);
            names.forEach(n -> shadowing.add(n.paramsClass()));
            ImportCollector imports = new ImportCollector(apiPackage, shadowing);
            ApiViews apiViews = new ApiViews(
                    className,
                    registry,
                    speller,
                    errorViews,
                    warnings,
                    specFile,
                    TemplateNames.packageRoots(basePackage));
            List<OperationView> operations = new ArrayList<>();
            for (int i = 0; i < ops.size(); i++) {
                operations.add(apiViews.operation(
                        ops.get(i), names.get(i).method(), names.get(i).paramsClass(), imports));
            }
            List<Doc> javadoc = List.of(Doc.of(
                    "Operations tagged <code>%s</code>. Thread-safe; reach it from the client facade.",
                    apiClass.tag()));
            files.add(new SourceFile(
                    path(apiPackage, className),
                    header(apiPackage, imports),
                    new ApiView(Code.name(className), javadoc, operations, errorViews.constant(imports))));
            refs.add(new ApiRefView(
                    Code.name(accessors.allocate(JavaNames.memberName(apiClass.tag()))),
                    Code.type(apiPackage + "." + className)));
        }
        files.add(client(refs));
        String errorsClass = ErrorAccessors.className(clientName);
        ImportCollector errorImports = new ImportCollector(basePackage, Set.of(clientName, errorsClass));
        Views.ErrorsView errors =
                ErrorAccessors.view(errorsClass, api.operations(), api.errors(), speller, errorImports);
        if (errors != null) {
            files.add(new SourceFile(path(basePackage, errorsClass), header(basePackage, errorImports), errors));
        }
        return files;
    }

    /** The API class of one tag. */
    private record ApiClass(String tag, String className) {}

    /** An operation's method name and the name of its optional-parameters class. */
    private record MethodNames(String method, String paramsClass) {}

    private boolean containsUnion(Schema s) {
        return s instanceof UnionSchema || registry.nestedIn(s).stream().anyMatch(this::containsUnion);
    }

    private SourceFile client(List<ApiRefView> refs) {
        ImportCollector imports = new ImportCollector(basePackage, Set.of(clientName, "Builder"));
        List<ApiRefView> apis = new ArrayList<>();
        for (ApiRefView r : refs) {
            apis.add(new ApiRefView(
                    r.accessor(), Code.type(imports.spell(r.type().toString()))));
        }
        Server server = api.servers().isEmpty()
                ? new Server("http://localhost", "", Map.of())
                : api.servers().get(0);
        String defaultUri = server.url();
        List<ServerVariableView> variables = new ArrayList<>();
        NameAllocator builderMethods = new NameAllocator(TemplateNames.CLIENT_BUILDER_MEMBERS);
        Matcher m = SERVER_VARIABLE.matcher(server.url());
        while (m.find()) {
            String var = m.group(1);
            defaultUri = defaultUri.replace("{" + var + "}", server.variables().getOrDefault(var, ""));
            String method = builderMethods.allocate(JavaNames.memberName(var));
            List<String> allowed = server.allowed().getOrDefault(var, List.of());
            boolean exampleOnly = server.exampleOnly().contains(var);
            List<Doc> doc = new ArrayList<>(
                    List.of(Doc.of("Sets the server variable <code>%s</code> of <code>%s</code>.", var, server.url())));
            if (exampleOnly) {
                doc.add(
                        Doc.of(
                                "<p>Required: the spec's value is only an example, so {@link #build()} fails until this is set."));
            }
            if (!allowed.isEmpty()) {
                doc.add(Doc.of("<p>One of: %s.", String.join(", ", allowed)));
            }
            Code allowedValues = Code.of(
                    "$T.of($L)",
                    imports.spell("java.util.List"),
                    Code.join(", ", allowed.stream().map(Code::literal).toList()));
            variables.add(new ServerVariableView(
                    Code.name(method),
                    Code.literal(var),
                    exampleOnly
                            ? Code.of("null")
                            : Code.literal(server.variables().getOrDefault(var, "")),
                    allowedValues,
                    Code.literal(method),
                    doc));
        }
        List<AuthView> auths = new ArrayList<>();
        for (SecurityScheme s : api.securitySchemes()) {
            auths.addAll(auth(s, builderMethods.allocate(JavaNames.memberName(s.key())), imports));
        }
        List<Doc> javadoc = new ArrayList<>();
        javadoc.add(Doc.of("Client for %s.", (api.title() + " " + api.version()).strip()));
        List<Doc> description = Doc.lines(api.description());
        if (!description.isEmpty()) {
            javadoc.add(Doc.of("<p>"));
            javadoc.addAll(description);
        }
        List<Views.HeaderView> headers = new ArrayList<>();
        api.headers().forEach((k, v) -> headers.add(new Views.HeaderView(Code.literal(k), Code.literal(v))));
        Code userAgent = Code.literal(JavaNames.memberName(clientName) + "/" + api.version() + " handspec");
        return new SourceFile(
                path(basePackage, clientName),
                header(basePackage, imports),
                new ClientView(
                        Code.name(clientName),
                        javadoc,
                        Code.literal(defaultUri),
                        Code.literal(server.url()),
                        variables,
                        apis,
                        auths,
                        retry(api.retry(), imports),
                        userAgent,
                        headers));
    }

    private List<AuthView> auth(SecurityScheme s, String methodName, ImportCollector imports) {
        String auth = imports.spell("io.handspec.runtime.Auth");
        String string = imports.spell("java.lang.String");
        Code name = Code.name(methodName);
        List<Doc> doc = new ArrayList<>(Doc.lines(s.description()));
        if (doc.isEmpty()) {
            doc.add(Doc.of("Credential of security scheme {@code %s}.", s.key()));
        }
        Params key = new Params(Code.of("$T key", string), List.of(Doc.of("@param key the key")));
        Params token = new Params(Code.of("$T token", string), List.of(Doc.of("@param token the token")));
        Params userPassword = new Params(
                Code.of("$T user, $T password", string, string),
                List.of(Doc.of("@param user the user"), Doc.of("@param password the password")));
        return s.credential().match(new Credential.Cases<List<AuthView>>() {
            @Override
            public List<AuthView> apiKey(Credential.ApiKey k) {
                Code expr =
                        switch (k.in()) {
                            case QUERY -> Code.of("$T.apiKeyQuery($S, key)", auth, k.name());
                            case COOKIE -> Code.of("$T.apiKeyHeader($S, $S + key)", auth, "Cookie", k.name() + "=");
                            case HEADER -> Code.of("$T.apiKeyHeader($S, key)", auth, k.name());
                        };
                return List.of(key.view(name, expr, doc));
            }

            @Override
            public List<AuthView> basic(Credential.Basic b) {
                return List.of(userPassword.view(name, Code.of("$T.basic(user, password)", auth), doc));
            }

            @Override
            public List<AuthView> basicFixedPassword(Credential.BasicFixedPassword b) {
                return List.of(token.view(name, Code.of("$T.basicToken(token, $S)", auth, b.password()), doc));
            }

            @Override
            public List<AuthView> basicTokenOnly(Credential.BasicTokenOnly b) {
                return List.of(token.view(name, Code.of("$T.basicToken(token)", auth), doc));
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
                return List.of(userPassword.view(
                        name,
                        Code.of(
                                "new $T($T.basic(user, password), $S, $S, $L, $L)",
                                imports.spell("io.handspec.runtime.SessionAuth"),
                                auth,
                                session.header(),
                                session.bodyField(),
                                session.csrfHeader() == null ? Code.of("null") : Code.literal(session.csrfHeader()),
                                Code.number(session.expiredStatus())),
                        doc));
            }

            @Override
            public List<AuthView> cookieSession(Credential.CookieSession session) {
                List<Doc> sessionDoc = new ArrayList<>(doc);
                sessionDoc.add(Doc.of(
                        "<p>Sends Basic with these until an answer sets the cookie <code>%s</code>, then the cookie.",
                        session.cookieName()));
                return List.of(
                        key.view(
                                name,
                                Code.of("$T.apiKeyHeader($S, $S + key)", auth, "Cookie", session.cookieName() + "="),
                                doc),
                        userPassword.view(
                                name,
                                Code.of(
                                        "new $T($T.basic(user, password), $S)",
                                        imports.spell("io.handspec.runtime.CookieSessionAuth"),
                                        auth,
                                        session.cookieName()),
                                sessionDoc));
            }

            private List<AuthView> bearerForms() {
                // spelled here only: Supplier is imported by files that have a bearer credential
                Params tokens = new Params(
                        Code.of("$T<$T> tokens", imports.spell("java.util.function.Supplier"), string),
                        List.of(Doc.of("@param tokens the supplier of tokens")));
                List<Doc> supplierDoc = new ArrayList<>(doc);
                supplierDoc.add(
                        Doc.of("<p>The supplier is asked before every request, so it can refresh an expiring token."));
                return List.of(
                        token.view(name, Code.of("$T.bearer(token)", auth), doc),
                        tokens.view(name, Code.of("$T.bearer(tokens)", auth), supplierDoc));
            }
        });
    }

    /** A credential method's parameter list with its {@code @param} lines. */
    private record Params(Code list, List<Doc> docs) {
        AuthView view(Code name, Code expression, List<Doc> javadoc) {
            return new AuthView(name, list, docs, expression, javadoc);
        }
    }

    private static Code retry(RetryRules r, ImportCollector imports) {
        String policy = imports.spell("io.handspec.runtime.RetryPolicy");
        if (r == null) {
            return Code.of("$T.defaults()", policy);
        }
        String duration = imports.spell("java.time.Duration");
        String set = imports.spell("java.util.Set");
        String indent = "\n                ";
        List<Code> calls = new ArrayList<>();
        calls.add(Code.of("$T.builder()", policy));
        calls.add(Code.of(".maxAttempts($L)", Code.number(r.maxAttempts())));
        calls.add(Code.of(".initialDelay($T.ofMillis($L))", duration, Code.number(r.initialDelayMs())));
        calls.add(Code.of(".maxDelay($T.ofMillis($L))", duration, Code.number(r.maxDelayMs())));
        calls.add(Code.of(".retryStatuses($T.of($L))", set, join(r.statuses())));
        calls.add(Code.of(".retryServerErrors($L)", Code.bool(r.serverErrors())));
        calls.add(Code.of(".neverRetry($T.of($L))", set, join(r.never())));
        calls.add(Code.of(".respectRetryAfter($L)", Code.bool(r.retryAfter())));
        new TreeMap<>(r.minimumDelayMs())
                .forEach((status, ms) -> calls.add(
                        Code.of(".minimumDelay($L, $T.ofMillis($L))", Code.number(status), duration, Code.number(ms))));
        new TreeMap<>(r.statusDelayMs())
                .forEach((status, ms) -> calls.add(
                        Code.of(".statusDelay($L, $T.ofMillis($L))", Code.number(status), duration, Code.number(ms))));
        calls.add(Code.of(".retryNetworkErrors($L)", Code.bool(r.networkErrors())));
        calls.add(Code.of(".idempotentOnly($L)", Code.bool(r.idempotentOnly())));
        calls.add(Code.of(".build()"));
        return Code.join(indent, calls);
    }

    private static Code join(List<Integer> values) {
        // Set.of refuses duplicates at run time: a status listed twice is listed once
        return Code.join(
                ", ",
                values.stream().sorted().distinct().map(v -> Code.number(v)).toList());
    }

    /** The class names of the schemas, as the views spell them. */
    TypeRegistry registry() {
        return registry;
    }

    /** The client's name without {@code Client}: what a class name that would hide a {@code java.lang} type gets in front. */
    static String prefix(String clientName) {
        String stem = clientName.endsWith("Client") ? clientName.substring(0, clientName.length() - 6) : clientName;
        return stem.isEmpty() ? "Api" : stem;
    }

    private static String componentPointer(Schema s) {
        return "/components/schemas/" + s.name().replace("~", "~0").replace("/", "~1");
    }

    /**
     * A class whose name carries a number ({@code Link2}) says nothing of why: the warning names the
     * schema, what holds the name it wanted, and how to choose another.
     */
    private SpecProblem numberedWarning(TypeRegistry.Numbered n, boolean component) {
        String what;
        if (component) {
            what = "schema '" + n.schema().name() + "'";
        } else if (n.places().isEmpty()) {
            what = "inline schema '" + n.schema().name() + "'";
        } else {
            int shown = Math.min(3, n.places().size());
            what = "the inline schema of one shape at "
                    + String.join(", ", n.places().subList(0, shown))
                    + switch (n.places().size() - shown) {
                        case 0 -> "";
                        case 1 -> " and 1 more place";
                        default -> " and " + (n.places().size() - shown) + " more places";
                    };
        }
        String kind = registry.isComponent(n.holder() == null ? n.schema() : n.holder()) ? "schema" : "inline schema";
        String holder;
        if (n.holder() == null) {
            holder = "the generated code uses " + n.wanted() + " for a type of its own there";
        } else if (n.holder().name().equals(n.schema().name())) {
            holder = "another " + kind + " of that name is " + n.held();
        } else {
            holder = n.held() + " is the class of " + kind + " '" + n.holder().name() + "'"
                    + (n.held().equals(n.wanted()) ? "" : " (class names must differ in more than case)");
        }
        return new SpecProblem(
                specFile,
                0,
                0,
                component ? componentPointer(n.schema()) : "",
                what + " becomes class " + n.given() + ": " + holder + ". "
                        + (component
                                ? "Rename one of the schemas to choose the names"
                                : "Make it a component schema and $ref it to choose its name"));
    }

    private FileHeader header(String packageName, ImportCollector imports) {
        return new FileHeader(Code.type(packageName), new TypeNames(imports), generated);
    }

    private static String path(String packageName, String className) {
        return packageName.replace('.', '/') + "/" + className + ".java";
    }
}
