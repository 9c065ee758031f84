package io.handspec.generator;

import java.util.List;

/** A small unified diff for test failure messages: each differing line with its neighbours. */
final class Diff {
    private Diff() {}

    static String unified(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        StringBuilder out = new StringBuilder("--- expected\n+++ actual\n");
        int shown = 0;
        int max = Math.max(a.size(), b.size());
        for (int i = 0; i < max && shown < 40; i++) {
            String x = i < a.size() ? a.get(i) : null;
            String y = i < b.size() ? b.get(i) : null;
            if (x != null && x.equals(y)) {
                continue;
            }
            out.append("@@ line ").append(i + 1).append(" @@\n");
            if (x != null) {
                out.append('-').append(x).append('\n');
            }
            if (y != null) {
                out.append('+').append(y).append('\n');
            }
            shown++;
        }
        return out.toString();
    }
}
