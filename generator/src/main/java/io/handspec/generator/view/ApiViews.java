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
import io.handspec.generator.view.Views.ResultFormView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds the views of API classes: one method family per operation. */
final class ApiViews {
    /** Spelled only where used: a file imports what it uses and nothing else. */
    private static final String TYPE_REFERENCE = "com.fasterxml.jackson.core.type.TypeReference";

    private static final String API_RESPONSE = "io.handspec.runtime.ApiResponse";
    private static final String FUTURE = "java.util.concurrent.CompletableFuture";
    private static final String PAGED = "io.handspec.runtime.PagedIterable";
    private final TypeRegistry registry;
    private final TypeSpeller speller;
    private final ErrorViews errors;
    private final List<SpecProblem> warnings;
    private final String specFile;
    private final Set<String> packageRoots;
    /** The template's locals, the package roots, and class names a local could equal and so hide ({@code 日本.builder()}). */
    private final Set<String> reservedLocals;

    /** The {@code ResponseSpec} constants of the API class being built. */
    private final NameAllocator constants = new NameAllocator();

    /** The simple name of the API class being built, which its views reach the client through. */
    private final String className;

    ApiViews(
            String className,
            TypeRegistry registry,
            TypeSpeller speller,
            ErrorViews errors,
            List<SpecProblem> warnings,
            String specFile,
            Set<String> packageRoots) {
        this.className = className;
        this.registry = registry;
        this.speller = speller;
        this.errors = errors;
        // the API-wide error constant shares the class with the _SPEC constants
        constants.reserve(ErrorViews.CONSTANT);
        this.warnings = warnings;
        this.specFile = specFile;
        this.packageRoots = packageRoots;
        this.reservedLocals = TemplateNames.union(TemplateNames.API_LOCALS, packageRoots, registry.namesLikeMembers());
    }

