package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each constraint a spec states, at and beyond its bound, with the message a caller sees. */
class ConstraintsTest {
    private static final Constraints LIMIT =
            Constraints.none().minimum("1", false).maximum("100", false);
    private static final Constraints RATIO =
            Constraints.none().minimum("0", true).maximum("1", true);

    @ParameterizedTest
    @CsvSource({"1", "100", "50"})
    void valuesWithinInclusiveBoundsPass(long value) {
        assertDoesNotThrow(() -> LIMIT.check("limit", value));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0   | limit is 0, but the spec allows at least 1 (minimum)",
                "101 | limit is 101, but the spec allows at most 100 (maximum)",
            })
    void valuesBeyondInclusiveBoundsFailNamingParameterValueAndConstraint(long value, String message) {
        assertEquals(
                message,
                assertThrows(IllegalArgumentException.class, () -> LIMIT.check("limit", value))
                        .getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0    | ratio is 0, but the spec allows greater than 0 (exclusiveMinimum)",
                "1.0  | ratio is 1.0, but the spec allows less than 1 (exclusiveMaximum)",
            })
    void exclusiveBoundsRefuseTheBoundItself(String value, String message) {
        assertEquals(
                message,
                assertThrows(IllegalArgumentException.class, () -> RATIO.check("ratio", new BigDecimal(value)))
                        .getMessage());
        assertDoesNotThrow(() -> RATIO.check("ratio", 0.5));
    }

    @org.junit.jupiter.api.Test
    void enumLengthPatternAndItemCountAreChecked() {
        Constraints status = Constraints.none().allowed("active", "archived");
        assertDoesNotThrow(() -> status.check("status", "active"));
        assertEquals(
                "status is 'deleted', but the spec allows one of [active, archived] (enum)",
                assertThrows(IllegalArgumentException.class, () -> status.check("status", "deleted"))
                        .getMessage());
        Constraints code = Constraints.none().length(2, 3).pattern("^[A-Z]+$");
        assertEquals(
                "code is 'ABCD' (4 characters), but the spec allows at most 3 characters (maxLength)",
                assertThrows(IllegalArgumentException.class, () -> code.check("code", "ABCD"))
                        .getMessage());
        assertEquals(
                "code is 'ab', but the spec allows text matching ^[A-Z]+$ (pattern)",
                assertThrows(IllegalArgumentException.class, () -> code.check("code", "ab"))
                        .getMessage());
        Constraints ids = Constraints.none().size(1, 2).eachItem(LIMIT);
        assertEquals(
                "ids has 3 items, but the spec allows at most 2 (maxItems)",
                assertThrows(IllegalArgumentException.class, () -> ids.check("ids", List.of(1, 2, 3)))
                        .getMessage());
        assertEquals(
                "ids item 1 is 500, but the spec allows at most 100 (maximum)",
                assertThrows(IllegalArgumentException.class, () -> ids.check("ids", List.of(1, 500)))
                        .getMessage());
        assertDoesNotThrow(() -> ids.check("ids", null));
        Constraints grid = Constraints.none().eachItem(ids);
        assertEquals(
                "grid item 1 item 0 is 500, but the spec allows at most 100 (maximum)",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> grid.check("grid", List.of(List.of(1), List.of(500, 2))))
                        .getMessage());
        assertEquals(
                "grid item 0 has 3 items, but the spec allows at most 2 (maxItems)",
                assertThrows(IllegalArgumentException.class, () -> grid.check("grid", List.of(List.of(1, 2, 3))))
                        .getMessage());
        assertDoesNotThrow(() -> grid.check("grid", List.of(List.of(1, 2), List.of(100))));
    }

    @org.junit.jupiter.api.Test
    void anOpenEnumValueTheSpecDoesNotKnowIsRefusedByItsWireValue() {
        WireValue unknown = () -> "purple";
        assertEquals(
                "colour is 'purple', but the spec allows one of [red, green] (enum)",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Constraints.none().allowed("red", "green").check("colour", unknown))
                        .getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Infinity  | limit is Infinity, but the spec allows at most 100 (maximum)",
                "-Infinity | limit is -Infinity, but the spec allows at least 1 (minimum)",
                "NaN       | limit is NaN, but the spec allows at least 1 (minimum)",
            })
    void nonFiniteNumbersAreOutsideEveryBound(double value, String message) {
        assertEquals(
                message,
                assertThrows(IllegalArgumentException.class, () -> LIMIT.check("limit", value))
                        .getMessage());
    }

    @Test
    void aCatastrophicPatternFromTheSpecDoesNotHangTheClient() {
        // (a+)+\1$ backtracks 2^n times (the back reference defeats the regex engine's memo) on "aaa...!": the check
        // gives up and leaves the value to the server
        Constraints evil = Constraints.none().pattern("^(a+)+\\1$");
        String value = "a".repeat(64) + "!";
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> evil.check("name", value));
        assertThrows(IllegalArgumentException.class, () -> evil.check("name", "!"));
    }

    @Test
    void aPatternJavaCannotReadDoesNotBreakTheClassThatHoldsIt() {
        // valid ECMA-262 ("any character, newlines too"), a syntax error for java.util.regex
        Constraints c = assertDoesNotThrow(() -> Constraints.none().pattern("^[^]*$"));
        assertDoesNotThrow(() -> c.check("note", "any\ntext"));
    }
}
