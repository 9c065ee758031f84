package io.handspec.generator.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A Java class name: package plus the chain of simple names from the top-level class inward.
 *
 * @param packageName the package, {@code ""} for none
 * @param simpleNames top-level name first, then nested names
 */
public record ClassName(String packageName, List<String> simpleNames) {
    public ClassName {
        simpleNames = List.copyOf(simpleNames);
    }

    public static ClassName of(String packageName, String simpleName) {
        return new ClassName(packageName, List.of(simpleName));
    }

    /** Parses {@code java.util.Map} (top-level classes only). */
    public static ClassName parse(String canonical) {
        int dot = canonical.lastIndexOf('.');
        return of(canonical.substring(0, Math.max(dot, 0)), canonical.substring(dot + 1));
    }

    /** A class nested in this one. */
    public ClassName nested(String simpleName) {
        List<String> names = new ArrayList<>(simpleNames);
        names.add(simpleName);
        return new ClassName(packageName, names);
    }

    public String simpleName() {
        return simpleNames.get(simpleNames.size() - 1);
    }

    public String topLevelName() {
        return simpleNames.get(0);
    }

    public ClassName topLevel() {
        return of(packageName, topLevelName());
    }

    /** {@code Outer.Inner}. */
    public String relativeName() {
        return String.join(".", simpleNames);
    }

    public String canonicalName() {
        return packageName.isEmpty() ? relativeName() : packageName + "." + relativeName();
    }
}
