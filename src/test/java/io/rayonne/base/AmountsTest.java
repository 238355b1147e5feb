package io.rayonne.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sums typed the French way, the English way or bare; ambiguous ones refused. */
class AmountsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1250|125000",
                "1 250|125000",
                "1\u202f250,50 €|125050",
                "1250,5|125050",
                "12,30|1230",
                "12.30|1230",
                "1,250.50|125050",
                "1.250,50|125050",
                "0,99 euros|99",
                "45 EUR|4500"
            })
    void readsFrenchEnglishAndBareSums(String typed, long cents) {
        assertThat(Amounts.parseCents(typed)).isEqualTo(cents);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"douze", "12,3,4", "1.250", "1,250", "-5", "12,345", "1 25", "3,", "12 €50", "9999999999999"})
    void refusesWhatItCannotReadWithoutGuessing(String typed) {
        assertThatThrownBy(() -> Amounts.parseCents(typed)).isInstanceOf(Amounts.InvalidAmountException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void nothingTypedIsNoAmount(String typed) {
        assertThat(Amounts.parseCents(typed)).isNull();
    }

    @org.junit.jupiter.api.Test
    void writesSumsForReadersAndForFields() {
        assertThat(Amounts.format(125050, Locale.FRENCH)).isEqualTo("1\u202f250,50\u00a0€");
        assertThat(Amounts.format(30000, Locale.FRENCH)).isEqualTo("300\u00a0€");
        assertThat(Amounts.format(125050, Locale.ENGLISH)).isEqualTo("€1,250.50");
        assertThat(Amounts.toField(125050L, Locale.FRENCH)).isEqualTo("1250,50");
        assertThat(Amounts.toField(null, Locale.FRENCH)).isEmpty();
    }
}
