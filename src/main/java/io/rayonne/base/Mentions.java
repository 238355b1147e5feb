package io.rayonne.base;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people named in a text as {@code @login} ("Peux-tu relire, @antoine ?"). An address such as
 * {@code contact@ot.fr} names nobody; a full stop after the login ends the sentence, not the login.
 */
public final class Mentions {

    private static final Pattern MENTION =
            Pattern.compile("(?<![\\p{L}\\p{N}._@-])@([\\p{L}\\p{N}][\\p{L}\\p{N}._-]*)");

    private Mentions() {}

    /** The logins mentioned, lower case, each once, in the order they first appear. */
    public static Set<String> logins(String text) {
        Set<String> logins = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String login = m.group(1).replaceAll("[._-]+$", "").toLowerCase(Locale.ROOT);
            if (!login.isEmpty()) {
                logins.add(login);
            }
        }
        return logins;
    }
}