    OperationView operation(Operation op, String methodName, String paramsClass, ImportCollector imports) {
        NameAllocator locals = new NameAllocator(reservedLocals);
        if (!Character.isUpperCase(paramsClass.codePointAt(0))) {
            locals.reserve(paramsClass);
        }
        // unique ignoring case: method names are, but upper-casing can still merge two (lıst and list both give LIST)
        Code constant = Code.name(constants.allocate(JavaNames.constantName(methodName) + "_SPEC"));
        // the parameters' constraints, made once for the class instead of on every call
        List<Code> constantLines = new ArrayList<>();
        java.util.function.BiFunction<Parameter, Code, Code> constraintsConstant = (p, value) -> {
            Code name = Code.name(constants.allocate(
                    JavaNames.constantName(methodName) + "_" + JavaNames.constantName(p.name()) + "_CONSTRAINTS"));
            constantLines.add(Code.of(
                    "private static final $T $L = $L;", imports.spell("io.handspec.runtime.Constraints"), name, value));
            return name;
        };
        List<Code> signature = new ArrayList<>();
        List<Code> arguments = new ArrayList<>();
        List<Parameter> optionalParams = new ArrayList<>();
        List<Code> lines = new ArrayList<>();
        List<Doc> paramDocs = new ArrayList<>();
        List<ParamView> optional = new ArrayList<>();
        NameAllocator optionalNames =
                new NameAllocator(TemplateNames.union(TemplateNames.PARAMS_MEMBERS, packageRoots));
        for (Parameter p : op.parameters()) {
            if (p.required()) {
                Code local = Code.name(locals.allocate(JavaNames.memberName(p.name())));
                signature.add(Code.of("$T $L", speller.spell(p.type(), imports), local));
                arguments.add(local);
                paramDocs.add(Doc.of("@param %s %s", local, docOrName(p.description(), p.name())));
                lines.addAll(ParamLines.of(p, local, pageSize(op, p), imports, constraintsConstant));
            } else {
                optionalParams.add(p);
            }
        }
        for (Parameter p : optionalParams) {
            Code name = Code.name(optionalNames.allocate(JavaNames.memberName(p.name())));
            List<Doc> doc = Doc.lines(p.description());
            optional.add(new ParamView(
                    name,
                    Code.type(speller.spell(p.type(), imports)),
                    doc.isEmpty() ? List.of(Doc.of("%s.", p.name())) : doc));
            lines.addAll(ParamLines.of(p, Code.of("p.$L()", name), pageSize(op, p), imports, constraintsConstant));
        }
        RequestBody body = op.requestBody();
        if (body != null) {
            Code local = Code.name(locals.allocate("body"));
            TypeRef bodyType = body.type();
            String rootKey = null;
            if (op.envelope().request() != null && body.encoding() == RequestBody.Encoding.JSON) {
                TypeRef inner = at(
                        bodyType,
                        "/" + op.envelope().request().replace("~", "~0").replace("/", "~1"),
                        op);
                if (inner != null) {
                    bodyType = inner;
                    rootKey = op.envelope().request();
                }
            }
            ClassName form = registry.formClass(op);
            signature.add(Code.of(
                    "$T $L",
                    form != null ? imports.spell(form.canonicalName()) : speller.spell(bodyType, imports),
                    local));
            arguments.add(local);
            Doc bodyDoc = docOrName(body.description(), "the request body");
            paramDocs.add(
                    body.required()
                            ? Doc.of("@param %s %s", local, bodyDoc)
                            : Doc.of("@param %s %s (may be {@code null})", local, bodyDoc));
            lines.add(Code.of(
                    ".body($T.$N, $S, $L)",
                    imports.spell("io.handspec.runtime.BodyKind"),
                    body.encoding().name(),
                    body.mediaType(),
                    form != null ? Code.of("$L == null ? null : $L.parts()", local, local) : local));
            lines.addAll(ParamLines.formRules(body, imports));
            if (rootKey != null) {
                lines.add(Code.of(".rootKey($S)", rootKey));
            }
        }
        Response success = success(op);
        if (success != null
                && success.mediaType() != null
                && !success.mediaType().equals("application/json")
                && !success.mediaType().contains("*")) {
            lines.add(Code.of(".header($S, $S)", "Accept", success.mediaType()));
        }
        Pagination paging = op.pagination();
        String pointer = op.envelope().response();
        TypeRef resultRef = success == null ? null : success.type();
        Code itemType = null;
        Code strategy = null;
        boolean paged = false;
        if (paging != null && resultRef != null) {
            TypeRef items = at(resultRef, paging.items(), op);
            if (items instanceof TypeRef.ArrayOf array) {
                paged = true;
                itemType = Code.type(speller.spell(array.items(), imports));
                resultRef = items;
                pointer = paging.items();
                strategy = Code.of("$L$L", strategy(paging, imports), maxPageSize(op, paging));
            } else {
                warnings.add(new SpecProblem(
                        specFile,
                        0,
                        0,
                        "",
                        "operation " + op.operationId() + ": pagination items pointer '" + paging.items()
                                + "' does not lead to an array in the response schema; generated as a plain call"));
            }
        } else if (resultRef != null && !pointer.isEmpty()) {
            TypeRef inner = at(resultRef, pointer, op);
            if (inner == null) {
                warnings.add(new SpecProblem(
                        specFile,
                        0,
                        0,
                        "",
                        "operation " + op.operationId() + ": envelope pointer '" + pointer
                                + "' is not a property path of the response schema; the whole body is returned"));
                pointer = "";
            } else {
                resultRef = inner;
            }
        }
        String responseSpecType = imports.spell("io.handspec.runtime.ResponseSpec");
        Code resultType;
        Code spec;
        if (resultRef == null) {
            resultType = Code.type(imports.spell("java.lang.Void"));
            spec = Code.of("$T.none()", responseSpecType);
        } else if (resultRef instanceof TypeRef.Primitive p && p.scalar() == TypeRef.Scalar.BINARY) {
            // a download is large by nature: handed over as a stream, outside the client's body size limit
            resultType = Code.type(imports.spell("java.io.InputStream"));
            spec = Code.of("$T.stream()", responseSpecType);
        } else {
            resultType = Code.type(speller.spell(resultRef, imports));
            spec = jsonSpec(resultRef, resultType, pointer, responseSpecType, imports);
        }
        spec = errors.withErrors(spec, op, imports);
        List<Doc> throwsDocs = errors.throwsDocs(op, imports);
        List<Doc> javadoc = new ArrayList<>(Doc.lines(op.summary()));
        List<Doc> description = Doc.lines(op.description());
        if (!description.isEmpty()) {
            if (!javadoc.isEmpty()) {
                javadoc.add(Doc.of("<p>"));
            }
            javadoc.addAll(description);
        }
        if (javadoc.isEmpty()) {
            javadoc.add(Doc.of("%s %s.", op.method(), op.path()));
        }
        javadoc.add(Doc.of("<p><code>%s %s</code>", op.method(), op.path()));
        Code leadingComma = signature.isEmpty() ? Code.EMPTY : Code.of(", ");
        Code required = Code.of("$L$L", Code.join(", ", arguments), leadingComma);
        String options = imports.spell("io.handspec.runtime.RequestOptions");
        Code fullArguments = Code.of("$L$Loptions", required, optional.isEmpty() ? Code.EMPTY : Code.of("params, "));
        Code fullSignature = Code.of(
                "$L$L$L$T options",
                Code.join(", ", signature),
                leadingComma,
                optional.isEmpty() ? Code.EMPTY : Code.of("$N params, ", paramsClass),
                options);
        Code defaultArguments =
                Code.of("$L$L$T.none()", required, optional.isEmpty() ? Code.EMPTY : Code.of("null, "), options);
        boolean returnsValue = resultRef != null;
        return new OperationView(
                Code.name(methodName),
                Code.literal(op.operationId()),
                Code.literal(op.method()),
                Code.literal(op.path()),
                javadoc,
                paramDocs,
                op.deprecated(),
                Code.join(", ", signature),
                Code.join(", ", arguments),
                leadingComma,
                fullSignature,
                fullArguments,
                defaultArguments,
                !optional.isEmpty(),
                Code.name(paramsClass),
                optional,
                lines,
                resultType,
                returnsValue ? resultType : Code.type("void"),
                returnsValue,
                returnsValue ? Code.of("return ") : Code.EMPTY,
                raw(methodName, fullArguments, resultType, constant, paged, imports),
                async(methodName, fullArguments, resultType, constant, paged, imports),
                asyncRaw(methodName, fullArguments, resultType, constant, imports),
                spec,
                constant,
                constantLines,
                paged,
                itemType,
                strategy,
                throwsDocs);
    }

