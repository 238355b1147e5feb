package io.rayonne.press.ui;

import java.util.Map;

/**
 * The few words of the public kit page, in the three languages a kit is written in: the reader is a
 * journalist who may read German and no French, and needs no account to read them.
 */
final class PublicKitTexts {

    private PublicKitTexts() {}

    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            "fr",
            Map.of(
                    "heading", "Dossier de presse",
                    "embargo", "Dossier de presse sous embargo jusqu’au %s (heure de Paris).",
                    "embargo-more", "Son contenu sera publié ici à cette heure-là.",
                    "pdf", "Télécharger le dossier complet (PDF)",
                    "files", "Documents joints",
                    "photos", "Photos",
                    "credit", "Photo :",
                    "machine", "Traduction automatique.",
                    "missing", "Cette partie n’est pas encore traduite : voici la version française.",
                    "languages", "Langue du dossier"),
            "en",
            Map.of(
                    "heading", "Press kit",
                    "embargo", "Press kit under embargo until %s (Paris time).",
                    "embargo-more", "Its content will be published here at that time.",
                    "pdf", "Download the whole kit (PDF)",
                    "files", "Attached documents",
                    "photos", "Photos",
                    "credit", "Photo:",
                    "machine", "Machine translation.",
                    "missing", "This part is not translated yet: here is the French version.",
                    "languages", "Language of the kit"),
            "de",
            Map.of(
                    "heading", "Pressemappe",
                    "embargo", "Pressemappe unter Sperrfrist bis %s (Pariser Zeit).",
                    "embargo-more", "Der Inhalt wird zu diesem Zeitpunkt hier veröffentlicht.",
                    "pdf", "Die ganze Pressemappe herunterladen (PDF)",
                    "files", "Beigefügte Dokumente",
                    "photos", "Fotos",
                    "credit", "Foto:",
                    "machine", "Maschinelle Übersetzung.",
                    "missing", "Dieser Teil ist noch nicht übersetzt: hier die französische Fassung.",
                    "languages", "Sprache der Pressemappe"));

    static String text(String language, String key) {
        return TEXTS.getOrDefault(language, TEXTS.get("fr")).get(key);
    }

    /** The language's name in itself, for the switcher. */
    static String languageName(String language) {
        return switch (language) {
            case "en" -> "English";
            case "de" -> "Deutsch";
            default -> "Français";
        };
    }
}
