package io.handspec.generator.view;

import io.handspec.generator.model.ApiErrors;
import io.handspec.generator.model.Operation;
import io.handspec.generator.model.Response;
import io.handspec.generator.model.TypeRef;
import io.handspec.generator.view.Views.ErrorAccessorView;
import io.handspec.generator.view.Views.ErrorsView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds {@code <Client>Errors}: one static accessor per error body type the spec declares, so a
 * caller gets {@code Optional<ErrorDocument>} without naming the class, and {@code of(e)} for the
 * API-wide error body ({@code x-handspec-errors}). Only class types get one ({@code List<Problem>}
 * stays with {@code e.error()}).
 */
final class ErrorAccessors {
    /** Uses named beyond this many are summarised, so a large API's Javadoc stays short. */
    private static final int MAX_USES = 6;

    private ErrorAccessors() {}

    /** The name of the accessor class for the facade {@code clientName}: {@code KaloClient} gives {@code KaloErrors}. */
    static String className(String clientName) {
        return (clientName.endsWith("Client") ? clientName.substring(0, clientName.length() - 6) : clientName)
                + "Errors";
    }

    /** The view, or {@code null} when the API declares no error body of a class type. */
    static ErrorsView view(
            String className,
            List<Operation> operations,
            ApiErrors apiWide,
            TypeSpeller speller,
            ImportCollector imports) {
        // spelled type -> where the spec declares it, sorted by type for a stable order
        Map<String, List<String>> uses = new TreeMap<>();
        if (apiWide != null && isClass(apiWide.type())) {
            String type = speller.spell(apiWide.type(), imports);
            uses.computeIfAbsent(type, k -> new ArrayList<>())
                    .add(String.join(", ", apiWide.statuses()) + " of every operation that types no body of its own");
        }
        for (Operation op : operations) {
            for (Response r : op.responses()) {
                if (!r.success() && r.type() != null && isClass(r.type())) {
                    String type = speller.spell(r.type(), imports);
                    List<String> where = uses.computeIfAbsent(type, k -> new ArrayList<>());
                    String of = " of " + op.operationId();
                    int last = where.size() - 1;
                    if (last >= 0 && where.get(last).endsWith(of)) {
                        // the same operation's statuses together: "400, 404 of getNote"
                        String prior = where.get(last);
                        where.set(last, prior.substring(0, prior.length() - of.length()) + ", " + r.status() + of);
                    } else {
                        where.add(r.status() + of);
                    }
                }
            }
        }
        if (uses.isEmpty()) {
            return null;
        }
        NameAllocator names = new NameAllocator(Set.of("of"));
        List<ErrorAccessorView> accessors = new ArrayList<>();
        if (apiWide != null && isClass(apiWide.type())) {
            String type = speller.spell(apiWide.type(), imports);
            accessors.add(new ErrorAccessorView(
                    Code.name("of"),
                    Code.type(type),
                    List.of(Doc.of(
                            "The API's error body ({@code x-handspec-errors}): %s.",
                            uses.get(type).get(0)))));
        }
        uses.forEach((type, where) -> {
            List<String> shown = where.size() > MAX_USES ? where.subList(0, MAX_USES) : where;
            String more = where.size() > MAX_USES ? " and " + (where.size() - MAX_USES) + " more" : "";
            accessors.add(new ErrorAccessorView(
                    Code.name(names.allocate(JavaNames.memberName(simpleName(type)))),
                    Code.type(type),
                    List.of(Doc.of(
                            "The error body where it is of type {@link %s}: %s%s.",
                            type, String.join("; ", shown), more))));
        });
        List<Doc> javadoc = List.of(
                Doc.of(
                        "Typed error bodies: each accessor returns the body an {@link %s} carries,",
                        imports.spell("io.handspec.runtime.ApiException")),
                Doc.of(
                        "when it is of the accessor's type. Catch per status as usual, then e.g. {@code %s.%s(e)}.",
                        className, accessors.get(0).name()));
        return new ErrorsView(Code.name(className), javadoc, accessors);
    }

    /** Whether a type is spelled without type arguments, so it has a class literal. */
    private static boolean isClass(TypeRef type) {
        return !(type instanceof TypeRef.ArrayOf) && !(type instanceof TypeRef.MapOf);
    }

    private static String simpleName(String spelled) {
        return spelled.substring(spelled.lastIndexOf('.') + 1);
    }
}
