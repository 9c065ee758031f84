package io.handspec.generator.view;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code t} map templates spell framework types through ({@code {{t.Map}}}): each type is
 * spelled, and so imported, the first time a rendering reads it, so a file imports exactly what it
 * uses (JavaPoet collects imports the same way). Reading a name that is no framework type fails
 * the rendering, so a template cannot spell a type the view does not know.
 */
public final class TypeNames extends AbstractMap<String, Code> {
    private final ImportCollector imports;
    private final Map<String, Code> spelled = new TreeMap<>();

    TypeNames(ImportCollector imports) {
        this.imports = imports;
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        if (!(key instanceof String name) || FrameworkTypes.named(name) == null) {
            throw new IllegalArgumentException("the template reads t." + key
                    + ", which is no framework type the view knows;" + " spell it through one of "
                    + FrameworkTypes.simpleNames() + " or add it to FrameworkTypes");
        }
        return true;
    }

    @Override
    public synchronized Code get(Object key) {
        containsKey(key);
        return spelled.computeIfAbsent((String) key, name -> Code.type(imports.spell(FrameworkTypes.named(name))));
    }

    /** The types read so far, with their spellings. */
    @Override
    public synchronized Set<Entry<String, Code>> entrySet() {
        return Map.copyOf(spelled).entrySet();
    }

    /** The file's import lines as far as it has been rendered: read them after the body. */
    synchronized List<Code> imports() {
        return imports.imports().stream().map(Code::type).toList();
    }
}
