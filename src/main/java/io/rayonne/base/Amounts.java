package io.rayonne.base;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Sums of money in euros, kept as whole cents. People type them the French way ("1 250,50 €"),
 * the English way ("1,250.50") or bare ("1250"); anything ambiguous ("1.250" or "1,250": a thousand
 * euros or one?) is refused rather than guessed.
 */
public final class Amounts {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[ ,.]\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Currency EURO = Currency.getInstance("EUR");

    private Amounts() {}

    /** Thrown for a sum that cannot be read; the message is for logs, the screen says it in French. */
    public static final class InvalidAmountException extends IllegalArgumentException {
        public InvalidAmountException(String typed) {
            super("Not an amount: " + typed);
        }
    }

    /** The typed sum in cents, or null when nothing was typed. */
    public static @Nullable Long parseCents(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String s =
                typed.strip().replace("€", "").replaceAll("(?i)eur(os?)?$", "").strip();
        String grouped = SPACES.matcher(s).replaceAll(" ").strip();
        int comma = grouped.lastIndexOf(',');
        int dot = grouped.lastIndexOf('.');
        int decimalAt = -1;
        if (comma >= 0 && dot >= 0) {
            decimalAt = Math.max(comma, dot);
        } else if (comma >= 0 || dot >= 0) {
            int at = Math.max(comma, dot);
            int digitsAfter = grouped.length() - at - 1;
            if (digitsAfter <= 2 && grouped.indexOf(grouped.charAt(at)) == at) {
                decimalAt = at;
            } else if (digitsAfter == 3) {
                throw new InvalidAmountException(typed);
            }
        }
        String whole = decimalAt < 0 ? grouped : grouped.substring(0, decimalAt).strip();
        String fraction = decimalAt < 0 ? "" : grouped.substring(decimalAt + 1).strip();
        if (!(PLAIN.matcher(whole).matches() || GROUPED.matcher(whole).matches())
                || !fraction.matches("\\d{0,2}")
                || (decimalAt >= 0 && fraction.isEmpty())) {
            throw new InvalidAmountException(typed);
        }
        String digits = whole.replaceAll("[ ,.]", "");
        if (digits.length() > 12) {
            throw new InvalidAmountException(typed);
        }
        return new BigDecimal(digits + "." + (fraction + "00").substring(0, 2))
                .movePointRight(2)
                .longValueExact();
    }

    /** "1 250,50 €" in French, "€1,250.50" in English; whole euros without cents. */
    public static String format(long cents, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(EURO);
        format.setMinimumFractionDigits(cents % 100 == 0 ? 0 : 2);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(cents, 2));
    }

    /** As typed back into a field: "1250,50" in French. */
    public static String toField(@Nullable Long cents, Locale locale) {
        if (cents == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(cents % 100 == 0 ? 0 : 2);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(cents, 2));
    }
}
