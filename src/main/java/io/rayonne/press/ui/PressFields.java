package io.rayonne.press.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Choices the press screens share. */
final class PressFields {

    private PressFields() {}

    /** ISO country codes, sorted by their name in the user's language. */
    static List<String> countries(Locale locale) {
        return Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> countryName(code, locale)))
                .toList();
    }

    static String countryName(String code, Locale locale) {
        return new Locale("", code).getDisplayCountry(locale);
    }
}
