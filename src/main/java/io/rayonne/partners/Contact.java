package io.rayonne.partners;

import io.rayonne.base.ContactDetails;
import io.rayonne.base.Languages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A person of a partner the office writes to: the manager of a hotel, the chef of a restaurant.
 *
 * @param id stable within its partner, so that a link in an email keeps pointing to them
 * @param language the language they prefer to be written in (ISO 639-1)
 */
public record Contact(
        String id,
        String firstName,
        String lastName,
        String role,
        String email,
        String phone,
        String language,
        Subscription subscription) {

    public static final int NAME_MAX = 80;

    public Contact {
        firstName = firstName.strip();
        lastName = lastName.strip();
        role = role.strip();
        email = email.strip();
        phone = phone.strip();
        language = language.strip().toLowerCase(Locale.ROOT);
    }

    public Contact withId(String next) {
        return new Contact(next, firstName, lastName, role, email, phone, language, subscription);
    }

    public String displayName() {
        String name = Stream.of(firstName, lastName).filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
        return name.isEmpty() ? email : name;
    }

    List<Partner.Problem> problems() {
        List<Partner.Problem> problems = new ArrayList<>();
        String who = displayName();
        if (firstName.isEmpty() && lastName.isEmpty() && email.isEmpty()) {
            problems.add(Partner.Problem.of("partners.error.contact-empty"));
        }
        if (firstName.length() > NAME_MAX || lastName.length() > NAME_MAX) {
            problems.add(Partner.Problem.of("partners.error.contact-name-too-long", who));
        }
        if (!ContactDetails.validEmail(email)) {
            problems.add(Partner.Problem.of("partners.error.email-invalid", email));
        }
        if (!ContactDetails.validPhone(phone)) {
            problems.add(Partner.Problem.of("partners.error.phone-invalid", phone));
        }
        if (!language.isEmpty() && !Languages.CODES.contains(language)) {
            problems.add(Partner.Problem.of("partners.error.language-unknown", language));
        }
        if (subscription.source().length() > Subscription.SOURCE_MAX) {
            problems.add(Partner.Problem.of("partners.error.source-too-long", who));
        }
        if (subscription.basis() == LegalBasis.CONSENT
                && (subscription.source().isEmpty() || subscription.since() == null)) {
            problems.add(Partner.Problem.of("partners.error.consent-incomplete", who));
        }
        return problems;
    }
}
