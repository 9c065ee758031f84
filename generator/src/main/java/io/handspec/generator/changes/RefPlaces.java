package io.handspec.generator.changes;

import com.fasterxml.jackson.databind.JsonNode;
import io.handspec.generator.spec.SpecPlaces;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Places a pointer of the edited spec in the file that holds it: where the main file has only a
 * {@code $ref} to another file ({@code Thing: {$ref: models/thing.yaml}}), the place is in that file, on
 * the line of the edit, not on the line of the {@code $ref}.
 */
final class RefPlaces {
    /** A file and a line (0 when unknown). */
    record Place(String file, int line) {}

    private static final int MAX_HOPS = 8;
    private final SpecPlaces main;
    private final Map<Path, SpecPlaces> others = new HashMap<>();

    RefPlaces(SpecPlaces main) {
        this.main = main;
    }

    Place of(String pointer) {
        SpecPlaces places = main;
        String at = pointer;
        for (int hops = 0; ; hops++) {
            String near = places.nearest(at);
            JsonNode node = places.at(near);
            String ref = node.path("$ref").asText("");
            if (hops >= MAX_HOPS || ref.isEmpty() || ref.startsWith("#")) {
                return new Place(places.file(), places.line(near));
            }
            int hash = ref.indexOf('#');
            String file = hash < 0 ? ref : ref.substring(0, hash);
            String fragment = hash < 0 ? "" : ref.substring(hash + 1);
            Path parent = Path.of(places.file()).toAbsolutePath().getParent();
            if (parent == null || file.contains(":")) {
                // a URL or an odd name: the $ref line is the best place there is
                return new Place(places.file(), places.line(near));
            }
            Path target = parent.resolve(file).normalize();
            places = others.computeIfAbsent(target, SpecPlaces::of);
            at = fragment + at.substring(near.length());
        }
    }
}
