package io.handspec.generator.spec;

/**
 * A JSON pointer built one step at a time while a tree is walked, and spelt out only when a problem is
 * reported at it: walking a large spec visits hundreds of thousands of places and reports at few.
 */
final class Pointer {
    static final Pointer ROOT = new Pointer(null, null);

    private final Pointer parent;
    /** The unescaped key, or the index as a string; {@code null} at the root. */
    private final String token;

    private Pointer(Pointer parent, String token) {
        this.parent = parent;
        this.token = token;
    }

    /** The member {@code key} (as written, unescaped) of the object here. */
    Pointer child(String key) {
        return new Pointer(this, key);
    }

    /** The element {@code index} of the array here. */
    Pointer child(int index) {
        return new Pointer(this, Integer.toString(index));
    }

    /** The unescaped last token, {@code null} at the root. */
    String last() {
        return token;
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        append(s);
        return s.toString();
    }

    private void append(StringBuilder s) {
        if (parent != null) {
            parent.append(s);
            s.append('/').append(SourceIndex.escape(token));
        }
    }
}
