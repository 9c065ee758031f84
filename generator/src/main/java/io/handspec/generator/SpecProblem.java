package io.handspec.generator;

/**
 * One thing wrong with a spec, placed as exactly as the parser allows.
 *
 * @param file    the file it is in
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param pointer JSON pointer of the place ({@code /paths/~1tasks/get}), or {@code ""} for the document
 * @param message what is wrong and how to fix it
 */
public record SpecProblem(String file, int line, int column, String pointer, String message) {

    /** {@code file:line:column: message (at pointer)}, as compilers print it. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        s.append(": ").append(message);
        if (pointer != null && !pointer.isEmpty()) {
            s.append(" (at ").append(pointer).append(')');
        }
        return s.toString();
    }
}
