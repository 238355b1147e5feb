package io.rayonne.observatoire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchNumbersTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"12 500|12500", "12\u00A0500|12500", "12\u202F500|12500", "1 234 567|1234567", "210|210", "0|0"})
    void countsAsOfficesTypeThem(String typed, double expected) {
        assertThat(FrenchNumbers.parse(typed, false, false)).isEqualTo(expected);
    }

    @Test
    void scoresTakeADecimalCommaAndAPercentSign() {
        assertThat(FrenchNumbers.parse("92,5", true, true)).isEqualTo(92.5);
        assertThat(FrenchNumbers.parse(" 91 % ", true, true)).isEqualTo(91.0);
    }

    @Test
    void blankIsNotEntered() {
        assertThat(FrenchNumbers.parse("  ", false, false)).isNull();
        assertThat(FrenchNumbers.parse(null, false, false)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "douze|WORDS",
                "12 500 visiteurs|WORDS",
                "12.500|POINT",
                "12.5|POINT",
                "-3|NEGATIVE",
                "12,5|DECIMALS",
                "12 50|FORMAT",
                "1,2,3|FORMAT",
                "99999999999999|TOO_LARGE"
            })
    void refusedWithTheReason(String typed, FrenchNumbers.Problem problem) {
        assertThatThrownBy(() -> FrenchNumbers.parse(typed, false, false))
                .isInstanceOfSatisfying(FrenchNumbers.InvalidNumberException.class, e -> assertThat(e.problem())
                        .isEqualTo(problem));
    }

    @Test
    void aScoreStopsAtAHundred() {
        assertThatThrownBy(() -> FrenchNumbers.parse("120", true, true))
                .isInstanceOfSatisfying(FrenchNumbers.InvalidNumberException.class, e -> assertThat(e.problem())
                        .isEqualTo(FrenchNumbers.Problem.ABOVE_HUNDRED));
    }

    @Test
    void writtenBackTheFrenchWay() {
        assertThat(FrenchNumbers.format(12500, Locale.FRENCH)).isEqualTo("12\u202F500");
        assertThat(FrenchNumbers.format(92.5, Locale.FRENCH)).isEqualTo("92,5");
    }
}
