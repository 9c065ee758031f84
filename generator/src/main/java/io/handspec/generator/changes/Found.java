package io.handspec.generator.changes;

import io.handspec.generator.SpecChange;
import io.handspec.generator.spec.SpecPlaces;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes found so far, each placed in the edited spec: at the changed thing, or for a removal
 * at the nearest ancestor still there, with the pointer of the thing itself.
 */
final class Found {
    private final RefPlaces edited;
    private final List<SpecChange> changes = new ArrayList<>();

    Found(SpecPlaces edited) {
        this.edited = new RefPlaces(edited);
    }

    void add(ChangeKind kind, boolean breaking, String pointer, String java, String reason) {
        RefPlaces.Place place = edited.of(pointer);
        changes.add(new SpecChange(kind.name(), breaking, java, reason, place.file(), place.line(), pointer));
    }

    void breaking(ChangeKind kind, String pointer, String java, String reason) {
        add(kind, true, pointer, java, reason);
    }

    void compatible(ChangeKind kind, String pointer, String java, String reason) {
        add(kind, false, pointer, java, reason);
    }

    List<SpecChange> all() {
        return List.copyOf(changes);
    }
}
