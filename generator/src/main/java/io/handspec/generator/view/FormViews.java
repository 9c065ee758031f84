package io.handspec.generator.view;

import io.handspec.generator.model.Operation;
import io.handspec.generator.model.RequestBody;
import io.handspec.generator.model.TypeRef;
import io.handspec.generator.view.Views.FormView;
import io.handspec.generator.view.Views.PartView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds the typed request of a multipart body: one builder method per part, files as {@code FilePart}. */
final class FormViews {
    private static final String FILE_PART = "io.handspec.runtime.FilePart";
    /** Members of the generated class and its builder a part method must not take. */
    private static final Set<String> MEMBERS =
            TemplateNames.union(TemplateNames.OBJECT_METHODS, Set.of("build", "builder", "parts"), Set.of());

    private final TypeSpeller speller;
    private final Set<String> packageRoots;

    FormViews(TypeSpeller speller, Set<String> packageRoots) {
        this.speller = speller;
        this.packageRoots = packageRoots;
    }

    FormView view(Operation op, ClassName className, ImportCollector imports) {
        RequestBody body = op.requestBody();
        NameAllocator names = new NameAllocator(TemplateNames.union(TemplateNames.FORM_MEMBERS, packageRoots));
        List<PartView> parts = new ArrayList<>();
        List<Code> required = new ArrayList<>();
        for (RequestBody.Part part : body.parts()) {
            Code name = Code.name(names.allocate(JavaNames.memberName(part.name())));
            List<Doc> javadoc = new ArrayList<>(Doc.lines(part.description()));
            if (javadoc.isEmpty()) {
                javadoc.add(Doc.of("The part <code>%s</code>.", part.name()));
            }
            if (part.required()) {
                javadoc.add(Doc.of("<p>Required."));
                required.add(Code.literal(part.name()));
            }
            Code headers = Code.EMPTY;
            if (!part.headers().isEmpty()) {
                List<Code> entries = new ArrayList<>();
                part.headers().forEach((k, v) -> entries.add(Code.of("$S, $S", k, v)));
                headers = Code.of(", $T.of($L)", imports.spell("java.util.Map"), Code.join(", ", entries));
            }
            parts.add(new PartView(
                    name,
                    Code.type(type(part.type(), imports)),
                    Code.literal(part.name()),
                    part.contentType() == null ? Code.of("null") : Code.literal(part.contentType()),
                    headers,
                    javadoc));
        }
        List<Doc> javadoc = List.of(
                Doc.of(
                        "The <code>%s</code> body of <code>%s</code>: one method per part.",
                        body.mediaType(), op.operationId()),
                Doc.of(
                        "<p>Files are given as {@link %s}: bytes, a path (streamed when sent) or a stream.",
                        imports.spell(FILE_PART)));
        return new FormView(
                Code.name(className.simpleName()),
                javadoc,
                Code.literal(op.operationId()),
                required.isEmpty() ? Code.EMPTY : Code.of(", $L", Code.join(", ", required)),
                parts);
    }

    /** A binary part is a file; a list of them repeats the part; anything else is spelled as in a model. */
    private String type(TypeRef type, ImportCollector imports) {
        if (isFile(type)) {
            return imports.spell(FILE_PART);
        }
        if (type instanceof TypeRef.ArrayOf array && isFile(array.items())) {
            return imports.spell("java.util.List") + "<" + imports.spell(FILE_PART) + ">";
        }
        return speller.spell(type, imports);
    }

    private static boolean isFile(TypeRef type) {
        return type instanceof TypeRef.Primitive p && p.scalar() == TypeRef.Scalar.BINARY;
    }
}
