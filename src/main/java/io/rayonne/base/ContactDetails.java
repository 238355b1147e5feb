package io.rayonne.base;

import java.net.URI;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks of the contact details people type: emails, web addresses, phone numbers. */
public final class ContactDetails {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 .()-]{6,25}$");

    private ContactDetails() {}

    public static boolean validEmail(@Nullable String email) {
        return email == null || email.isBlank() || EMAIL.matcher(email.strip()).matches();
    }

    public static boolean validPhone(@Nullable String phone) {
        return phone == null || phone.isBlank() || PHONE.matcher(phone.strip()).matches();
    }

    /** An http(s) address with a host; empty is valid (not given). */
    public static boolean validUrl(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return true;
        }
        try {
            URI uri = new URI(url.strip());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getHost().contains(".");
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
