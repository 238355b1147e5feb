package io.rayonne.observatoire;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Numbers as French offices type them: "12 500" (a space, no-break or narrow no-break space between
 * thousands), "92,5" (a decimal comma), "87 %". A point is refused rather than guessed: "12.500"
 * is twelve thousand five hundred in some habits and twelve and a half in others.
 */
public final class FrenchNumbers {

    /** Why a typed figure was refused; {@link #key()} is its sentence, with the typed text as argument. */
    public enum Problem {
        /** Written in words ("douze"). */
        WORDS,
        /** A point, whose meaning would be a guess ("12.500", "12.5"). */
        POINT,
        NEGATIVE,
        /** A count with decimals ("12,5 visiteurs"). */
        DECIMALS,
        /** A rate or score above 100. */
        ABOVE_HUNDRED,
        TOO_LARGE,
        /** Anything else ("12 50", "1,2,3"). */
        FORMAT;

        public String key() {
            return "figures.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A refused figure: why, and what was typed. */
    public static final class InvalidNumberException extends IllegalArgumentException {
        private final Problem problem;

        InvalidNumberException(Problem problem, String typed) {
            super(problem + ": " + typed);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** The largest figure kept: beyond it, a typing slip is more likely than a count. */
    static final double MAX = 1_000_000_000_000d;

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([ \\u00A0\\u202F]\\d{3})+(,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("\\d+(,\\d+)?");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private FrenchNumbers() {}

    /**
     * The number typed, or null when nothing was typed.
     *
     * @param decimals whether the figure may have decimals (a score) or is a whole count
     * @param percent whether it is a rate or score out of 100
     */
    public static @Nullable Double parse(@Nullable String typed, boolean decimals, boolean percent) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (LETTER.matcher(text).find()) {
            throw new InvalidNumberException(Problem.WORDS, typed);
        }
        if (text.startsWith("-") || text.startsWith("\u2212")) {
            throw new InvalidNumberException(Problem.NEGATIVE, typed);
        }
        if (text.contains(".")) {
            throw new InvalidNumberException(Problem.POINT, typed);
        }
        if (!GROUPED.matcher(text).matches() && !PLAIN.matcher(text).matches()) {
            throw new InvalidNumberException(Problem.FORMAT, typed);
        }
        String digits = text.replaceAll("[ \\u00A0\\u202F]", "").replace(',', '.');
        double value = Double.parseDouble(digits);
        if (!decimals && value != Math.rint(value)) {
            throw new InvalidNumberException(Problem.DECIMALS, typed);
        }
        if (percent && value > 100) {
            throw new InvalidNumberException(Problem.ABOVE_HUNDRED, typed);
        }
        if (value > MAX) {
            throw new InvalidNumberException(Problem.TOO_LARGE, typed);
        }
        return value;
    }

    /** The figure as a French office writes it: "12 500", "92,5" (a narrow no-break space between thousands). */
    public static String format(double value, Locale locale) {
        var format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
