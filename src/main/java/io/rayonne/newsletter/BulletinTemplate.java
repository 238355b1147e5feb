package io.rayonne.newsletter;

import java.util.List;
import java.util.Locale;

/**
 * How a new issue begins: the monthly bulletin of an office with the sections offices use for it,
 * or a network's special issue with an introduction, then one section per office.
 */
public enum BulletinTemplate {
    MONTHLY(
            List.of("Accueil", "Séminaire et événements", "Groupes", "Communication", "Presse"),
            List.of("Welcome desk", "Seminars and events", "Groups", "Communication", "Press")),
    ZOOM(List.of("En bref"), List.of("In brief"));

    private final List<String> french;
    private final List<String> english;

    BulletinTemplate(List<String> french, List<String> english) {
        this.french = french;
        this.english = english;
    }

    /** The titles of the sections a new issue starts with, in its language (French or English). */
    public List<String> sectionTitles(String language) {
        return "fr".equals(language) ? french : english;
    }

    public String key() {
        return "newsletter.template." + name().toLowerCase(Locale.ROOT);
    }
}
