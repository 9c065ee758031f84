package io.handspec.generator.view;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out names unique within one scope. Uniqueness ignores case, because two classes that
 * differ only by case overwrite each other on case-insensitive file systems, and two members that
 * do are a trap for readers.
 *
 * <pre>{@code
 * NameAllocator names = new NameAllocator(Set.of("build"));
 * names.allocate("Pet");   // "Pet"
 * names.allocate("pet");   // "pet2"   (differs from "Pet" only by case)
 * names.allocate("build"); // "build2" (reserved)
 * }</pre>
 */
public final class NameAllocator {
    private final Set<String> taken = new HashSet<>();
    /** Lower-case names also taken, shared between allocators rather than copied into each; never changed. */
    private final Set<String> shared;

    public NameAllocator() {
        this(Set.of());
    }

    /** An allocator that never hands out any of {@code reserved}. */
    public NameAllocator(Set<String> reserved) {
        this(reserved, Set.of());
    }

    /**
     * An allocator that never hands out any of {@code reserved}, nor any of {@code sharedLowerCase}: a
     * set from {@link #lowerCase(Set)}, used as it is (not copied), so many allocators can share a large one.
     */
    NameAllocator(Set<String> reserved, Set<String> sharedLowerCase) {
        this.shared = sharedLowerCase;
        reserved.forEach(r -> taken.add(r.toLowerCase(Locale.ROOT)));
    }

    /** {@code names} in lower case, immutable: for {@link #NameAllocator(Set, Set)}. */
    static Set<String> lowerCase(Set<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    /** {@code suggestion} if free, else {@code suggestion2}, {@code suggestion3}, ... */
    public String allocate(String suggestion) {
        String name = suggestion;
        for (int i = 2; isTaken(name); i++) {
            name = suggestion + i;
        }
        reserve(name);
        return name;
    }

    /** As {@link #allocate(String)}, also passing over {@code avoid} (ignoring case), which stay free for others. */
    public String allocate(String suggestion, Set<String> avoid) {
        String name = suggestion;
        for (int i = 2; isTaken(name) || avoid.stream().anyMatch(name::equalsIgnoreCase); i++) {
            name = suggestion + i;
        }
        reserve(name);
        return name;
    }

    /** Marks {@code name} as taken without allocating it. */
    public void reserve(String name) {
        taken.add(name.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code name} (ignoring case) is already taken. */
    public boolean isTaken(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return shared.contains(lower) || taken.contains(lower);
    }
}
