package io.rayonne.partners;

import io.rayonne.base.ContactDetails;
import io.rayonne.base.Names;
import io.rayonne.base.Revision;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A business the office works with: a hotel, a restaurant, a museum, a producer, a leisure
 * business. Belongs to one office; its contacts are written with it, as one record.
 *
 * @param territory the area the office places it in ("Amiens Métropole", "Baie de Somme")
 * @param membershipYear the last year it paid its membership, for members and former members
 * @param apidaeId its number in Apidae, the offices' shared tourism database, when known
 */
public record Partner(
        String id,
        String officeId,
        String name,
        Sector sector,
        String territory,
        String street,
        String postalCode,
        String city,
        Membership membership,
        @Nullable Integer membershipYear,
        @Nullable String apidaeId,
        String website,
        String phone,
        String notes,
        List<Contact> contacts,
        List<Illustration> illustrations,
        Instant updatedAt,
        String updatedBy,
        @Nullable Revision revision) {

    public static final int NAME_MAX = 160;
    public static final int NOTES_MAX = 4_000;
    /** A partner has a handful of contacts; a mailing list is a segment, not a partner. */
    public static final int CONTACTS_MAX = 50;

    public Partner {
        contacts = List.copyOf(contacts);
        illustrations = List.copyOf(illustrations);
    }

    /** A photo of the partner's offer published elsewhere (in Apidae), with its credit. */
    public record Illustration(String url, String credit) {}

    /** A problem with what was typed: a translation key and the words it names (a value, a contact). */
    public record Problem(String key, List<String> arguments) {
        public Problem {
            arguments = List.copyOf(arguments);
        }

        public static Problem of(String key, String... arguments) {
            return new Problem(key, List.of(arguments));
        }
    }

    /** What people type for a partner (or an import reads). */
    public record Draft(
            String officeId,
            String name,
            Sector sector,
            String territory,
            String street,
            String postalCode,
            String city,
            Membership membership,
            @Nullable Integer membershipYear,
            @Nullable String apidaeId,
            String website,
            String phone,
            String notes,
            List<Contact> contacts,
            List<Illustration> illustrations) {

        public Draft withContacts(List<Contact> next) {
            return new Draft(
                    officeId,
                    name,
                    sector,
                    territory,
                    street,
                    postalCode,
                    city,
                    membership,
                    membershipYear,
                    apidaeId,
                    website,
                    phone,
                    notes,
                    next,
                    illustrations);
        }

        /** A partner typed by hand: no illustration from elsewhere. */
        public Draft(
                String officeId,
                String name,
                Sector sector,
                String territory,
                String street,
                String postalCode,
                String city,
                Membership membership,
                @Nullable Integer membershipYear,
                @Nullable String apidaeId,
                String website,
                String phone,
                String notes,
                List<Contact> contacts) {
            this(
                    officeId,
                    name,
                    sector,
                    territory,
                    street,
                    postalCode,
                    city,
                    membership,
                    membershipYear,
                    apidaeId,
                    website,
                    phone,
                    notes,
                    contacts,
                    List.of());
        }

        public Draft {
            name = name.strip();
            territory = territory.strip();
            street = street.strip();
            postalCode = postalCode.strip();
            city = city.strip();
            apidaeId = apidaeId == null || apidaeId.isBlank() ? null : apidaeId.strip();
            website = website.strip();
            phone = phone.strip();
            contacts = List.copyOf(contacts);
            illustrations = List.copyOf(illustrations);
        }

        public List<Problem> problems() {
            List<Problem> problems = new ArrayList<>();
            if (name.isEmpty()) {
                problems.add(Problem.of("partners.error.name-required"));
            } else if (name.length() > NAME_MAX) {
                problems.add(Problem.of("partners.error.name-too-long"));
            }
            if (!postalCode.isEmpty() && !postalCode.matches("[0-9A-Za-z -]{3,10}")) {
                problems.add(Problem.of("partners.error.postal-code-invalid", postalCode));
            }
            if (membership == Membership.NOT_MEMBER && membershipYear != null) {
                problems.add(Problem.of("partners.error.membership-year-without-membership"));
            }
            if (membershipYear != null
                    && (membershipYear < 1950 || membershipYear > Year.now().getValue() + 1)) {
                problems.add(Problem.of("partners.error.membership-year-invalid", String.valueOf(membershipYear)));
            }
            if (apidaeId != null && !apidaeId.matches("[0-9]{1,12}")) {
                problems.add(Problem.of("partners.error.apidae-invalid", apidaeId));
            }
            if (!ContactDetails.validUrl(website)) {
                problems.add(Problem.of("partners.error.website-invalid", website));
            }
            if (!ContactDetails.validPhone(phone)) {
                problems.add(Problem.of("partners.error.phone-invalid", phone));
            }
            if (notes.length() > NOTES_MAX) {
                problems.add(Problem.of("partners.error.notes-too-long"));
            }
            if (contacts.size() > CONTACTS_MAX) {
                problems.add(Problem.of("partners.error.contacts-too-many", String.valueOf(CONTACTS_MAX)));
            }
            Set<String> emails = new HashSet<>();
            for (Contact contact : contacts) {
                problems.addAll(contact.problems());
                if (!contact.email().isEmpty() && !emails.add(Names.foldEmail(contact.email()))) {
                    problems.add(Problem.of("partners.error.email-twice", contact.email()));
                }
            }
            return problems;
        }
    }

    public Draft draft() {
        return new Draft(
                officeId,
                name,
                sector,
                territory,
                street,
                postalCode,
                city,
                membership,
                membershipYear,
                apidaeId,
                website,
                phone,
                notes,
                contacts,
                illustrations);
    }

    public String address() {
        String place = (postalCode + " " + city).strip();
        return street.isEmpty() ? place : place.isEmpty() ? street : street + ", " + place;
    }
}
