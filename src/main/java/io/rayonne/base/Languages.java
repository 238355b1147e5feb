package io.rayonne.base;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The languages a guide may speak on a tour, as ISO 639-1 codes, in the order they are offered. */
public final class Languages {

    public static final List<String> OFFERED =
            List.of("fr", "en", "de", "nl", "es", "it", "pt", "zh", "ja", "ru", "ar", "pl", "ko", "lsf");
    public static final Set<String> CODES = Set.copyOf(OFFERED);

    private Languages() {}

    /** The language's name in the given language ("allemand", "German"); LSF is French Sign Language. */
    public static String name(String code, Locale in) {
        if (code.equals("lsf")) {
            return in.getLanguage().equals("fr") ? "langue des signes française" : "French Sign Language";
        }
        return Locale.forLanguageTag(code).getDisplayLanguage(in);
    }
}
