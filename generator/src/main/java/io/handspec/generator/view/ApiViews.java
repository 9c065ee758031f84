package io.handspec.generator.view;

import io.handspec.generator.SpecProblem;
import io.handspec.generator.model.ObjectSchema;
import io.handspec.generator.model.Operation;
import io.handspec.generator.model.Pagination;
import io.handspec.generator.model.Parameter;
import io.handspec.generator.model.Property;
import io.handspec.generator.model.RequestBody;
import io.handspec.generator.model.Response;
import io.handspec.generator.model.Schema;
import io.handspec.generator.model.TypeRef;
import io.handspec.generator.view.Views.OperationView;
import io.handspec.generator.view.Views.ParamView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/** Builds the views of API classes: one method family per operation. */
final class ApiViews {
    static final Set<String> RESERVED_METHODS = Set.of("equals", "hashCode", "toString", "getClass", "notify", "notifyAll",
            "wait", "clone", "finalize", "client");
    private static final Map<Integer, String> EXCEPTIONS = Map.ofEntries(Map.entry(400, "BadRequest"),
            Map.entry(401, "Unauthorized"), Map.entry(402, "PaymentRequired"), Map.entry(403, "Forbidden"),
            Map.entry(404, "NotFound"), Map.entry(409, "Conflict"), Map.entry(410, "Gone"),
            Map.entry(412, "PreconditionFailed"), Map.entry(422, "UnprocessableEntity"), Map.entry(429, "TooManyRequests"));

    private final TypeRegistry registry;
    private final TypeSpeller speller;
    private final List<SpecProblem> warnings;
    private final String specFile;

    ApiViews(TypeRegistry registry, TypeSpeller speller, List<SpecProblem> warnings, String specFile) {
        this.registry = registry;
        this.speller = speller;
        this.warnings = warnings;
        this.specFile = specFile;
    }

