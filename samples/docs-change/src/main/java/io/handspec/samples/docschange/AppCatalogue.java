package io.handspec.samples.docschange;

import io.handspec.samples.docschange.client.model.App;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** User code written against the generated client: counts apps per device type. */
public final class AppCatalogue {
    private AppCatalogue() {}

    /** Apps per device type, e.g. {@code {iPad=1, iPhone=2}}. */
    public static Map<String, Integer> byDevice(List<App> apps) {
        Map<String, Integer> counts = new TreeMap<>();
        for (App app : apps) {
            counts.merge(app.deviceType(), 1, Integer::sum);
        }
        return counts;
    }
}
