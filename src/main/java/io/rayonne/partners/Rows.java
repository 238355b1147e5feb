package io.rayonne.partners;

import io.rayonne.base.Names;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a row of an import makes of a partner: its cells replace what they give (an empty cell
 * changes nothing), and its contact is added, or completes the contact with the same email (or the
 * same name, for a contact without one).
 */
final class Rows {

    private Rows() {}

    static Partner.Draft apply(
            Partner.@Nullable Draft current, ImportRow row, ImportOptions options, List<Partner.Problem> problems) {
        Sector sector = read(
                        row, ImportField.SECTOR, ImportValues::sector, "partners.import.error.sector-unknown", problems)
                .orElse(current == null ? options.sector() : current.sector());
        Membership membership = read(
                        row,
                        ImportField.MEMBERSHIP,
                        ImportValues::membership,
                        "partners.import.error.membership-unknown",
                        problems)
                .orElse(current == null ? Membership.NOT_MEMBER : current.membership());
        Integer year = read(
                        row,
                        ImportField.MEMBERSHIP_YEAR,
                        ImportValues::year,
                        "partners.import.error.year-invalid",
                        problems)
                .orElse(current == null ? null : current.membershipYear());
        if (row.has(ImportField.MEMBERSHIP_YEAR)
                && !row.has(ImportField.MEMBERSHIP)
                && membership == Membership.NOT_MEMBER) {
            membership = Membership.MEMBER;
        }
        List<Contact> contacts = new ArrayList<>(current == null ? List.of() : current.contacts());
        if (row.hasContact()) {
            merge(contacts, row, options, problems);
        }
        return new Partner.Draft(
                current == null ? options.officeId() : current.officeId(),
                text(row, ImportField.NAME, current == null ? "" : current.name()),
                sector,
                text(row, ImportField.TERRITORY, current == null ? "" : current.territory()),
                text(row, ImportField.STREET, current == null ? "" : current.street()),
                text(row, ImportField.POSTAL_CODE, current == null ? "" : current.postalCode()),
                text(row, ImportField.CITY, current == null ? "" : current.city()),
                membership,
                membership == Membership.NOT_MEMBER ? null : year,
                text(
                        row,
                        ImportField.APIDAE_ID,
                        current == null || current.apidaeId() == null ? "" : current.apidaeId()),
                website(row, current),
                text(row, ImportField.PHONE, current == null ? "" : current.phone()),
                text(row, ImportField.NOTES, current == null ? "" : current.notes()),
                contacts,
                row.illustrations().isEmpty() && current != null ? current.illustrations() : row.illustrations());
    }

    private static String website(ImportRow row, Partner.@Nullable Draft current) {
        String typed = text(row, ImportField.WEBSITE, current == null ? "" : current.website());
        // "www.hotel.fr", as offices often write it, is a web address.
        return !typed.isEmpty() && !typed.contains("://") ? "https://" + typed : typed;
    }

    private static void merge(
            List<Contact> contacts, ImportRow row, ImportOptions options, List<Partner.Problem> problems) {
        String email = row.get(ImportField.CONTACT_EMAIL);
        String name =
                Names.fold(row.get(ImportField.CONTACT_FIRST_NAME) + " " + row.get(ImportField.CONTACT_LAST_NAME));
        int index = -1;
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            boolean sameEmail = !email.isEmpty() && Names.foldEmail(email).equals(Names.foldEmail(c.email()));
            boolean sameName =
                    email.isEmpty() && !name.isEmpty() && name.equals(Names.fold(c.firstName() + " " + c.lastName()));
            if (sameEmail || sameName) {
                index = i;
            }
        }
        Contact was = index < 0 ? null : contacts.get(index);
        Subscription before = was == null ? null : was.subscription();
        String language = read(
                        row,
                        ImportField.CONTACT_LANGUAGE,
                        ImportValues::language,
                        "partners.import.error.language-unknown",
                        problems)
                .orElse(was == null ? "fr" : was.language());
        LegalBasis basis = read(
                        row,
                        ImportField.CONTACT_BASIS,
                        ImportValues::basis,
                        "partners.import.error.basis-unknown",
                        problems)
                .orElse(before == null ? options.basis() : before.basis());
        LocalDate since = read(
                        row,
                        ImportField.CONTACT_SINCE,
                        ImportValues::date,
                        "partners.import.error.date-invalid",
                        problems)
                .orElse(before == null ? options.since() : before.since());
        SubscriptionState state = read(
                        row,
                        ImportField.CONTACT_STATE,
                        ImportValues::state,
                        "partners.import.error.state-unknown",
                        problems)
                .orElse(before == null ? SubscriptionState.SUBSCRIBED : before.state());
        if (before != null && before.state() == SubscriptionState.SUPPRESSED) {
            state = SubscriptionState.SUPPRESSED;
        }
        if (before != null
                && before.state() == SubscriptionState.UNSUBSCRIBED
                && state == SubscriptionState.SUBSCRIBED) {
            // Someone who unsubscribed is not put back by a file: they say so themselves.
            state = SubscriptionState.UNSUBSCRIBED;
        }
        Contact merged = new Contact(
                was == null ? "" : was.id(),
                text(row, ImportField.CONTACT_FIRST_NAME, was == null ? "" : was.firstName()),
                text(row, ImportField.CONTACT_LAST_NAME, was == null ? "" : was.lastName()),
                text(row, ImportField.CONTACT_ROLE, was == null ? "" : was.role()),
                text(row, ImportField.CONTACT_EMAIL, was == null ? "" : was.email()),
                text(row, ImportField.CONTACT_PHONE, was == null ? "" : was.phone()),
                language,
                new Subscription(
                        state,
                        basis,
                        text(row, ImportField.CONTACT_SOURCE, before == null ? options.source() : before.source()),
                        since,
                        before == null ? null : before.changedAt(),
                        before == null ? Set.of() : before.declined()));
        if (index < 0) {
            contacts.add(merged);
        } else {
            contacts.set(index, merged);
        }
    }

    private static String text(ImportRow row, ImportField field, String otherwise) {
        return row.has(field) ? row.get(field) : otherwise;
    }

    private static <T> Optional<T> read(
            ImportRow row,
            ImportField field,
            Function<String, Optional<T>> parse,
            String problem,
            List<Partner.Problem> problems) {
        if (!row.has(field)) {
            return Optional.empty();
        }
        Optional<T> value = parse.apply(row.get(field));
        if (value.isEmpty()) {
            problems.add(Partner.Problem.of(problem, row.get(field)));
        }
        return value;
    }
}
