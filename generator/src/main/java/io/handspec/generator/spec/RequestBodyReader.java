package io.handspec.generator.spec;

import io.handspec.generator.model.Parameter;
import io.handspec.generator.model.RequestBody;
import io.handspec.generator.model.TypeRef;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Encoding;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * Reads an operation's request body: the media type the client sends (JSON first, then form, then
 * multipart, then raw bytes), with the {@code encoding} of form properties and the parts of a
 * multipart body.
 */
final class RequestBodyReader {
    private static final String FORM = "application/x-www-form-urlencoded";

    private final OpenAPI api;
    private final Problems problems;
    private final SchemaReader schemas;

    RequestBodyReader(OpenAPI api, Problems problems, SchemaReader schemas) {
        this.api = api;
        this.problems = problems;
        this.schemas = schemas;
    }

    RequestBody read(io.swagger.v3.oas.models.Operation op, String opId, String pointer) {
        io.swagger.v3.oas.models.parameters.RequestBody body = op.getRequestBody();
        if (body != null
                && body.get$ref() != null
                && api.getComponents() != null
                && api.getComponents().getRequestBodies() != null) {
            body = api.getComponents().getRequestBodies().get(ModelUtils.getSimpleRef(body.get$ref()));
        }
        if (body == null || body.getContent() == null || body.getContent().isEmpty()) {
            return null;
        }
        Content content = body.getContent();
        boolean required = Boolean.TRUE.equals(body.getRequired());
        String chosen = content.keySet().stream()
                .filter(m -> m.toLowerCase(Locale.ROOT).contains("json"))
                .findFirst()
                .orElse(null);
        String at = pointer + "/requestBody/content/";
        if (chosen != null) {
            return new RequestBody(
                    chosen,
                    RequestBody.Encoding.JSON,
                    type(content.get(chosen), opId + " Body", at + SourceIndex.escape(chosen)),
                    required,
                    body.getDescription());
        }
        if (content.containsKey(FORM)) {
            MediaType media = content.get(FORM);
            return new RequestBody(
                    FORM,
                    RequestBody.Encoding.FORM,
                    type(media, opId + " Body", at + SourceIndex.escape(FORM)),
                    required,
                    body.getDescription(),
                    List.of(),
                    formRules(media));
        }
        String multipart = content.keySet().stream()
                .filter(m -> m.toLowerCase(Locale.ROOT).startsWith("multipart/"))
                .findFirst()
                .orElse(null);
        Schema<?> object =
                multipart == null ? null : objectSchema(content.get(multipart).getSchema());
        if (object != null) {
            return new RequestBody(
                    multipart,
                    RequestBody.Encoding.MULTIPART,
                    new TypeRef.Primitive(TypeRef.Scalar.BINARY),
                    required,
                    body.getDescription(),
                    parts(object, content.get(multipart), opId, at + SourceIndex.escape(multipart)),
                    List.of());
        }
        chosen = content.keySet().iterator().next();
        if (chosen.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            problems.warn(
                    at + SourceIndex.escape(chosen) + "/schema",
                    "the multipart body has no object schema with properties, so its parts are unknown: it is sent"
                            + " as raw bytes. Describe each part as a property to get a typed request");
        }
        return new RequestBody(
                chosen,
                RequestBody.Encoding.BINARY,
                new TypeRef.Primitive(TypeRef.Scalar.BINARY),
                required,
                body.getDescription());
    }

    private TypeRef type(MediaType media, String name, String pointer) {
        return media.getSchema() == null
                ? new TypeRef.Primitive(TypeRef.Scalar.BINARY)
                : schemas.type(media.getSchema(), name, pointer + "/schema");
    }

    /** The schema, resolved, when it is an object with properties; else {@code null}. */
    private Schema<?> objectSchema(Schema<?> schema) {
        if (schema == null) {
            return null;
        }
        Schema<?> resolved = ModelUtils.getReferencedSchema(api, schema);
        return resolved.getProperties() == null || resolved.getProperties().isEmpty() ? null : resolved;
    }

    @SuppressWarnings("rawtypes") // swagger-parser's property map is raw
    private List<RequestBody.Part> parts(Schema<?> object, MediaType media, String opId, String pointer) {
        Map<String, Encoding> encodings = media.getEncoding() == null ? Map.of() : media.getEncoding();
        List<String> required = object.getRequired() == null ? List.of() : object.getRequired();
        List<RequestBody.Part> parts = new ArrayList<>();
        for (Map.Entry<String, Schema> e : object.getProperties().entrySet()) {
            String name = e.getKey();
            Schema<?> schema = e.getValue();
            if (Boolean.TRUE.equals(ModelUtils.getReferencedSchema(api, schema).getReadOnly())) {
                continue;
            }
            Encoding encoding = encodings.get(name);
            parts.add(new RequestBody.Part(
                    name,
                    schemas.type(schema, opId + " " + name, pointer + "/schema/properties/" + SourceIndex.escape(name)),
                    required.contains(name),
                    schema.getDescription(),
                    encoding == null ? null : singleType(encoding.getContentType()),
                    encoding == null ? Map.of() : headerDefaults(encoding.getHeaders())));
        }
        return parts;
    }

    /** A content type that names one concrete type; a list or a wildcard leaves the choice to the runtime. */
    private static String singleType(String contentType) {
        return contentType == null || contentType.contains(",") || contentType.contains("*")
                ? null
                : contentType.strip();
    }

    /** Headers of a part that have a default value in their schema: sent unless the caller sets them. */
    private Map<String, String> headerDefaults(Map<String, Header> headers) {
        Map<String, String> out = new TreeMap<>();
        if (headers != null) {
            headers.forEach((name, header) -> {
                Schema<?> schema =
                        header.getSchema() == null ? null : ModelUtils.getReferencedSchema(api, header.getSchema());
                if (schema != null && schema.getDefault() != null && !name.equalsIgnoreCase("Content-Type")) {
                    out.put(name, String.valueOf(schema.getDefault()));
                }
            });
        }
        return out;
    }

    private static List<RequestBody.FormRule> formRules(MediaType media) {
        List<RequestBody.FormRule> rules = new ArrayList<>();
        if (media.getEncoding() == null) {
            return rules;
        }
        new LinkedHashMap<>(media.getEncoding()).forEach((property, e) -> {
            if (e.getStyle() == null && e.getExplode() == null && e.getAllowReserved() == null) {
                return;
            }
            Parameter.Style style = e.getStyle() == null
                    ? Parameter.Style.FORM
                    : switch (e.getStyle()) {
                        case FORM -> Parameter.Style.FORM;
                        case SPACE_DELIMITED -> Parameter.Style.SPACE_DELIMITED;
                        case PIPE_DELIMITED -> Parameter.Style.PIPE_DELIMITED;
                        case DEEP_OBJECT -> Parameter.Style.DEEP_OBJECT;
                    };
            boolean explode = e.getExplode() != null ? e.getExplode() : style == Parameter.Style.FORM;
            rules.add(new RequestBody.FormRule(property, style, explode, Boolean.TRUE.equals(e.getAllowReserved())));
        });
        return rules;
    }
}
