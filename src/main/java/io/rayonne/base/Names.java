package io.rayonne.base;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** Comparing names (of people, of businesses) and emails as a person would: accents, case and word order aside. */
public final class Names {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    /** Names at least this alike ({@link #similarity}) are probably the same person or business. */
    public static final double LIKELY_SAME = 0.92;

    private Names() {}

    /** "Benoît  LUCCHINI" → "benoit lucchini". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}@.]+", " ")
                .strip();
    }

    /** An email without case, surrounding spaces or a "+tag": "B.Lucchini+presse@Routard.com" → "b.lucchini@routard.com". */
    public static String foldEmail(String email) {
        String e = email.strip().toLowerCase(Locale.ROOT);
        int at = e.indexOf('@');
        if (at < 0) {
            return e;
        }
        String local = e.substring(0, at);
        int plus = local.indexOf('+');
        return (plus > 0 ? local.substring(0, plus) : local) + e.substring(at);
    }

    /**
     * How alike two names are, from 0 to 1: Jaro-Winkler on the folded names, also with their words
     * sorted ("Lucchini Benoît" is "Benoît Lucchini").
     */
    public static double similarity(String a, String b) {
        String fa = fold(a);
        String fb = fold(b);
        return Math.max(JARO_WINKLER.apply(fa, fb), JARO_WINKLER.apply(sorted(fa), sorted(fb)));
    }

    private static String sorted(String folded) {
        return Arrays.stream(folded.split(" ")).sorted().collect(Collectors.joining(" "));
    }
}
