package io.handspec.generator.changes;

import io.handspec.generator.GenerationException;
import io.handspec.generator.SpecChange;
import io.handspec.generator.model.ApiModel;
import io.handspec.generator.spec.SpecLoader;
import io.handspec.generator.spec.SpecPlaces;
import io.handspec.generator.view.JavaSurface;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares two versions of a spec as the code using its client sees them. The comparison runs on the
 * generator's own model and the names of the very views it renders, not on the OpenAPI documents: so a
 * change is named as Java shows it ({@code method TasksApi.getTask removed}), and judged by what it does
 * to the generated Java (a format change that keeps the Java type is not breaking; a parameter turning
 * optional is, because it leaves the method's arguments).
 */
public final class SpecComparison {
    private SpecComparison() {}

    /**
     * The changes from {@code before} to {@code after}, placed in {@code after}.
     *
     * @param before      the previous spec file
     * @param after       the spec file now
     * @param basePackage the client's package
     * @param clientName  the clientName option, or {@code null}
     * @throws GenerationException when a spec cannot be read
     */
    public static List<SpecChange> compare(Path before, Path after, String basePackage, String clientName)
            throws GenerationException {
        return compare(before, after, SpecLoader.load(after.toString()).model(), basePackage, clientName);
    }

    /**
     * As {@link #compare(Path, Path, String, String)}, with {@code after} already read into {@code now}:
     * only {@code before} is read, and its model is let go when the comparison is done.
     */
    public static List<SpecChange> compare(Path before, Path after, ApiModel now, String basePackage, String clientName)
            throws GenerationException {
        ApiModel was = SpecLoader.load(before.toString()).model();
        return compare(
                new Side(was, JavaSurface.of(was, basePackage, clientName), SpecPlaces.of(before)),
                new Side(now, JavaSurface.of(now, basePackage, clientName), SpecPlaces.of(after)));
    }

    static List<SpecChange> compare(Side before, Side after) {
        Found found = new Found(after.places());
        new ClientDiff(before, after, found).run();
        new OperationDiff(before, after, found).run();
        new SchemaDiff(before, after, found).run();
        return found.all();
    }
}
