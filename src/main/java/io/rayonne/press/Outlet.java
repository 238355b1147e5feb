package io.rayonne.press;

import io.rayonne.base.ContactDetails;
import io.rayonne.base.Languages;
import io.rayonne.base.Revision;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A newspaper, magazine, guidebook, channel or account journalists work for.
 *
 * @param country ISO 3166 code of the country it is published in ("FR", "DE")
 * @param language ISO code of its language
 * @param audience readers, listeners or followers, when known
 */
public record Outlet(
        String id,
        String name,
        OutletKind kind,
        String country,
        String language,
        @Nullable Long audience,
        String website,
        @Nullable Revision revision) {

    public static final int NAME_MAX = 160;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** What people type for an outlet; problems as translation keys. */
    public record Draft(
            String name, OutletKind kind, String country, String language, @Nullable Long audience, String website) {

        public Draft {
            name = name.strip();
            country = country.strip().toUpperCase(Locale.ROOT);
            language = language.strip();
            website = website.strip();
        }

        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (name.isEmpty()) {
                problems.add("press.error.outlet-name-required");
            } else if (name.length() > NAME_MAX) {
                problems.add("press.error.name-too-long");
            }
            if (!country.isEmpty() && !COUNTRIES.contains(country)) {
                problems.add("press.error.country-unknown");
            }
            if (!language.isEmpty() && !Languages.CODES.contains(language)) {
                problems.add("press.error.language-unknown");
            }
            if (audience != null && audience < 0) {
                problems.add("press.error.audience-negative");
            }
            if (!ContactDetails.validUrl(website)) {
                problems.add("press.error.url-invalid");
            }
            return problems;
        }
    }

    public Draft draft() {
        return new Draft(name, kind, country, language, audience, website);
    }
}
