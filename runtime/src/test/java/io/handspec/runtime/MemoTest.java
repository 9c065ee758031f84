package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {
    @Test
    void aValueIsMadeOnceUpToTheLimitOfKeysAndEachTimeBeyondIt() {
        AtomicInteger made = new AtomicInteger();
        Memo<String> memo = new Memo<>(2, key -> {
            made.incrementAndGet();
            return key.toUpperCase(java.util.Locale.ROOT);
        });
        for (int i = 0; i < 3; i++) {
            assertEquals("A", memo.get("a"));
            assertEquals("B", memo.get("b"));
        }
        assertEquals(2, made.get());
        // a third key is past the limit: made on every call, never kept
        assertEquals("C", memo.get("c"));
        assertEquals("C", memo.get("c"));
        assertEquals(4, made.get());
    }

    @Test
    void aFailureToMakeAValueIsPassedOnAndNothingIsKept() {
        AtomicInteger made = new AtomicInteger();
        Memo<java.util.regex.Pattern> memo = new Memo<>(8, regex -> {
            made.incrementAndGet();
            return java.util.regex.Pattern.compile(regex);
        });
        assertThrows(java.util.regex.PatternSyntaxException.class, () -> memo.get("[^]"));
        assertThrows(java.util.regex.PatternSyntaxException.class, () -> memo.get("[^]"));
        assertEquals(2, made.get());
        assertSame(memo.get("a+"), memo.get("a+"));
    }
}