    OperationView operation(Operation op, String methodName, String paramsClass, ImportCollector imports) {
        NameAllocator locals = new NameAllocator(Set.of("options", "params", "p", "request"));
        List<String[]> required = new ArrayList<>();
        List<Parameter> optionalParams = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<String> paramDocs = new ArrayList<>();
        List<ParamView> optional = new ArrayList<>();
        NameAllocator optionalNames = new NameAllocator(Set.of("builder", "build", "toBuilder", "equals", "hashCode", "toString",
                "getClass", "notify", "notifyAll", "wait", "clone", "finalize"));
        String style = imports.spell("io.handspec.runtime.ParamStyle");
        for (Parameter p : op.parameters()) {
            if (p.required()) {
                String local = locals.allocate(JavaNames.memberName(p.name()));
                required.add(new String[] {speller.spell(p.type(), imports), local});
                paramDocs.add("@param " + local + " " + docOrName(p.description(), p.name()));
                lines.add(paramLine(p, local, style));
            } else {
                optionalParams.add(p);
            }
        }
        for (Parameter p : optionalParams) {
            String name = optionalNames.allocate(JavaNames.memberName(p.name()));
            List<String> doc = JavaText.javadoc(p.description());
            optional.add(new ParamView(name, speller.spell(p.type(), imports), doc.isEmpty() ? List.of(JavaText.escapeDoc(p.name()) + ".") : doc));
            lines.add(paramLine(p, "p." + name + "()", style));
        }
        RequestBody body = op.requestBody();
        if (body != null) {
            String local = locals.allocate("body");
            TypeRef bodyType = body.type();
            String rootKey = null;
            if (op.envelope().request() != null && body.encoding() == RequestBody.Encoding.JSON) {
                TypeRef inner = at(bodyType, "/" + op.envelope().request().replace("~", "~0").replace("/", "~1"), op);
                if (inner != null) {
                    bodyType = inner;
                    rootKey = op.envelope().request();
                }
            }
            required.add(new String[] {speller.spell(bodyType, imports), local});
            paramDocs.add("@param " + local + " " + docOrName(body.description(), "the request body")
                    + (body.required() ? "" : " (may be {@code null})"));
            String kind = imports.spell("io.handspec.runtime.BodyKind") + "." + body.encoding().name();
            lines.add(".body(" + kind + ", " + JavaText.literal(body.mediaType()) + ", " + local + ")");
            if (rootKey != null) {
                lines.add(".rootKey(" + JavaText.literal(rootKey) + ")");
            }
        }
        Response success = success(op);
        if (success != null && success.mediaType() != null && !success.mediaType().equals("application/json")
                && !success.mediaType().contains("*")) {
            lines.add(".header(\"Accept\", " + JavaText.literal(success.mediaType()) + ")");
        }
        StringJoiner signature = new StringJoiner(", ");
        StringJoiner arguments = new StringJoiner(", ");
        for (String[] r : required) {
            signature.add(r[0] + " " + r[1]);
            arguments.add(r[1]);
        }
        Pagination paging = op.pagination();
        String pointer = op.envelope().response();
        TypeRef resultRef = success == null ? null : success.type();
        String itemType = null;
        String strategy = null;
        boolean paged = false;
        if (paging != null && resultRef != null) {
            TypeRef items = at(resultRef, paging.items(), op);
            if (items instanceof TypeRef.ArrayOf array) {
                paged = true;
                itemType = speller.spell(array.items(), imports);
                resultRef = items;
                pointer = paging.items();
                strategy = strategy(paging, imports);
            } else {
                warnings.add(new SpecProblem(specFile, 0, 0, "", "operation " + op.operationId() + ": pagination items pointer '"
                        + paging.items() + "' does not lead to an array in the response schema; generated as a plain call"));
            }
        } else if (resultRef != null && !pointer.isEmpty()) {
            TypeRef inner = at(resultRef, pointer, op);
            if (inner == null) {
                warnings.add(new SpecProblem(specFile, 0, 0, "", "operation " + op.operationId() + ": envelope pointer '"
                        + pointer + "' is not a property path of the response schema; the whole body is returned"));
                pointer = "";
            } else {
                resultRef = inner;
            }
        }
        String typeReference = imports.spell("com.fasterxml.jackson.core.type.TypeReference");
        String responseSpecType = imports.spell("io.handspec.runtime.ResponseSpec");
        String resultType;
        String spec;
        if (resultRef == null) {
            resultType = imports.spell("java.lang.Void");
            spec = responseSpecType + ".none()";
        } else if (resultRef instanceof TypeRef.Primitive p && p.scalar() == TypeRef.Scalar.BINARY) {
            resultType = "byte[]";
            spec = responseSpecType + ".bytes()";
        } else {
            resultType = speller.spell(resultRef, imports);
            spec = responseSpecType + ".json(new " + typeReference + "<" + resultType + ">() { }, " + JavaText.literal(pointer) + ")";
        }
        List<String> throwsDocs = new ArrayList<>();
        String apiException = imports.spell("io.handspec.runtime.ApiException");
        for (Response r : op.responses()) {
            if (r.success()) {
                continue;
            }
            if (r.type() != null) {
                String errorType = speller.spell(r.type(), imports);
                spec += r.code() > 0 ? "\n            .error(" + r.code() + ", new " + typeReference + "<" + errorType + ">() { })"
                        : "\n            .defaultError(new " + typeReference + "<" + errorType + ">() { })";
            }
            String exception = EXCEPTIONS.get(r.code());
            String what = r.description() == null || r.description().isBlank() ? "" : ": " + JavaText.escapeDoc(r.description().strip().split("\n")[0]);
            if (exception != null) {
                throwsDocs.add("@throws " + apiException + "." + exception + " on " + r.status() + what);
            } else if (r.status().startsWith("5")) {
                throwsDocs.add("@throws " + apiException + ".ServerError on " + r.status() + what);
            }
        }
        throwsDocs.add("@throws " + apiException + " on any other error status");
        throwsDocs.add("@throws " + imports.spell("io.handspec.runtime.ApiIoException") + " when the request could not be sent or read");
        List<String> javadoc = new ArrayList<>(JavaText.javadoc(op.summary()));
        List<String> description = JavaText.javadoc(op.description());
        if (!description.isEmpty()) {
            if (!javadoc.isEmpty()) {
                javadoc.add("<p>");
            }
            javadoc.addAll(description);
        }
        if (javadoc.isEmpty()) {
            javadoc.add(JavaText.escapeDoc(op.method() + " " + op.path()) + ".");
        }
        javadoc.add("<p><code>" + JavaText.escapeDoc(op.method() + " " + op.path()) + "</code>");
        String constant = JavaNames.constantName(methodName) + "_SPEC";
        return new OperationView(methodName, JavaText.literal(op.operationId()), JavaText.literal(op.method()), JavaText.literal(op.path()), javadoc, paramDocs, op.deprecated(),
                signature.toString(), arguments.toString(), required.isEmpty() ? "" : ", ", !optional.isEmpty(), paramsClass,
                optional, lines, resultType, spec, constant, paged, itemType, strategy, throwsDocs);
    }

