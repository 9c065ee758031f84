package io.handspec.runtime;

import java.util.regex.Pattern;

/**
 * Runs a spec's {@code pattern} with a budget of character reads, so a pattern that backtracks
 * exponentially (a back reference inside a nested quantifier) cannot hang the caller's thread:
 * past the budget the value is let through and left to the server to judge.
 */
final class BoundedMatch {
    /** Reads allowed per character of the value: generous for any sane pattern, far below 2^n. */
    private static final long READS_PER_CHAR = 10_000;

    private BoundedMatch() {}

    /** Whether {@code pattern} is found in {@code text}; {@code true} when the budget runs out. */
    static boolean find(Pattern pattern, String text) {
        try {
            return pattern.matcher(new Counted(text, READS_PER_CHAR * (text.length() + 1)))
                    .find();
        } catch (BudgetSpent e) {
            return true;
        }
    }

    /** Thrown from inside the matcher to stop it. */
    private static final class BudgetSpent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetSpent() {
            super(null, null, false, false);
        }
    }

    /** The text, counting every character the matcher reads. */
    private static final class Counted implements CharSequence {
        private final String text;
        private long left;

        Counted(String text, long budget) {
            this.text = text;
            this.left = budget;
        }

        @Override
        public char charAt(int index) {
            if (--left < 0) {
                throw new BudgetSpent();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
