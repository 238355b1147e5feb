package io.rayonne.press;

import io.rayonne.base.ContactDetails;
import io.rayonne.base.Languages;
import io.rayonne.base.Revision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A journalist, blogger or influencer the press officer works with. A freelance writes for several
 * outlets.
 *
 * @param markets the countries whose public they write for (ISO codes)
 * @param beats what they write about ("architecture", "gastronomie", "patrimoine"…)
 * @param consentSource where their agreement to be contacted comes from (GDPR), with its date
 */
public record Journalist(
        String id,
        String name,
        String role,
        List<String> outletIds,
        Set<String> languages,
        Set<String> markets,
        Set<String> beats,
        String email,
        String phone,
        String notes,
        String consentSource,
        @Nullable LocalDate consentDate,
        Instant updatedAt,
        String updatedBy,
        @Nullable Revision revision) {

    public static final int NAME_MAX = 120;
    public static final int NOTES_MAX = 4_000;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public Journalist {
        outletIds = List.copyOf(outletIds);
        languages = Set.copyOf(languages);
        markets = Set.copyOf(markets);
        beats = Set.copyOf(beats);
    }

    /** What people type for a journalist; problems as translation keys. */
    public record Draft(
            String name,
            String role,
            List<String> outletIds,
            Set<String> languages,
            Set<String> markets,
            Set<String> beats,
            String email,
            String phone,
            String notes,
            String consentSource,
            @Nullable LocalDate consentDate) {

        public Draft {
            name = name.strip();
            role = role.strip();
            outletIds = outletIds.stream().distinct().toList();
            languages = Set.copyOf(languages);
            markets = Set.copyOf(markets.stream()
                    .map(m -> m.strip().toUpperCase(Locale.ROOT))
                    .toList());
            beats = Set.copyOf(beats.stream()
                    .map(b -> b.strip().toLowerCase(Locale.ROOT))
                    .filter(b -> !b.isEmpty())
                    .toList());
            email = email.strip();
            phone = phone.strip();
            consentSource = consentSource.strip();
        }

        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (name.isEmpty()) {
                problems.add("press.error.name-required");
            } else if (name.length() > NAME_MAX) {
                problems.add("press.error.name-too-long");
            }
            if (!ContactDetails.validEmail(email)) {
                problems.add("press.error.email-invalid");
            }
            if (!ContactDetails.validPhone(phone)) {
                problems.add("press.error.phone-invalid");
            }
            if (!Languages.CODES.containsAll(languages)) {
                problems.add("press.error.language-unknown");
            }
            if (!COUNTRIES.containsAll(markets)) {
                problems.add("press.error.country-unknown");
            }
            if (notes.length() > NOTES_MAX) {
                problems.add("press.error.notes-too-long");
            }
            if (consentDate != null && consentSource.isEmpty()) {
                problems.add("press.error.consent-source-required");
            }
            return problems;
        }
    }

    public Draft draft() {
        return new Draft(
                name, role, outletIds, languages, markets, beats, email, phone, notes, consentSource, consentDate);
    }
}
