package io.handspec.generator.changes;

import io.handspec.generator.model.Operation;
import io.handspec.generator.model.Response;
import io.handspec.generator.view.JavaSurface;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What changed in what an operation gives back: its return type (which paging and the envelope
 * shape too) and its error responses. A change is breaking when the Java return type changes.
 */
final class ResultDiff {
    private final Side before;
    private final Side after;
    private final Found found;

    ResultDiff(Side before, Side after, Found found) {
        this.before = before;
        this.after = after;
        this.found = found;
    }

    void run(Operation was, Operation now, String at) {
        JavaSurface.Method m = before.java().method(was.operationId());
        JavaSurface.Method n = after.java().method(now.operationId());
        boolean typeChanged = !m.returnType().equals(n.returnType());
        String change = typeChanged
                ? "; return type changed from " + m.returnType() + " to " + n.returnType()
                : "; return type stays " + n.returnType();
        String reason = typeChanged
                ? "code that reads the result as " + m.returnType() + " no longer compiles"
                : "the Java return type is the same; the runtime reads the response differently";
        boolean reported = false;
        if (was.pagination() == null && now.pagination() != null) {
            found.add(
                    ChangeKind.PAGINATION_ADDED,
                    typeChanged,
                    at + "/x-handspec-pagination",
                    n.qualified() + " pages" + change,
                    reason);
            reported = true;
        } else if (was.pagination() != null && now.pagination() == null) {
            found.add(
                    ChangeKind.PAGINATION_REMOVED,
                    typeChanged,
                    at,
                    n.qualified() + " no longer pages" + change,
                    reason);
            reported = true;
        } else if (!Objects.equals(was.pagination(), now.pagination())) {
            found.add(
                    ChangeKind.PAGINATION_CHANGED,
                    typeChanged,
                    at + "/x-handspec-pagination",
                    n.qualified() + " pages differently" + change,
                    reason);
            reported = true;
        }
        if (!Objects.equals(was.envelope(), now.envelope())) {
            found.add(
                    ChangeKind.ENVELOPE_CHANGED,
                    typeChanged,
                    at + "/x-handspec-envelope",
                    n.qualified() + " unwraps its payload differently" + change,
                    reason);
            reported = true;
        }
        if (typeChanged && !reported) {
            found.breaking(
                    ChangeKind.RESPONSE_TYPE_CHANGED,
                    at + "/responses",
                    "return type of " + n.qualified() + " changed from " + m.returnType() + " to " + n.returnType(),
                    reason);
        }
        Map<String, String> errorsBefore = errors(before, was);
        Map<String, String> errorsAfter = errors(after, now);
        for (String status : union(errorsBefore, errorsAfter)) {
            String a = errorsBefore.get(status);
            String b = errorsAfter.get(status);
            if (!Objects.equals(a, b)) {
                found.compatible(
                        ChangeKind.ERROR_RESPONSE_CHANGED,
                        at + "/responses/" + status,
                        "error " + status + " of " + n.qualified() + ": "
                                + (a == null ? "added" : b == null ? "removed" : "body " + a + " now " + b),
                        "errors reach the code as ApiException, whose typed body is read at run time;"
                                + " no signature changes");
            }
        }
    }

    private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
        java.util.Set<String> out = new java.util.TreeSet<>(a.keySet());
        out.addAll(b.keySet());
        return out;
    }

    /** Error statuses to their Java body type ({@code "no body"} when none). */
    private static Map<String, String> errors(Side side, Operation op) {
        Map<String, String> out = new TreeMap<>();
        for (Response r : op.responses()) {
            if (!r.success()) {
                out.put(r.status(), r.type() == null ? "no body" : side.java().spell(r.type()));
            }
        }
        return out;
    }
}
