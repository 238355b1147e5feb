package io.rayonne.partners;

import io.rayonne.base.Languages;
import io.rayonne.base.Names;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Cells as offices type them, read into Rayonne's values ("Hôtel 3*" is accommodation, "oui" a member). */
final class ImportValues {

    /** Words that say a line of business, folded, in the order they are tried. */
    private static final List<Map.Entry<String, Sector>> SECTOR_WORDS = List.of(
            Map.entry("heberg", Sector.ACCOMMODATION),
            Map.entry("hotel", Sector.ACCOMMODATION),
            Map.entry("camping", Sector.ACCOMMODATION),
            Map.entry("gite", Sector.ACCOMMODATION),
            Map.entry("chambre", Sector.ACCOMMODATION),
            Map.entry("accommodation", Sector.ACCOMMODATION),
            Map.entry("restau", Sector.FOOD),
            Map.entry("bar", Sector.FOOD),
            Map.entry("brasserie", Sector.FOOD),
            Map.entry("cafe", Sector.FOOD),
            Map.entry("food", Sector.FOOD),
            Map.entry("musee", Sector.CULTURE),
            Map.entry("patrimoine", Sector.CULTURE),
            Map.entry("culture", Sector.CULTURE),
            Map.entry("visite", Sector.CULTURE),
            Map.entry("loisir", Sector.LEISURE),
            Map.entry("activite", Sector.LEISURE),
            Map.entry("sport", Sector.LEISURE),
            Map.entry("leisure", Sector.LEISURE),
            Map.entry("produc", Sector.PRODUCERS),
            Map.entry("terroir", Sector.PRODUCERS),
            Map.entry("degustation", Sector.PRODUCERS),
            Map.entry("commerce", Sector.SHOPS),
            Map.entry("boutique", Sector.SHOPS),
            Map.entry("shop", Sector.SHOPS),
            Map.entry("evenement", Sector.EVENTS),
            Map.entry("manifestation", Sector.EVENTS),
            Map.entry("festival", Sector.EVENTS),
            Map.entry("event", Sector.EVENTS),
            Map.entry("service", Sector.SERVICES),
            Map.entry("transport", Sector.SERVICES),
            Map.entry("autre", Sector.OTHER),
            Map.entry("other", Sector.OTHER));

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private ImportValues() {}

    static Optional<Sector> sector(String cell) {
        String folded = Names.fold(cell);
        for (Sector s : Sector.values()) {
            if (folded.equals(s.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return SECTOR_WORDS.stream()
                .filter(e -> folded.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    static Optional<Membership> membership(String cell) {
        String folded = Names.fold(cell);
        if (folded.startsWith("ancien") || folded.startsWith("former") || folded.contains("non renouvel")) {
            return Optional.of(Membership.FORMER);
        }
        if (List.of("non", "no", "0", "false", "non adherent", "not member").contains(folded)) {
            return Optional.of(Membership.NOT_MEMBER);
        }
        if (List.of("oui", "yes", "1", "true", "x", "adherent", "adherente", "membre", "member")
                .contains(folded)) {
            return Optional.of(Membership.MEMBER);
        }
        return Optional.empty();
    }

    static Optional<Integer> year(String cell) {
        String digits = cell.strip();
        return digits.matches("[0-9]{4}") ? Optional.of(Integer.parseInt(digits)) : Optional.empty();
    }

    /** An ISO code ("en") or a language's name in French or English ("anglais", "English"). */
    static Optional<String> language(String cell) {
        String folded = Names.fold(cell);
        if (Languages.CODES.contains(folded)) {
            return Optional.of(folded);
        }
        for (String code : Languages.OFFERED) {
            if (folded.equals(Names.fold(Languages.name(code, Locale.FRENCH)))
                    || folded.equals(Names.fold(Languages.name(code, Locale.ENGLISH)))) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    static Optional<LegalBasis> basis(String cell) {
        String folded = Names.fold(cell);
        if (folded.startsWith("consent")) {
            return Optional.of(LegalBasis.CONSENT);
        }
        if (folded.startsWith("contrat") || folded.startsWith("contract") || folded.contains("adhesion")) {
            return Optional.of(LegalBasis.CONTRACT);
        }
        if (folded.contains("interet") || folded.contains("interest")) {
            return Optional.of(LegalBasis.LEGITIMATE_INTEREST);
        }
        return Optional.empty();
    }

    static Optional<LocalDate> date(String cell) {
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(cell.strip(), format));
            } catch (DateTimeParseException e) {
                // the next way of writing a date
            }
        }
        return Optional.empty();
    }

    /** "non", "désinscrit", "unsubscribed" say a contact does not want bulletins; anything else that they do. */
    static Optional<SubscriptionState> state(String cell) {
        String folded = Names.fold(cell);
        if (List.of("non", "no", "0", "false").contains(folded)
                || folded.startsWith("desinscri")
                || folded.startsWith("unsubscri")) {
            return Optional.of(SubscriptionState.UNSUBSCRIBED);
        }
        if (List.of("oui", "yes", "1", "true", "x").contains(folded)
                || folded.startsWith("abonne")
                || folded.startsWith("inscrit")
                || folded.startsWith("subscri")) {
            return Optional.of(SubscriptionState.SUBSCRIBED);
        }
        return Optional.empty();
    }
}
