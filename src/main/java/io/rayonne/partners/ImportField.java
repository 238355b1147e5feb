package io.rayonne.partners;

import io.rayonne.base.Names;
import java.util.List;
import java.util.Locale;

/**
 * What a column of an imported file may hold. Each knows the headers offices give it, so that a
 * file's columns are matched before anyone chooses ("Raison sociale", "E-mail", "CP").
 */
public enum ImportField {
    NAME(true, "nom", "raison sociale", "nom de l'etablissement", "etablissement", "entreprise", "structure", "name"),
    SECTOR(false, "filiere", "secteur", "categorie", "type", "sector"),
    TERRITORY(false, "territoire", "secteur geographique", "zone", "territory"),
    STREET(false, "adresse", "rue", "adresse 1", "address", "street"),
    POSTAL_CODE(false, "code postal", "cp", "postal code", "zip"),
    CITY(false, "commune", "ville", "localite", "city", "town"),
    MEMBERSHIP(false, "adherent", "adhesion", "membre", "member", "membership"),
    MEMBERSHIP_YEAR(false, "annee d'adhesion", "annee adhesion", "annee", "membership year", "year"),
    APIDAE_ID(false, "apidae", "id apidae", "identifiant apidae", "numero apidae"),
    WEBSITE(false, "site web", "site internet", "site", "web", "url", "website"),
    PHONE(false, "telephone", "tel", "telephone etablissement", "phone"),
    NOTES(false, "notes", "commentaire", "commentaires", "remarques", "notes"),
    CONTACT_FIRST_NAME(false, "prenom", "prenom du contact", "first name", "firstname"),
    CONTACT_LAST_NAME(false, "nom du contact", "contact", "nom contact", "last name", "lastname", "surname"),
    CONTACT_ROLE(false, "fonction", "poste", "role", "titre", "job title"),
    CONTACT_EMAIL(false, "email", "e-mail", "mail", "courriel", "adresse email", "adresse mail"),
    CONTACT_PHONE(false, "portable", "mobile", "telephone du contact", "telephone contact", "mobile phone"),
    CONTACT_LANGUAGE(false, "langue", "langue preferee", "language"),
    CONTACT_BASIS(false, "base legale", "fondement", "legal basis"),
    CONTACT_SOURCE(false, "source", "source du consentement", "origine", "consent source"),
    CONTACT_SINCE(false, "date du consentement", "date consentement", "depuis", "date", "consent date"),
    CONTACT_STATE(false, "abonnement", "abonne", "newsletter", "bulletins", "subscribed");

    private final boolean required;
    private final List<String> headers;

    ImportField(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    public boolean required() {
        return required;
    }

    public boolean concernsContact() {
        return name().startsWith("CONTACT_");
    }

    public String key() {
        return "partners.import.field." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The field a file's header names, if any: its words folded, as offices write them. */
    public static java.util.Optional<ImportField> forHeader(String header) {
        String folded = Names.fold(header.replace('’', '\'')).replace("'", " ").replaceAll("\\s+", " ");
        for (ImportField field : values()) {
            for (String known : field.headers) {
                if (folded.equals(Names.fold(known.replace("'", " ")))) {
                    return java.util.Optional.of(field);
                }
            }
        }
        return java.util.Optional.empty();
    }
}
