package io.rayonne.press.ui;

import com.vaadin.flow.component.textfield.TextField;
import io.rayonne.base.Amounts;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Choices and readings the press screens share. */
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

    /** A field whose value cannot be read; it is marked, with its message, and nothing is cleared. */
    static final class UnreadableField extends RuntimeException {
        UnreadableField(String message) {
            super(message);
        }
    }

    /** A sum typed in euros ("1 250,50"), in cents; null when empty. */
    static @Nullable Long cents(TextField field) {
        try {
            field.setInvalid(false);
            return Amounts.parseCents(field.getValue());
        } catch (Amounts.InvalidAmountException e) {
            throw unreadable(field, "press.error.amount-invalid");
        }
    }

    /** A whole number typed with or without spaces between thousands ("12 500"); null when empty. */
    static @Nullable Long whole(TextField field) {
        field.setInvalid(false);
        String digits = field.getValue().replaceAll("[\\s\\u00a0\\u202f]", "");
        if (digits.isEmpty()) {
            return null;
        }
        if (!digits.matches("\\d{1,15}")) {
            throw unreadable(field, "press.error.number-invalid");
        }
        return Long.parseLong(digits);
    }

    /** A decimal typed with a comma or a point ("0,5"); null when empty. */
    static @Nullable Double decimal(TextField field) {
        field.setInvalid(false);
        String typed = field.getValue().strip().replace(',', '.');
        if (typed.isEmpty()) {
            return null;
        }
        if (!typed.matches("\\d{1,4}(\\.\\d{1,2})?")) {
            throw unreadable(field, "press.error.number-invalid");
        }
        return Double.parseDouble(typed);
    }

    /** As typed back: "0,5" in French. */
    static String decimal(@Nullable Double value, Locale locale) {
        if (value == null) {
            return "";
        }
        var format = java.text.NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        return format.format(value);
    }

    private static UnreadableField unreadable(TextField field, String key) {
        String message = field.getTranslation(key, field.getValue());
        field.setErrorMessage(message);
        field.setInvalid(true);
        return new UnreadableField(message);
    }
}
