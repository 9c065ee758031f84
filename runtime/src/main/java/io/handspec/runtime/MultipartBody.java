package io.handspec.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a {@code multipart/form-data} body, in order, as a generated request type collects
 * them; the runtime picks the boundary and writes them ({@link MultipartEncoder}). A {@link FilePart}
 * is a file part, a text, number, boolean or enum a plain field, anything else JSON; a collection
 * repeats the part once per item.
 */
public final class MultipartBody {
    /** One named value with the content type and headers the spec's {@code encoding} gives it. */
    record Part(String name, Object value, String contentType, Map<String, String> headers) {}

    private final List<Part> parts;

    private MultipartBody(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /**
     * A builder for the body of {@code operation} whose parts {@code required} must be set.
     *
     * @param operation the operation id, for messages
     * @param required  the names of the required parts
     * @return the builder
     */
    public static Builder builder(String operation, String... required) {
        return new Builder(operation, List.of(required));
    }

    /** The parts, one per value (a collection is already split). */
    List<Part> parts() {
        return parts;
    }

    /** Collects parts by name; setting a name again replaces its value. */
    public static final class Builder {
        private final String operation;
        private final List<String> required;
        private final Map<String, Part> byName = new LinkedHashMap<>();

        private Builder(String operation, List<String> required) {
            this.operation = operation;
            this.required = required;
        }

        /** Sets a part with the spec's content type for it ({@code null}: the default for its kind). */
        public Builder set(String name, Object value, String contentType) {
            return set(name, value, contentType, Map.of());
        }

        /**
         * Sets a part; {@code null} removes it.
         *
         * @param name        the part name
         * @param value       a {@link FilePart}, a plain value, an object (sent as JSON) or a collection of them
         * @param contentType the spec's {@code encoding.contentType}, or {@code null} for the default of its kind
         * @param headers     headers the spec's {@code encoding.headers} give a default value
         * @return this builder
         */
        public Builder set(String name, Object value, String contentType, Map<String, String> headers) {
            if (value == null) {
                byName.remove(name);
            } else {
                byName.put(name, new Part(name, value, contentType, Map.copyOf(headers)));
            }
            return this;
        }

        /** The body; a required part that was not set fails here, naming it. */
        public MultipartBody build() {
            for (String name : required) {
                if (!byName.containsKey(name)) {
                    throw new IllegalStateException(
                            operation + ": the multipart part '" + name + "' is required (the spec says so): set it");
                }
            }
            List<Part> flat = new ArrayList<>();
            for (Part p : byName.values()) {
                if (p.value() instanceof Collection<?> items) {
                    items.stream()
                            .filter(java.util.Objects::nonNull)
                            .forEach(item -> flat.add(new Part(p.name(), item, p.contentType(), p.headers())));
                } else {
                    flat.add(p);
                }
            }
            return new MultipartBody(flat);
        }
    }
}
