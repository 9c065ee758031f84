package io.handspec.generator.spec;

import io.handspec.generator.model.Envelope;
import java.util.Map;
import java.util.Set;

/** Reads {@code x-handspec-envelope} (root or operation) into an {@link Envelope}. */
final class EnvelopeReader {
    static final String X_ENVELOPE = "x-handspec-envelope";
    private static final Set<String> KEYS = Set.of("response", "request");

    private final Problems problems;
    private final ExtensionValues values;

    EnvelopeReader(Problems problems) {
        this.problems = problems;
        this.values = new ExtensionValues(problems);
    }

    /** The envelope at {@code pointer}, or {@code fallback} when there is none; an operation's fields override the root's. */
    Envelope read(Object value, Envelope fallback, String pointer) {
        if (value == null) {
            return fallback;
        }
        Map<String, Object> m = values.object(value, pointer, "{response: /data, request: data}");
        if (m == null) {
            return fallback;
        }
        values.onlyKeys(m, pointer, KEYS);
        String response = values.jsonPointer(m, "response", pointer, fallback.response());
        String request = m.containsKey("request") ? values.string(m, "request", pointer, null) : fallback.request();
        if (request != null && request.isEmpty()) {
            problems.error(
                    pointer + "/request",
                    "request is the root key the body is wrapped in; it cannot be empty (leave it out instead)");
        }
        return new Envelope(response == null ? "" : response, request);
    }
}
