package io.rayonne.mail;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** An email address with an optional display name. */
public record Address(String email, @Nullable String name) {

    /** Deliberately simple: one @, a dot in the domain, no spaces or angle brackets. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>,;\"]+@[^\\s@<>,;\"]+\\.[^\\s@<>,;\"]+");

    public Address {
        email = email.strip();
    }

    public static Address of(String email) {
        return new Address(email, null);
    }

    public boolean isValid() {
        return email.length() <= 254 && EMAIL.matcher(email).matches();
    }

    /** The address as compared and stored in the suppression list. */
    public String normalized() {
        return email.toLowerCase(Locale.ROOT);
    }
}
