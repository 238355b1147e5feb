package io.rayonne.base;

import java.text.Normalizer;
import java.util.Locale;

/** Readable ids from names: « Office de tourisme Cœur de Flandre » → office-de-tourisme-coeur-de-flandre. */
public final class Slugs {

    private Slugs() {}

    public static String of(String name) {
        String folded = Normalizer.normalize(
                        name.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String slug =
                folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("No letters or digits in \"" + name + "\"");
        }
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }
}
