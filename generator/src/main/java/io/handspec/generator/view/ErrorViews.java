package io.handspec.generator.view;

import io.handspec.generator.model.ApiErrors;
import io.handspec.generator.model.Operation;
import io.handspec.generator.model.Response;
import io.handspec.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The error side of an operation: which type each error status's body is read as, handed to the
 * runtime as data ({@code ResponseSpec.error("404", Missing.class)}, the API-wide
 * {@code ErrorTypes} constant) rather than as generated branches, and the {@code @throws} lines.
 */
final class ErrorViews {
    static final String TYPE_REFERENCE = "com.fasterxml.jackson.core.type.TypeReference";
    static final String ERROR_TYPES = "io.handspec.runtime.ErrorTypes";
    /** The name of an API class's API-wide {@code ErrorTypes} constant; never a {@code _SPEC} name. */
    static final String CONSTANT = "ERRORS";

    private static final Map<Integer, String> EXCEPTIONS = Map.ofEntries(
            Map.entry(400, "BadRequest"),
            Map.entry(401, "Unauthorized"),
            Map.entry(402, "PaymentRequired"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "NotFound"),
            Map.entry(409, "Conflict"),
            Map.entry(410, "Gone"),
            Map.entry(412, "PreconditionFailed"),
            Map.entry(422, "UnprocessableEntity"),
            Map.entry(429, "TooManyRequests"));

    private final TypeSpeller speller;
    private final ApiErrors apiWide;

    ErrorViews(TypeSpeller speller, ApiErrors apiWide) {
        this.speller = speller;
        this.apiWide = apiWide;
    }

    /** The declaration of the API class's {@code ERRORS} constant, or {@code null} without {@code x-handspec-errors}. */
    Code constant(ImportCollector imports) {
        if (apiWide == null) {
            return null;
        }
        List<Code> args = new ArrayList<>();
        args.add(typeArgument(apiWide.type(), imports));
        apiWide.statuses().forEach(s -> args.add(Code.literal(s)));
        String errorTypes = imports.spell(ERROR_TYPES);
        return Code.of(
                "private static final $T $N = $T.of($L);", errorTypes, CONSTANT, errorTypes, Code.join(", ", args));
    }

    /** {@code spec} with the API-wide and the operation's own error types added. */
    Code withErrors(Code spec, Operation op, ImportCollector imports) {
        Code out = apiWide == null ? spec : Code.of("$L\n            .errors($N)", spec, CONSTANT);
        for (Response r : op.responses()) {
            if (!r.success() && r.type() != null) {
                out = Code.of("$L\n            .error($S, $L)", out, r.status(), typeArgument(r.type(), imports));
            }
        }
        return out;
    }

    /** {@code Name.class}, or for a generic type such as {@code List<Problem>} a {@code TypeReference}'s type. */
    Code typeArgument(TypeRef type, ImportCollector imports) {
        String spelled = speller.spell(type, imports);
        return spelled.contains("<")
                ? Code.of("new $T<$L>() { }.getType()", imports.spell(TYPE_REFERENCE), Code.type(spelled))
                : Code.of("$L.class", Code.type(spelled));
    }

    /** The {@code @throws} lines: one per declared error status, naming the body type it is read as. */
    List<Doc> throwsDocs(Operation op, ImportCollector imports) {
        List<Doc> out = new ArrayList<>();
        String apiException = imports.spell("io.handspec.runtime.ApiException");
        for (Response r : op.responses()) {
            if (r.success()) {
                continue;
            }
            String exception = EXCEPTIONS.get(r.code());
            Code thrown = Code.type(
                    exception != null
                            ? apiException + "." + exception
                            : r.status().startsWith("5") ? apiException + ".ServerError" : apiException);
            Doc what = r.description() == null || r.description().isBlank()
                    ? Doc.of("")
                    : Doc.of(": %s", r.description().strip().split("\n")[0]);
            TypeRef body = r.type() != null ? r.type() : covered(r.status()) ? apiWide.type() : null;
            String on = r.status().equals("default") ? "any other error status" : r.status();
            out.add(Doc.of("@throws %s on %s%s", thrown, on, what).plus(bodyDoc(body, imports)));
        }
        boolean typedDefault = op.responses().stream().anyMatch(r -> r.status().equals("default") && r.type() != null);
        if (!typedDefault) {
            // the API-wide statuses the operation does not type itself
            List<String> rest = apiWide == null
                    ? List.of()
                    : apiWide.statuses().stream()
                            .filter(s -> op.responses().stream()
                                    .noneMatch(r -> r.status().equals(s) && r.type() != null))
                            .toList();
            out.add(Doc.of("@throws %s on any other error status", apiException)
                    .plus(
                            rest.isEmpty()
                                    ? Doc.of("")
                                    : Doc.of("; %s", String.join(", ", rest)).plus(bodyDoc(apiWide.type(), imports))));
        }
        out.add(Doc.of(
                "@throws %s when the request could not be sent or read",
                imports.spell("io.handspec.runtime.ApiIoException")));
        return out;
    }

    private Doc bodyDoc(TypeRef body, ImportCollector imports) {
        if (body == null) {
            return Doc.of("");
        }
        String spelled = speller.spell(body, imports);
        return spelled.contains("<") ? Doc.of(" (body: %s)", spelled) : Doc.of(" (body: {@link %s})", spelled);
    }

    /** Whether the API-wide declaration covers {@code status} (an exact status, a range, or {@code default}). */
    boolean covered(String status) {
        if (apiWide == null) {
            return false;
        }
        if (status.equals("default")) {
            return true;
        }
        return apiWide.statuses().contains(status)
                || status.length() == 3 && apiWide.statuses().contains(status.charAt(0) + "XX");
    }
}
