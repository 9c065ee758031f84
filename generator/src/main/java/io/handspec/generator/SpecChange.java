package io.handspec.generator;

/**
 * One difference between the spec a client was last generated from and the spec now, as the code
 * using the client sees it.
 *
 * @param kind     what changed, one of the kinds listed in the README ({@code OPERATION_REMOVED}, ...)
 * @param breaking whether code written against the previous client may stop compiling or working
 * @param java     the change in Java terms, e.g. {@code method TasksApi.getTask removed}
 * @param reason   why it is classified so
 * @param file     the spec file (the edited one)
 * @param line     1-based line in {@code file} of the place or of its nearest ancestor still there, 0 when unknown
 * @param pointer  JSON pointer of the changed thing (where it was, for a removal)
 */
public record SpecChange(
        String kind, boolean breaking, String java, String reason, String file, int line, String pointer) {

    /** {@code file:line: BREAKING java (kind at pointer)}. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + (breaking ? "BREAKING " : "") + java + " (" + kind + " at "
                + (pointer.isEmpty() ? "/" : pointer) + ")";
    }
}