    /**
     * {@code ResponseSpec.json(Name.class, ...)}, {@code jsonList}/{@code jsonMap} of a class, and only
     * for deeper generic types a {@code TypeReference}: an anonymous class each, which javac has to
     * attribute and write out.
     */
    private Code jsonSpec(
            TypeRef result, Code resultType, String pointer, String responseSpecType, ImportCollector imports) {
        TypeRef element = result instanceof TypeRef.ArrayOf a
                ? a.items()
                : result instanceof TypeRef.MapOf m ? m.values() : result;
        String spelled = element == result ? resultType.toString() : speller.spell(element, imports);
        if (spelled.indexOf('<') >= 0) {
            return Code.of(
                    "$T.json(new $T<$L>() { }, $S)",
                    responseSpecType,
                    imports.spell(TYPE_REFERENCE),
                    resultType,
                    pointer);
        }
        String factory = element == result ? "json" : result instanceof TypeRef.ArrayOf ? "jsonList" : "jsonMap";
        return Code.of("$T.$N($T.class, $S)", responseSpecType, factory, spelled, pointer);
    }

    /** The {@code Raw} view's methods: the response of the one request sent (of a paged list: its first page). */
    private ResultFormView raw(
            String method, Code fullArguments, Code resultType, Code constant, boolean paged, ImportCollector imports) {
        return new ResultFormView(
                Code.of("$T<$L>", imports.spell(API_RESPONSE), resultType),
                Code.of("$L.send($L, $NRequest($L))", constant, client(), method, fullArguments),
                paged
                        ? Doc.of(
                                "As {@link %s#%s}, returning the response to this one request: one page.",
                                className, method)
                        : Doc.of("As {@link %s#%s}, returning the response.", className, method));
    }

