package io.handspec.generator.spec;

import io.handspec.generator.GenerationException;
import java.util.HashMap;
import java.util.Map;

/**
 * The specs of one job, each read at most once: the comparison with the previous version and the
 * generation share a load. A spec is kept from its first {@link #get} until the generation {@link
 * #take}s it, and is not held after.
 */
public final class LoadedSpecs {
    /** Reads a spec; {@link SpecLoader#load} outside tests. */
    public interface Loader {
        LoadedSpec load(String location) throws GenerationException;
    }

    private final Loader loader;
    private final Map<String, LoadedSpec> kept = new HashMap<>();

    /** Specs read by {@link SpecLoader#load}. */
    public LoadedSpecs() {
        this(SpecLoader::load);
    }

    public LoadedSpecs(Loader loader) {
        this.loader = loader;
    }

    /** {@code location} loaded, and kept for {@link #take}; a spec that fails to load is not kept. */
    public LoadedSpec get(String location) throws GenerationException {
        LoadedSpec spec = kept.get(location);
        if (spec == null) {
            spec = loader.load(location);
            kept.put(location, spec);
        }
        return spec;
    }

    /** {@code location} as kept by {@link #get}, or loaded now; either way no longer kept. */
    public LoadedSpec take(String location) throws GenerationException {
        LoadedSpec spec = kept.remove(location);
        return spec != null ? spec : loader.load(location);
    }
}