    private static String docOrName(String description, String fallback) {
        List<String> doc = JavaText.javadoc(description);
        return doc.isEmpty() ? JavaText.escapeDoc(fallback) : String.join(" ", doc);
    }

    private static String paramLine(Parameter p, String value, String style) {
        String name = JavaText.literal(p.name());
        return switch (p.in()) {
            case PATH -> ".pathParam(" + name + ", " + style + "." + (p.style() == Parameter.Style.MATRIX ? "MATRIX" : "SIMPLE") + ", " + value + ")";
            case QUERY -> ".queryParam(" + name + ", " + style + "." + queryStyle(p) + ", " + value + ")";
            case HEADER -> ".header(" + name + ", " + value + ")";
            case COOKIE -> ".header(\"Cookie\", " + value + " == null ? null : " + JavaText.literal(p.name() + "=") + " + " + value + ")";
        };
    }

    private static String queryStyle(Parameter p) {
        return switch (p.style()) {
            case DEEP_OBJECT -> "DEEP_OBJECT";
            case FORM -> p.explode() ? "FORM_EXPLODED" : "FORM";
            default -> "FORM";
        };
    }

    private static Response success(Operation op) {
        Response fallback = null;
        for (Response r : op.responses()) {
            if (r.status().startsWith("2")) {
                if (r.type() != null) {
                    return r;
                }
                if (fallback == null) {
                    fallback = r;
                }
            }
        }
        return fallback;
    }

    /** The type found by following a JSON pointer of property names through object schemas, or {@code null}. */
    private TypeRef at(TypeRef root, String pointer, Operation op) {
        if (pointer == null || pointer.isEmpty()) {
            return root;
        }
        TypeRef current = root;
        for (String raw : pointer.substring(1).split("/")) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            Schema s = registry.schemaOf(current);
            List<Property> properties = s == null ? null : s.match(ObjectSchema::properties, e -> null, u -> null);
            if (properties == null) {
                return null;
            }
            TypeRef next = null;
            for (Property p : properties) {
                if (p.name().equals(segment)) {
                    next = p.type();
                }
            }
            if (next == null) {
                return null;
            }
            current = next;
        }
        return current;
    }

    private static String strategy(Pagination p, ImportCollector imports) {
        String type = imports.spell("io.handspec.runtime.PageStrategy");
        return p.match(
                offset -> type + ".offset(" + JavaText.literal(offset.offsetParam()) + ", " + JavaText.literal(offset.limitParam()) + ", "
                        + total(offset.total()) + (offset.next() == null ? "" : ", " + JavaText.literal(offset.next())) + ")",
                page -> type + ".pageNumber(" + JavaText.literal(page.pageParam()) + ", "
                        + (page.sizeParam() == null ? "null" : JavaText.literal(page.sizeParam())) + ", " + page.firstPage() + ", "
                        + total(page.total()) + ")",
                cursor -> {
                    StringJoiner entries = new StringJoiner(", ");
                    cursor.cursor().forEach((header, field) -> entries.add(JavaText.literal(header) + ", " + JavaText.literal(field)));
                    return type + ".headerCursor(" + imports.spell("java.util.Map") + ".of(" + entries + "))";
                });
    }

    private static String total(String pointer) {
        return pointer == null ? "null" : JavaText.literal(pointer);
    }
}
