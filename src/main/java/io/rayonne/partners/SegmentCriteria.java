package io.rayonne.partners;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which contacts of which partners: every field empty means everyone the person may see. Fields
 * of the partner and fields of the contact combine: "the chefs, in English, of the restaurants of
 * the Baie de Somme that are members since 2024".
 *
 * @param text words of the partner's name, city or contacts' names
 * @param memberSince the earliest membership year
 * @param apidae whether the partner's Apidae number is known
 */
public record SegmentCriteria(
        String text,
        Set<String> officeIds,
        Set<Sector> sectors,
        Set<String> territories,
        Set<String> cities,
        Set<Membership> memberships,
        @Nullable Integer memberSince,
        Apidae apidae,
        Set<String> roles,
        Set<String> languages,
        Set<SubscriptionState> states,
        Set<LegalBasis> bases) {

    public enum Apidae {
        ANY,
        KNOWN,
        UNKNOWN;

        public String key() {
            return "partners.apidae." + name().toLowerCase(Locale.ROOT);
        }
    }

    public SegmentCriteria {
        text = text.strip();
        officeIds = Set.copyOf(officeIds);
        sectors = sectors.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sectors));
        territories = Set.copyOf(territories);
        cities = Set.copyOf(cities);
        memberships = memberships.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(memberships));
        roles = Set.copyOf(roles);
        languages = Set.copyOf(languages);
        states = states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
        bases = bases.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(bases));
    }

    public static SegmentCriteria everyone() {
        return new SegmentCriteria(
                "",
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                null,
                Apidae.ANY,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of());
    }

    /** Whether something is asked of the contacts themselves (not only of their partner). */
    public boolean concernsContacts() {
        return !roles.isEmpty() || !languages.isEmpty() || !states.isEmpty() || !bases.isEmpty();
    }

    /** Whether this contact matches what is asked of contacts (the partner's fields aside). */
    public boolean matches(Contact c) {
        return (roles.isEmpty() || roles.contains(c.role()))
                && (languages.isEmpty() || languages.contains(c.language()))
                && (states.isEmpty() || states.contains(c.subscription().state()))
                && (bases.isEmpty() || bases.contains(c.subscription().basis()));
    }

    public SegmentCriteria withOffices(Set<String> offices) {
        return new SegmentCriteria(
                text,
                offices,
                sectors,
                territories,
                cities,
                memberships,
                memberSince,
                apidae,
                roles,
                languages,
                states,
                bases);
    }
}
