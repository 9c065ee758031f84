package io.handspec.generator.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Spells class names for one source file and collects its imports. A class is imported when its
 * simple name is free in the file; when a type of the file's own package or a nested type of the
 * file has that name (a model called {@code List} or {@code String}), the class is written fully
 * qualified instead. So a spec may name its schemas anything.
 */
public final class ImportCollector {
    private final String packageName;
    private final Set<String> shadowing;
    private final Set<String> nested;
    private final Map<String, String> importedBySimpleName = new HashMap<>();
    private final Set<String> imports = new TreeSet<>();

    /**
     * @param packageName the file's package
     * @param shadowing   simple names that already mean something in the file: types of its package and its nested types
     */
    public ImportCollector(String packageName, Set<String> shadowing) {
        this(packageName, shadowing, Set.of());
    }

    /**
     * @param packageName the file's package
     * @param shadowing   simple names that already mean something in the file: types of its package (its nested
     *                    types shadow too, whether listed here or not)
     * @param nested      simple names of the types nested in the file, which hide same-named types of the package
     */
    public ImportCollector(String packageName, Set<String> shadowing, Set<String> nested) {
        this.packageName = packageName;
        // no copy for a set that is already immutable: the package's names are shared by all its files
        this.shadowing = Set.copyOf(shadowing);
        this.nested = Set.copyOf(nested);
    }

    /** How the file refers to {@code name}. */
    public String spell(ClassName name) {
        String top = name.topLevelName();
        String topCanonical = name.topLevel().canonicalName();
        if (name.packageName().equals(packageName)) {
            return nested.contains(top) ? name.canonicalName() : name.relativeName();
        }
        if (shadowing.contains(top)
                || nested.contains(top)
                || (importedBySimpleName.containsKey(top)
                        && !importedBySimpleName.get(top).equals(topCanonical))) {
            return name.canonicalName();
        }
        // java.lang names are recorded too: once String means java.lang.String, a model String is written in full
        importedBySimpleName.put(top, topCanonical);
        if (!name.packageName().equals("java.lang")) {
            imports.add(topCanonical);
        }
        return name.relativeName();
    }

    /** How the file refers to the top-level class {@code canonical}. */
    public String spell(String canonical) {
        return spell(ClassName.parse(canonical));
    }

    /** The import lines' class names, sorted. */
    public List<String> imports() {
        return new ArrayList<>(imports);
    }
}
