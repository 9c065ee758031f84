package io.handspec.generator.changes;

import io.handspec.generator.model.ApiModel;
import io.handspec.generator.spec.SpecPlaces;
import io.handspec.generator.view.JavaSurface;
import java.util.Locale;

/**
 * One side of a comparison: a spec's model, its client's Java names, and its file's places.
 *
 * @param model   the API
 * @param java    the Java names of its client
 * @param places  where things stand in its main file
 */
record Side(ApiModel model, JavaSurface java, SpecPlaces places) {

    /** The pointer of an operation, such as {@code /paths/~1tasks~1{id}/get}. */
    static String operation(String path, String method) {
        return "/paths/" + SpecPlaces.escape(path) + "/" + method.toLowerCase(Locale.ROOT);
    }
}