    /** The {@code Async} view's methods: the result when it arrives (of a paged list: every page). */
    private ResultFormView async(
            String method, Code fullArguments, Code resultType, Code constant, boolean paged, ImportCollector imports) {
        String future = imports.spell(FUTURE);
        if (paged) {
            return new ResultFormView(
                    Code.of("$T<$L>", future, resultType),
                    Code.of(
                            "$T.toListAsync(() -> $N.this.$N($L))",
                            imports.spell(PAGED),
                            className,
                            method,
                            fullArguments),
                    Doc.of("As {@link %s#%s}, fetching every page without blocking the caller.", className, method));
        }
        return new ResultFormView(
                Code.of("$T<$L>", future, resultType),
                Code.of("$L.bodyAsync($L, $NRequest($L))", constant, client(), method, fullArguments),
                Doc.of("As {@link %s#%s}, without blocking the caller.", className, method));
    }

    /**
     * The {@code AsyncRaw} view's methods: the response when it arrives. No lambda: the request of
     * {@code ApiRequest.operation} carries what building it failed with, and the future fails with it.
     */
    private ResultFormView asyncRaw(
            String method, Code fullArguments, Code resultType, Code constant, ImportCollector imports) {
        return new ResultFormView(
                Code.of("$T<$T<$L>>", imports.spell(FUTURE), imports.spell(API_RESPONSE), resultType),
                Code.of("$L.sendAsync($L, $NRequest($L))", constant, client(), method, fullArguments),
                Doc.of("As {@link %s#%s}, returning the response without blocking the caller.", className, method));
    }

    /** The API class's client as its inner view classes spell it: a parameter may be called {@code client}. */
    private Code client() {
        return Code.of("$N.this.client", className);
    }

    private static Doc docOrName(String description, String fallback) {
        List<Doc> doc = Doc.lines(description);
        return doc.isEmpty() ? Doc.text(fallback) : Doc.join(doc);
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

    /** The spec's {@code maximum} of the page size parameter, passed on so a larger size never goes on the wire. */
    /** Whether {@code param} is the page size of a paged operation: the pager lowers it to the spec's maximum. */
    private static boolean pageSize(Operation op, Parameter param) {
        Pagination p = op.pagination();
        return p != null
                && param.in() == Parameter.Location.QUERY
                && param.name().equals(p.match(Pagination.Offset::limitParam, Pagination.Page::sizeParam, c -> null));
    }

    private static Code maxPageSize(Operation op, Pagination p) {
        String sizeParam = p.match(Pagination.Offset::limitParam, Pagination.Page::sizeParam, cursor -> null);
        for (Parameter param : op.parameters()) {
            if (param.in() == Parameter.Location.QUERY
                    && param.maximum() != null
                    && param.maximum() > 0
                    && param.name().equals(sizeParam)) {
                return Code.of(".withMaxPageSize($L)", Code.longNumber(param.maximum()));
            }
        }
        return Code.EMPTY;
    }

    private static Code strategy(Pagination p, ImportCollector imports) {
        String type = imports.spell("io.handspec.runtime.PageStrategy");
        return p.match(
                offset -> offset.next() == null
                        ? Code.of(
                                "$T.offset($S, $S, $L)",
                                type,
                                offset.offsetParam(),
                                offset.limitParam(),
                                total(offset.total()))
                        : Code.of(
                                "$T.offset($S, $S, $L, $S)",
                                type,
                                offset.offsetParam(),
                                offset.limitParam(),
                                total(offset.total()),
                                offset.next()),
                page -> Code.of(
                        "$T.pageNumber($S, $L, $L, $L)",
                        type,
                        page.pageParam(),
                        page.sizeParam() == null ? Code.of("null") : Code.literal(page.sizeParam()),
                        Code.number(page.firstPage()),
                        total(page.total())),
                cursor -> {
                    // sorted: the model's map has no order, and the output must be the same on every run;
                    // Map.ofEntries: Map.of stops at ten entries
                    String map = imports.spell("java.util.Map");
                    List<Code> entries = new ArrayList<>();
                    new java.util.TreeMap<>(cursor.cursor())
                            .forEach((header, field) -> entries.add(Code.of("$T.entry($S, $S)", map, header, field)));
                    return Code.of("$T.headerCursor($T.ofEntries($L))", type, map, Code.join(", ", entries));
                });
    }

    private static Code total(String pointer) {
        return pointer == null ? Code.of("null") : Code.literal(pointer);
    }
}
