package io.handspec.generator.docs;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.List;

/** A unified diff (as {@code diff -u} prints it, 3 lines of context) between two normalised texts, by java-diff-utils. */
final class TextDiff {
    private static final int CONTEXT = 3;

    private TextDiff() {}

    /** The diff from {@code before} to {@code after}, or {@code ""} when they are the same. */
    static String unified(String beforeName, String before, String afterName, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        Patch<String> patch = DiffUtils.diff(a, b);
        if (patch.getDeltas().isEmpty()) {
            return "";
        }
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff(beforeName, afterName, a, patch, CONTEXT)) + "\n";
    }
}
