package io.handspec.generator.write;

import java.io.IOException;
import java.util.List;

/** Some output paths cannot be written safely; found before anything was written, so nothing changed. */
public final class UnsafeOutputException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    UnsafeOutputException(List<String> problems) {
        super(String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, naming the file and the fix. */
    public List<String> problems() {
        return problems;
    }
}
