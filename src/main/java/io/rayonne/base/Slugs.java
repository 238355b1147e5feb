package io.rayonne.base;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/** Readable ids from names: « Office de tourisme Cœur de Flandre » → office-de-tourisme-coeur-de-flandre. */
public final class Slugs {

    private Slugs() {}

    public static String of(String name) {
        String slug = slug(name);
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("No letters or digits in \"" + name + "\"");
        }
        return slug;
    }

    /**
     * A new document's id: the name's slug and a random suffix (only the suffix when the name has no
     * Latin letters or digits: the id is drawn before the form is checked, decision 13).
     */
    public static String unique(String name) {
        String slug = slug(name);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return slug.isEmpty() ? suffix : slug + "-" + suffix;
    }

    private static String slug(String name) {
        String folded = Normalizer.normalize(
                        name.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String slug =
                folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }
}
