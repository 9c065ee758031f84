package io.handspec.generator.spec;

import io.handspec.generator.GenerationException;
import io.handspec.generator.SpecProblem;
import io.handspec.generator.model.ApiModel;
import io.handspec.generator.model.Envelope;
import io.handspec.generator.model.Operation;
import io.handspec.generator.model.Pagination;
import io.handspec.generator.model.Parameter;
import io.handspec.generator.model.Property;
import io.handspec.generator.model.RequestBody;
import io.handspec.generator.model.Response;
import io.handspec.generator.model.RetryRules;
import io.handspec.generator.model.Schema;
import io.handspec.generator.model.SecurityScheme;
import io.handspec.generator.model.Server;
import io.handspec.generator.model.TypeRef;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.OAuthFlow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * Converts a parsed, resolved and normalized {@link OpenAPI} into our {@link ApiModel}.
 * (swagger-parser's {@code Schema<T>} is generic over its example type, which is never used here;
 * hence the raw types.)
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class ModelConverter {
    private static final String X_PAGINATION = "x-handspec-pagination";
    private static final String X_PAGINATIONS = "x-handspec-paginations";
    private static final String X_ENVELOPE = "x-handspec-envelope";
    private static final String X_RETRY = "x-handspec-retry";
    private static final String X_AUTH = "x-handspec-auth";
    private static final String X_TIMESTAMPS = "x-handspec-timestamps";
    private static final String X_HEADERS = "x-handspec-headers";
    private static final String X_EXAMPLE = "x-handspec-example";

    private final OpenAPI api;
    private final SourceIndex index;
    private final List<SpecProblem> problems = new ArrayList<>();
    private final List<SpecProblem> warnings = new ArrayList<>();

    ModelConverter(OpenAPI api, SourceIndex index) {
        this.api = api;
        this.index = index;
    }

    LoadedSpec convert(List<java.nio.file.Path> inputs) throws GenerationException {
        Map<String, Object> rootExt = ext(api.getExtensions());
        Envelope defaultEnvelope = envelope(rootExt.get(X_ENVELOPE), Envelope.NONE, "/" + X_ENVELOPE);
        List<Operation> operations = operations(rootExt, defaultEnvelope);
        List<Schema> schemas = new ArrayList<>();
        Map<String, io.swagger.v3.oas.models.media.Schema> components = componentSchemas();
        for (Map.Entry<String, io.swagger.v3.oas.models.media.Schema> e : new TreeMap<>(components).entrySet()) {
            if (isClassWorthy(e.getValue())) {
                schemas.add(schema(e.getKey(), e.getValue(), "/components/schemas/" + SourceIndex.escape(e.getKey())));
            }
        }
        String timestamps = String.valueOf(rootExt.getOrDefault(X_TIMESTAMPS, "offset"));
        if (!timestamps.equals("offset") && !timestamps.equals("rfc3339")) {
            problems.add(index.problem("/" + X_TIMESTAMPS, X_TIMESTAMPS + " must be 'offset' or 'rfc3339', not '" + timestamps + "'"));
        }
        ApiModel model = new ApiModel(
                api.getInfo() == null ? "API" : api.getInfo().getTitle(),
                api.getInfo() == null ? "" : api.getInfo().getVersion(),
                api.getInfo() == null ? "" : api.getInfo().getDescription(),
                servers(), securitySchemes(), operations, schemas, retry(rootExt.get(X_RETRY)), timestamps, headers(rootExt));
        if (!problems.isEmpty()) {
            throw new GenerationException("spec " + index.file() + " has " + problems.size() + " problem(s)", problems);
        }
        return new LoadedSpec(model, warnings, inputs);
    }

    // ---------------------------------------------------------------- operations

    private List<Operation> operations(Map<String, Object> rootExt, Envelope defaultEnvelope) {
        List<Operation> out = new ArrayList<>();
        if (api.getPaths() == null) {
            return out;
        }
        Set<String> seenIds = new HashSet<>();
        for (Map.Entry<String, PathItem> pathEntry : api.getPaths().entrySet()) {
            String path = pathEntry.getKey();
            PathItem item = pathEntry.getValue();
            for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> opEntry : item.readOperationsMap().entrySet()) {
                String method = opEntry.getKey().name();
                io.swagger.v3.oas.models.Operation op = opEntry.getValue();
                String pointer = "/paths/" + SourceIndex.escape(path) + "/" + method.toLowerCase(Locale.ROOT);
                String id = op.getOperationId();
                if (id == null || id.isBlank()) {
                    id = method.toLowerCase(Locale.ROOT) + " " + path.replaceAll("[{}]", " ");
                    warnings.add(index.problem(pointer, "no operationId; the method name is derived from method and path. "
                            + "Add an operationId so the name stays stable when the path changes"));
                }
                if (!seenIds.add(id)) {
                    problems.add(index.problem(pointer + "/operationId", "operationId '" + id + "' is used twice; operationIds must be unique"));
                }
                String tag = op.getTags() == null || op.getTags().isEmpty() ? "default" : op.getTags().get(0);
                Map<String, Object> opExt = ext(op.getExtensions());
                out.add(new Operation(id, tag, method, path, op.getSummary(), op.getDescription(),
                        Boolean.TRUE.equals(op.getDeprecated()),
                        parameters(item, op, id, pointer), requestBody(op, id, pointer), responses(op, id, pointer),
                        pagination(opExt.get(X_PAGINATION), rootExt, pointer + "/" + X_PAGINATION),
                        envelope(opExt.get(X_ENVELOPE), defaultEnvelope, pointer + "/" + X_ENVELOPE)));
            }
        }
        return out;
    }

    private List<Parameter> parameters(PathItem item, io.swagger.v3.oas.models.Operation op, String opId, String pointer) {
        Map<String, io.swagger.v3.oas.models.parameters.Parameter> merged = new LinkedHashMap<>();
        List<io.swagger.v3.oas.models.parameters.Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (op.getParameters() != null) {
            all.addAll(op.getParameters());
        }
        for (io.swagger.v3.oas.models.parameters.Parameter p : all) {
            io.swagger.v3.oas.models.parameters.Parameter resolved = resolveParameter(p);
            if (resolved != null && resolved.getName() != null && resolved.getIn() != null) {
                merged.put(resolved.getIn() + ":" + resolved.getName(), resolved);
            }
        }
        List<Parameter> out = new ArrayList<>();
        for (io.swagger.v3.oas.models.parameters.Parameter p : merged.values()) {
            Parameter.Location in = Parameter.Location.valueOf(p.getIn().toUpperCase(Locale.ROOT));
            io.swagger.v3.oas.models.media.Schema schema = p.getSchema();
            if (schema == null && p.getContent() != null && !p.getContent().isEmpty()) {
                schema = p.getContent().values().iterator().next().getSchema();
            }
            TypeRef type = schema == null ? new TypeRef.Primitive(TypeRef.Scalar.STRING) : type(schema, opId + " " + p.getName());
            Parameter.Style style = p.getStyle() == null ? defaultStyle(in) : Parameter.Style.valueOf(
                    p.getStyle().name().replace("SPACEDELIMITED", "SPACE_DELIMITED").replace("PIPEDELIMITED", "PIPE_DELIMITED")
                            .replace("DEEPOBJECT", "DEEP_OBJECT"));
            boolean explode = p.getExplode() != null ? p.getExplode() : style == Parameter.Style.FORM;
            boolean required = in == Parameter.Location.PATH || Boolean.TRUE.equals(p.getRequired());
            out.add(new Parameter(p.getName(), in, required, type, style, explode, p.getDescription(),
                    Boolean.TRUE.equals(p.getDeprecated()), wholeMaximum(schema)));
        }
        return out;
    }

    private static Long wholeMaximum(io.swagger.v3.oas.models.media.Schema<?> schema) {
        if (schema == null || schema.getMaximum() == null || Boolean.TRUE.equals(schema.getExclusiveMaximum())) {
            return null;
        }
        try {
            return schema.getMaximum().longValueExact();
        } catch (ArithmeticException notWhole) {
            return null;
        }
    }

    private io.swagger.v3.oas.models.parameters.Parameter resolveParameter(io.swagger.v3.oas.models.parameters.Parameter p) {
        if (p.get$ref() == null) {
            return p;
        }
        String name = ModelUtils.getSimpleRef(p.get$ref());
        return api.getComponents() == null || api.getComponents().getParameters() == null ? null
                : api.getComponents().getParameters().get(name);
    }

    private static Parameter.Style defaultStyle(Parameter.Location in) {
        return in == Parameter.Location.QUERY || in == Parameter.Location.COOKIE ? Parameter.Style.FORM : Parameter.Style.SIMPLE;
    }

    private RequestBody requestBody(io.swagger.v3.oas.models.Operation op, String opId, String pointer) {
        io.swagger.v3.oas.models.parameters.RequestBody body = op.getRequestBody();
        if (body != null && body.get$ref() != null && api.getComponents() != null && api.getComponents().getRequestBodies() != null) {
            body = api.getComponents().getRequestBodies().get(ModelUtils.getSimpleRef(body.get$ref()));
        }
        if (body == null || body.getContent() == null || body.getContent().isEmpty()) {
            return null;
        }
        Content content = body.getContent();
        String chosen = null;
        RequestBody.Encoding encoding = null;
        for (String mediaType : content.keySet()) {
            String m = mediaType.toLowerCase(Locale.ROOT);
            if (m.contains("json")) {
                chosen = mediaType;
                encoding = RequestBody.Encoding.JSON;
                break;
            }
        }
        if (chosen == null && content.containsKey("application/x-www-form-urlencoded")) {
            chosen = "application/x-www-form-urlencoded";
            encoding = RequestBody.Encoding.FORM;
        }
        if (chosen == null) {
            chosen = content.keySet().iterator().next();
            encoding = RequestBody.Encoding.BINARY;
            if (chosen.startsWith("multipart/")) {
                warnings.add(index.problem(pointer + "/requestBody", "multipart bodies are sent as raw bytes; "
                        + "the caller builds the multipart payload"));
            }
        }
        MediaType media = content.get(chosen);
        TypeRef type = encoding == RequestBody.Encoding.BINARY || media.getSchema() == null
                ? new TypeRef.Primitive(TypeRef.Scalar.BINARY)
                : type(media.getSchema(), opId + " Body");
        return new RequestBody(chosen, encoding, type, Boolean.TRUE.equals(body.getRequired()), body.getDescription());
    }

    private List<Response> responses(io.swagger.v3.oas.models.Operation op, String opId, String pointer) {
        List<Response> out = new ArrayList<>();
        if (op.getResponses() == null) {
            return out;
        }
        for (Map.Entry<String, ApiResponse> e : new TreeMap<>(op.getResponses()).entrySet()) {
            ApiResponse response = e.getValue();
            if (response.get$ref() != null && api.getComponents() != null && api.getComponents().getResponses() != null) {
                response = api.getComponents().getResponses().get(ModelUtils.getSimpleRef(response.get$ref()));
            }
            if (response == null) {
                continue;
            }
            String mediaType = null;
            TypeRef type = null;
            if (response.getContent() != null && !response.getContent().isEmpty()) {
                for (Map.Entry<String, MediaType> m : response.getContent().entrySet()) {
                    if (mediaType == null || m.getKey().contains("json")) {
                        mediaType = m.getKey();
                        type = m.getValue().getSchema() == null ? null : type(m.getValue().getSchema(),
                                opId + " " + (e.getKey().startsWith("2") ? "Response" : e.getKey() + " Error"));
                        if (m.getKey().contains("json")) {
                            break;
                        }
                    }
                }
            }
            out.add(new Response(e.getKey(), response.getDescription(), mediaType, type));
        }
        return out;
    }

    // ---------------------------------------------------------------- schemas

    private Map<String, io.swagger.v3.oas.models.media.Schema> componentSchemas() {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return Map.of();
        }
        return api.getComponents().getSchemas();
    }

    private io.swagger.v3.oas.models.media.Schema deref(io.swagger.v3.oas.models.media.Schema s) {
        int guard = 0;
        while (s != null && s.get$ref() != null && guard++ < 50) {
            s = componentSchemas().get(ModelUtils.getSimpleRef(s.get$ref()));
        }
        return s;
    }

    private static boolean isClassWorthy(io.swagger.v3.oas.models.media.Schema s) {
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            return true;
        }
        if (s.getAllOf() != null && !s.getAllOf().isEmpty()) {
            return !(s.getAllOf().size() == 1 && s.getProperties() == null);
        }
        if (variantsOf(s).size() > 1) {
            return true;
        }
        return s.getProperties() != null && !s.getProperties().isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<io.swagger.v3.oas.models.media.Schema> variantsOf(io.swagger.v3.oas.models.media.Schema s) {
        List<io.swagger.v3.oas.models.media.Schema> v = s.getOneOf() != null ? s.getOneOf() : s.getAnyOf();
        return v == null ? List.of() : v;
    }

    /** The type of a schema standing somewhere; inline objects, enums and unions become {@link TypeRef.Inline}. */
    private TypeRef type(io.swagger.v3.oas.models.media.Schema s, String suggestedName) {
        if (s.get$ref() != null) {
            String name = ModelUtils.getSimpleRef(s.get$ref());
            io.swagger.v3.oas.models.media.Schema target = componentSchemas().get(name);
            if (target == null) {
                return new TypeRef.Primitive(TypeRef.Scalar.ANY);
            }
            return isClassWorthy(target) ? new TypeRef.Named(name) : type(target, name);
        }
        if (s.getAllOf() != null && s.getAllOf().size() == 1 && (s.getProperties() == null || s.getProperties().isEmpty())) {
            return type((io.swagger.v3.oas.models.media.Schema) s.getAllOf().get(0), suggestedName);
        }
        if (isClassWorthy(s)) {
            return new TypeRef.Inline(suggestedName, schema(suggestedName, s, ""));
        }
        List<io.swagger.v3.oas.models.media.Schema> variants = variantsOf(s);
        if (variants.size() == 1) {
            return type(variants.get(0), suggestedName);
        }
        String type = ModelUtils.getType(s);
        if ("array".equals(type) || s.getItems() != null) {
            return new TypeRef.ArrayOf(s.getItems() == null ? new TypeRef.Primitive(TypeRef.Scalar.ANY)
                    : type(s.getItems(), suggestedName + " Item"));
        }
        if ("object".equals(type) || s.getAdditionalProperties() != null) {
            Object ap = s.getAdditionalProperties();
            if (ap instanceof io.swagger.v3.oas.models.media.Schema<?> valueSchema) {
                return new TypeRef.MapOf(type(valueSchema, suggestedName + " Value"));
            }
            return new TypeRef.MapOf(new TypeRef.Primitive(TypeRef.Scalar.ANY));
        }
        return new TypeRef.Primitive(scalar(type, s.getFormat()));
    }

    private static TypeRef.Scalar scalar(String type, String format) {
        String f = format == null ? "" : format.toLowerCase(Locale.ROOT);
        if (type == null) {
            return TypeRef.Scalar.ANY;
        }
        return switch (type) {
            case "string" -> switch (f) {
                case "date" -> TypeRef.Scalar.DATE;
                case "date-time" -> TypeRef.Scalar.DATE_TIME;
                case "uuid" -> TypeRef.Scalar.UUID;
                case "uri", "url" -> TypeRef.Scalar.URI;
                case "byte" -> TypeRef.Scalar.BYTE;
                case "binary" -> TypeRef.Scalar.BINARY;
                default -> TypeRef.Scalar.STRING;
            };
            case "integer" -> "int64".equals(f) ? TypeRef.Scalar.INT64 : TypeRef.Scalar.INT32;
            case "number" -> switch (f) {
                case "float" -> TypeRef.Scalar.FLOAT;
                case "double" -> TypeRef.Scalar.DOUBLE;
                case "decimal" -> TypeRef.Scalar.DECIMAL;
                default -> TypeRef.Scalar.NUMBER;
            };
            case "boolean" -> TypeRef.Scalar.BOOLEAN;
            default -> TypeRef.Scalar.ANY;
        };
    }

    private Schema schema(String name, io.swagger.v3.oas.models.media.Schema s, String pointer) {
        String description = s.getDescription();
        boolean deprecated = Boolean.TRUE.equals(s.getDeprecated());
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            List<Object> values = new ArrayList<>();
            for (Object v : s.getEnum()) {
                if (v != null && !values.contains(v)) {
                    values.add(v);
                }
            }
            TypeRef.Scalar scalar = scalar(ModelUtils.getType(s), s.getFormat());
            if (scalar != TypeRef.Scalar.INT32 && scalar != TypeRef.Scalar.INT64) {
                scalar = TypeRef.Scalar.STRING;
                values.replaceAll(String::valueOf);
            }
            return new Schema(name, Schema.Kind.ENUM, description, List.of(), null, scalar, values, List.of(), null, deprecated, pointer);
        }
        List<io.swagger.v3.oas.models.media.Schema> variants = variantsOf(s);
        if (variants.size() > 1 && (s.getProperties() == null || s.getProperties().isEmpty())) {
            List<TypeRef> types = new ArrayList<>();
            for (int i = 0; i < variants.size(); i++) {
                types.add(type(variants.get(i), name + " Option" + (i + 1)));
            }
            Schema.Discriminator discriminator = null;
            if (s.getDiscriminator() != null && s.getDiscriminator().getPropertyName() != null) {
                Map<String, String> mapping = new TreeMap<>();
                if (s.getDiscriminator().getMapping() != null) {
                    s.getDiscriminator().getMapping().forEach((k, v) -> mapping.put(k, ModelUtils.getSimpleRef(v)));
                }
                discriminator = new Schema.Discriminator(s.getDiscriminator().getPropertyName(), mapping);
            }
            Schema.Kind kind = s.getOneOf() != null ? Schema.Kind.ONE_OF : Schema.Kind.ANY_OF;
            return new Schema(name, kind, description, List.of(), null, null, List.of(), types, discriminator, deprecated, pointer);
        }
        Map<String, io.swagger.v3.oas.models.media.Schema> props = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        Object[] additional = new Object[1];
        collect(s, props, required, additional, 0);
        List<Property> properties = new ArrayList<>();
        for (Map.Entry<String, io.swagger.v3.oas.models.media.Schema> p : props.entrySet()) {
            io.swagger.v3.oas.models.media.Schema ps = p.getValue();
            io.swagger.v3.oas.models.media.Schema target = deref(ps);
            boolean nullable = ModelUtils.isNullable(ps) || (target != null && ModelUtils.isNullable(target));
            boolean readOnly = Boolean.TRUE.equals(ps.getReadOnly()) || (target != null && Boolean.TRUE.equals(target.getReadOnly()));
            String pd = ps.getDescription() != null ? ps.getDescription() : target == null ? null : target.getDescription();
            properties.add(new Property(p.getKey(), type(ps, name + " " + p.getKey()), required.contains(p.getKey()),
                    nullable, readOnly, pd, Boolean.TRUE.equals(ps.getDeprecated())));
        }
        TypeRef ap = additional[0] instanceof io.swagger.v3.oas.models.media.Schema<?> aps ? type(aps, name + " Value") : null;
        return new Schema(name, Schema.Kind.OBJECT, description, properties, ap, null, List.of(), List.of(), null, deprecated, pointer);
    }

    /** Gathers properties through {@code allOf}, depth first, parents before children. */
    private void collect(io.swagger.v3.oas.models.media.Schema s, Map<String, io.swagger.v3.oas.models.media.Schema> props,
                         Set<String> required, Object[] additional, int depth) {
        if (s == null || depth > 20) {
            return;
        }
        s = deref(s);
        if (s == null) {
            return;
        }
        if (s.getAllOf() != null) {
            for (Object part : s.getAllOf()) {
                collect((io.swagger.v3.oas.models.media.Schema) part, props, required, additional, depth + 1);
            }
        }
        if (s.getProperties() != null) {
            props.putAll(s.getProperties());
        }
        if (s.getRequired() != null) {
            required.addAll(s.getRequired());
        }
        if (s.getAdditionalProperties() instanceof io.swagger.v3.oas.models.media.Schema<?>) {
            additional[0] = s.getAdditionalProperties();
        }
    }

    // ---------------------------------------------------------------- the rest

    private List<Server> servers() {
        List<Server> out = new ArrayList<>();
        if (api.getServers() != null) {
            int index = 0;
            for (io.swagger.v3.oas.models.servers.Server s : api.getServers()) {
                String pointer = "/servers/" + index++;
                Map<String, String> vars = new TreeMap<>();
                Map<String, List<String>> allowed = new TreeMap<>();
                Set<String> exampleOnly = new TreeSet<>();
                if (s.getVariables() != null) {
                    s.getVariables().forEach((k, v) -> {
                        vars.put(k, v.getDefault() == null ? "" : v.getDefault());
                        if (v.getEnum() != null && !v.getEnum().isEmpty()) {
                            allowed.put(k, List.copyOf(v.getEnum()));
                        }
                        Object example = v.getExtensions() == null ? null : v.getExtensions().get(X_EXAMPLE);
                        if (Boolean.TRUE.equals(example)) {
                            exampleOnly.add(k);
                        } else if (example != null && !Boolean.FALSE.equals(example)) {
                            problems.add(this.index.problem(pointer + "/variables/" + k + "/" + X_EXAMPLE,
                                    X_EXAMPLE + " must be true or false"));
                        }
                    });
                }
                out.add(new Server(s.getUrl(), s.getDescription(), vars, allowed, exampleOnly));
            }
        }
        return out;
    }

    private List<SecurityScheme> securitySchemes() {
        List<SecurityScheme> out = new ArrayList<>();
        if (api.getComponents() == null || api.getComponents().getSecuritySchemes() == null) {
            return out;
        }
        for (Map.Entry<String, io.swagger.v3.oas.models.security.SecurityScheme> e
                : new TreeMap<>(api.getComponents().getSecuritySchemes()).entrySet()) {
            io.swagger.v3.oas.models.security.SecurityScheme s = e.getValue();
            Map<String, Object> x = ext(s.getExtensions());
            Object auth = x.get(X_AUTH);
            String pointer = "/components/securitySchemes/" + SourceIndex.escape(e.getKey());
            String fixedPassword = null;
            SecurityScheme.Kind kind;
            List<String> scopes = new ArrayList<>();
            switch (s.getType()) {
                case APIKEY -> kind = "session".equals(auth) ? SecurityScheme.Kind.SESSION : SecurityScheme.Kind.API_KEY;
                case HTTP -> {
                    String scheme = s.getScheme() == null ? "" : s.getScheme().toLowerCase(Locale.ROOT);
                    if (scheme.equals("basic")) {
                        kind = "token-only".equals(auth) ? SecurityScheme.Kind.BASIC_TOKEN : SecurityScheme.Kind.BASIC;
                        if (auth instanceof Map<?, ?> m && m.get("password") != null) {
                            fixedPassword = String.valueOf(m.get("password"));
                        }
                    } else {
                        kind = SecurityScheme.Kind.BEARER;
                    }
                }
                case OAUTH2, OPENIDCONNECT -> {
                    kind = SecurityScheme.Kind.OAUTH2;
                    if (s.getFlows() != null) {
                        for (OAuthFlow flow : new OAuthFlow[] {s.getFlows().getAuthorizationCode(), s.getFlows().getImplicit(),
                                s.getFlows().getPassword(), s.getFlows().getClientCredentials()}) {
                            if (flow != null && flow.getScopes() != null) {
                                flow.getScopes().keySet().stream().filter(k -> !scopes.contains(k)).forEach(scopes::add);
                            }
                        }
                    }
                }
                default -> {
                    warnings.add(index.problem(pointer, "security scheme type " + s.getType() + " is not supported; "
                            + "add the credential with ClientConfig.Builder.authentication"));
                    continue;
                }
            }
            if (auth != null && !(auth instanceof Map) && !"session".equals(auth) && !"token-only".equals(auth)) {
                problems.add(index.problem(pointer + "/" + X_AUTH, X_AUTH + " must be 'session', 'token-only' or {password: ...}"));
            }
            out.add(new SecurityScheme(e.getKey(), kind, s.getIn() == null ? null : s.getIn().toString(), s.getName(),
                    s.getDescription(), fixedPassword, scopes));
        }
        return out;
    }

    private Pagination pagination(Object value, Map<String, Object> rootExt, String pointer) {
        if (value == null) {
            return null;
        }
        Object def = value;
        if (value instanceof String name) {
            Object named = ext(asMap(rootExt.get(X_PAGINATIONS))).get(name);
            if (named == null) {
                problems.add(index.problem(pointer, "pagination '" + name + "' is not defined under " + X_PAGINATIONS
                        + " at the document root"));
                return null;
            }
            def = named;
        }
        Map<String, Object> m = asMap(def);
        String style = String.valueOf(m.getOrDefault("style", ""));
        String items = String.valueOf(m.getOrDefault("items", ""));
        Object total = m.get("total");
        Map<String, String> cursor = new TreeMap<>();
        asMap(m.get("cursor")).forEach((k, v) -> cursor.put(k, String.valueOf(v)));
        switch (style) {
            case "offset" -> {
                if (m.get("offsetParam") == null || m.get("limitParam") == null) {
                    problems.add(index.problem(pointer, "offset pagination needs offsetParam and limitParam"));
                }
            }
            case "page" -> {
                if (m.get("pageParam") == null) {
                    problems.add(index.problem(pointer, "page pagination needs pageParam"));
                }
            }
            case "header-cursor" -> {
                if (cursor.isEmpty()) {
                    problems.add(index.problem(pointer, "header-cursor pagination needs cursor: {Response-Header: body_field}"));
                }
            }
            default -> problems.add(index.problem(pointer + "/style",
                    "pagination style must be offset, page or header-cursor, not '" + style + "'"));
        }
        return new Pagination(style, str(m.get("offsetParam")), str(m.get("limitParam")), str(m.get("pageParam")),
                str(m.get("sizeParam")), m.get("firstPage") instanceof Number n ? n.intValue() : 1, items,
                total == null ? null : String.valueOf(total), cursor, str(m.get("next")));
    }

    private Envelope envelope(Object value, Envelope fallback, String pointer) {
        if (value == null) {
            return fallback;
        }
        Map<String, Object> m = asMap(value);
        if (m.isEmpty() && !(value instanceof Map)) {
            problems.add(index.problem(pointer, X_ENVELOPE + " must be an object {response: /pointer, request: rootKey}"));
            return fallback;
        }
        String response = m.containsKey("response") ? String.valueOf(m.get("response")) : fallback.response();
        if (!response.isEmpty() && !response.startsWith("/")) {
            problems.add(index.problem(pointer + "/response", "response must be a JSON pointer such as /data"));
        }
        String request = m.containsKey("request") ? str(m.get("request")) : fallback.request();
        return new Envelope(response, request);
    }

    private RetryRules retry(Object value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> m = asMap(value);
        List<Integer> statuses = new ArrayList<>();
        boolean serverErrors = false;
        for (Object o : asList(m.get("statuses"))) {
            if ("5XX".equalsIgnoreCase(String.valueOf(o))) {
                serverErrors = true;
            } else if (o instanceof Number n) {
                statuses.add(n.intValue());
            } else {
                problems.add(index.problem("/" + X_RETRY + "/statuses", "a status is a number or '5XX', not '" + o + "'"));
            }
        }
        List<Integer> never = new ArrayList<>();
        for (Object o : asList(m.get("never"))) {
            if (o instanceof Number n) {
                never.add(n.intValue());
            } else {
                problems.add(index.problem("/" + X_RETRY + "/never", "a status is a number, not '" + o + "'"));
            }
        }
        Map<Integer, Long> minimum = new TreeMap<>();
        asMap(m.get("minimumDelayMs")).forEach((k, v) -> {
            if (k.matches("\\d{3}") && v instanceof Number n) {
                minimum.put(Integer.parseInt(k), n.longValue());
            } else {
                problems.add(index.problem("/" + X_RETRY + "/minimumDelayMs", "minimumDelayMs maps a status such as \"429\" to "
                        + "milliseconds; '" + k + ": " + v + "' is neither"));
            }
        });
        return new RetryRules(num(m.get("maxAttempts"), 3), num(m.get("initialDelayMs"), 500), num(m.get("maxDelayMs"), 8000),
                statuses, serverErrors, never, !Boolean.FALSE.equals(m.get("retryAfter")), minimum,
                !Boolean.FALSE.equals(m.get("networkErrors")), !Boolean.FALSE.equals(m.get("idempotentOnly")));
    }

    private Map<String, String> headers(Map<String, Object> rootExt) {
        Map<String, String> out = new TreeMap<>();
        Object value = rootExt.get(X_HEADERS);
        if (value != null && asMap(value).isEmpty()) {
            problems.add(index.problem("/" + X_HEADERS, X_HEADERS + " must be an object of header name to value"));
        }
        asMap(value).forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    private static int num(Object o, int fallback) {
        return o instanceof Number n ? n.intValue() : fallback;
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        }
        if (o instanceof com.fasterxml.jackson.databind.JsonNode node && node.isObject()) {
            return new com.fasterxml.jackson.databind.ObjectMapper().convertValue(node, Map.class);
        }
        return Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object o) {
        if (o instanceof List<?> l) {
            return (List<Object>) l;
        }
        if (o instanceof com.fasterxml.jackson.databind.JsonNode node && node.isArray()) {
            return new com.fasterxml.jackson.databind.ObjectMapper().convertValue(node, List.class);
        }
        return List.of();
    }

    private static Map<String, Object> ext(Map<String, Object> extensions) {
        return extensions == null ? Map.of() : extensions;
    }
}
