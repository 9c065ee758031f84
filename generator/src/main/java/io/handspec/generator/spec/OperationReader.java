package io.handspec.generator.spec;

import io.handspec.generator.model.Envelope;
import io.handspec.generator.model.Operation;
import io.handspec.generator.model.Parameter;
import io.handspec.generator.model.Response;
import io.handspec.generator.model.TypeRef;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openapitools.codegen.utils.ModelUtils;

/** Reads {@code paths} into {@link Operation}s: parameters, request bodies, responses and the operation's extensions. */
final class OperationReader {
    private final OpenAPI api;
    private final Problems problems;
    private final SchemaReader schemas;
    private final PaginationReader paginations;
    private final EnvelopeReader envelopes;
    private final ConstraintsReader constraints;
    private final RequestBodyReader bodies;

    OperationReader(
            OpenAPI api,
            Problems problems,
            SchemaReader schemas,
            PaginationReader paginations,
            EnvelopeReader envelopes) {
        this.api = api;
        this.problems = problems;
        this.schemas = schemas;
        this.paginations = paginations;
        this.envelopes = envelopes;
        this.constraints = new ConstraintsReader(api);
        this.bodies = new RequestBodyReader(api, problems, schemas);
    }

    List<Operation> read(Envelope defaultEnvelope) {
        List<Operation> out = new ArrayList<>();
        if (api.getPaths() == null) {
            return out;
        }
        Set<String> seenIds = new HashSet<>();
        for (Map.Entry<String, PathItem> pathEntry : api.getPaths().entrySet()) {
            String path = pathEntry.getKey();
            PathItem item = pathEntry.getValue();
            for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> opEntry :
                    item.readOperationsMap().entrySet()) {
                String method = opEntry.getKey().name();
                io.swagger.v3.oas.models.Operation op = opEntry.getValue();
                String pointer = "/paths/" + SourceIndex.escape(path) + "/" + method.toLowerCase(Locale.ROOT);
                String id = op.getOperationId();
                if (id == null || id.isBlank()) {
                    id = method.toLowerCase(Locale.ROOT) + " " + path.replaceAll("[{}]", " ");
                    problems.warn(
                            pointer,
                            "no operationId; the method name is derived from method and path. "
                                    + "Add an operationId so the name stays stable when the path changes");
                }
                if (!seenIds.add(id)) {
                    problems.error(
                            pointer + "/operationId",
                            "operationId '" + id + "' is used twice; operationIds must be unique");
                }
                String tag = op.getTags() == null || op.getTags().isEmpty()
                        ? "default"
                        : op.getTags().get(0);
                Map<String, Object> ext = op.getExtensions() == null ? Map.of() : op.getExtensions();
                out.add(new Operation(
                        id,
                        tag,
                        method,
                        path,
                        op.getSummary(),
                        op.getDescription(),
                        Boolean.TRUE.equals(op.getDeprecated()),
                        parameters(item, op, id, pointer),
                        bodies.read(op, id, pointer),
                        responses(op, id, pointer),
                        paginations.read(ext.get(PaginationReader.X_PAGINATION), pointer),
                        envelopes.read(
                                ext.get(EnvelopeReader.X_ENVELOPE),
                                defaultEnvelope,
                                pointer + "/" + EnvelopeReader.X_ENVELOPE)));
            }
        }
        return out;
    }

    private List<Parameter> parameters(
            PathItem item, io.swagger.v3.oas.models.Operation op, String opId, String pointer) {
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
        int i = 0;
        for (io.swagger.v3.oas.models.parameters.Parameter p : merged.values()) {
            Parameter.Location in = Parameter.Location.valueOf(p.getIn().toUpperCase(Locale.ROOT));
            io.swagger.v3.oas.models.media.Schema<?> schema = p.getSchema();
            if (schema == null && p.getContent() != null && !p.getContent().isEmpty()) {
                schema = p.getContent().values().iterator().next().getSchema();
            }
            TypeRef type = schema == null
                    ? new TypeRef.Primitive(TypeRef.Scalar.STRING)
                    : schemas.type(schema, opId + " " + p.getName(), pointer + "/parameters/" + i++ + "/schema");
            Parameter.Style style = p.getStyle() == null
                    ? defaultStyle(in)
                    : Parameter.Style.valueOf(p.getStyle()
                            .name()
                            .replace("SPACEDELIMITED", "SPACE_DELIMITED")
                            .replace("PIPEDELIMITED", "PIPE_DELIMITED")
                            .replace("DEEPOBJECT", "DEEP_OBJECT"));
            boolean explode = p.getExplode() != null ? p.getExplode() : style == Parameter.Style.FORM;
            boolean required = in == Parameter.Location.PATH || Boolean.TRUE.equals(p.getRequired());
            out.add(new Parameter(
                    p.getName(),
                    in,
                    required,
                    type,
                    style,
                    explode,
                    p.getDescription(),
                    Boolean.TRUE.equals(p.getDeprecated()),
                    wholeMaximum(schema),
                    constraints.read(schema),
                    Boolean.TRUE.equals(p.getAllowReserved())));
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

    private io.swagger.v3.oas.models.parameters.Parameter resolveParameter(
            io.swagger.v3.oas.models.parameters.Parameter p) {
        if (p.get$ref() == null) {
            return p;
        }
        String name = ModelUtils.getSimpleRef(p.get$ref());
        return api.getComponents() == null || api.getComponents().getParameters() == null
                ? null
                : api.getComponents().getParameters().get(name);
    }

    private static Parameter.Style defaultStyle(Parameter.Location in) {
        return in == Parameter.Location.QUERY || in == Parameter.Location.COOKIE
                ? Parameter.Style.FORM
                : Parameter.Style.SIMPLE;
    }

    private List<Response> responses(io.swagger.v3.oas.models.Operation op, String opId, String pointer) {
        List<Response> out = new ArrayList<>();
        if (op.getResponses() == null) {
            return out;
        }
        for (Map.Entry<String, ApiResponse> e : new TreeMap<>(op.getResponses()).entrySet()) {
            ApiResponse response = e.getValue();
            if (response.get$ref() != null
                    && api.getComponents() != null
                    && api.getComponents().getResponses() != null) {
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
                        type = m.getValue().getSchema() == null
                                ? null
                                : schemas.type(
                                        m.getValue().getSchema(),
                                        opId + " " + (e.getKey().startsWith("2") ? "Response" : e.getKey() + " Error"),
                                        pointer + "/responses/" + SourceIndex.escape(e.getKey()) + "/content/"
                                                + SourceIndex.escape(m.getKey()) + "/schema");
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
}
