package io.rayonne.partners;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An export of Apidae, the offices' shared tourism database, read as rows: one per contact of each
 * tourism object (or one for an object without contacts). Follows Apidae's published format
 * (API v002): {@code id}, {@code type}, {@code nom.libelleFr}, {@code localisation.adresse} with
 * its {@code commune}, {@code informations.moyensCommunication} (201 phone, 204 email, 205 website),
 * {@code contacts} with their own means, {@code illustrations} with their {@code copyright}.
 * A file may hold the objects as a list, under {@code objetsTouristiques}, or one object alone.
 */
public final class ApidaeImport {

    /** The parts of an object Rayonne reads; others are listed as not kept. */
    private static final Set<String> READ = Set.of(
            "id",
            "type",
            "nom",
            "localisation",
            "informations",
            "contacts",
            "illustrations",
            "presentation",
            "identifier");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApidaeImport() {}

    /** The rows of the file and the parts of its objects that are not kept. */
    public record Read(List<ImportRow> rows, List<String> ignoredFields) {}

    /** The file is not an Apidae export Rayonne can read; the message says why, in French. */
    public static class UnreadableException extends RuntimeException {
        public UnreadableException(String message) {
            super(message);
        }
    }

    public static Read read(byte[] content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw new UnreadableException("Le fichier n’est pas du JSON lisible"
                    + (where == null ? "" : " (ligne " + where.getLineNr() + ", colonne " + where.getColumnNr() + ")")
                    + ".");
        } catch (IOException e) {
            throw new UnreadableException("Le fichier n’a pas pu être lu.");
        }
        JsonNode objects = root == null
                ? JSON.createArrayNode()
                : root.isArray()
                        ? root
                        : root.has("objetsTouristiques")
                                ? root.path("objetsTouristiques")
                                : JSON.createArrayNode().add(root);
        if (!objects.isArray() || objects.isEmpty() || !objects.get(0).has("nom")) {
            throw new UnreadableException(
                    "Ce fichier ne ressemble pas à un export Apidae : aucun objet touristique avec un « nom » n’y a été trouvé.");
        }
        List<ImportRow> rows = new ArrayList<>();
        Set<String> ignored = new TreeSet<>();
        int number = 0;
        for (JsonNode object : objects) {
            number++;
            object.fieldNames().forEachRemaining(name -> {
                if (!READ.contains(name)) {
                    ignored.add(name);
                }
            });
            Map<ImportField, String> partner = partner(object);
            List<Partner.Illustration> illustrations = illustrations(object);
            String raw = object.path("id").asText("") + " " + label(object.path("nom"));
            JsonNode contacts = object.path("contacts");
            if (!contacts.isArray() || contacts.isEmpty()) {
                rows.add(new ImportRow(number, partner, illustrations, raw));
                continue;
            }
            for (JsonNode contact : contacts) {
                Map<ImportField, String> values = new EnumMap<>(partner);
                values.put(
                        ImportField.CONTACT_FIRST_NAME, contact.path("prenom").asText(""));
                values.put(ImportField.CONTACT_LAST_NAME, contact.path("nom").asText(""));
                values.put(ImportField.CONTACT_ROLE, label(contact.path("fonction")));
                values.put(ImportField.CONTACT_EMAIL, means(contact.path("moyensCommunication"), 204, "mél", "email"));
                values.put(
                        ImportField.CONTACT_PHONE,
                        means(contact.path("moyensCommunication"), 201, "téléphone", "phone"));
                rows.add(new ImportRow(
                        number,
                        values,
                        illustrations,
                        raw + " — " + contact.path("prenom").asText("") + " "
                                + contact.path("nom").asText("")));
            }
        }
        return new Read(rows, List.copyOf(ignored));
    }

    private static Map<ImportField, String> partner(JsonNode o) {
        Map<ImportField, String> values = new EnumMap<>(ImportField.class);
        values.put(ImportField.APIDAE_ID, o.path("id").asText(""));
        values.put(ImportField.NAME, label(o.path("nom")));
        values.put(ImportField.SECTOR, sector(o.path("type").asText("")));
        JsonNode address = o.path("localisation").path("adresse");
        List<String> lines = new ArrayList<>();
        for (String line : List.of("adresse1", "adresse2", "adresse3")) {
            if (!address.path(line).asText("").isBlank()) {
                lines.add(address.path(line).asText().strip());
            }
        }
        values.put(ImportField.STREET, String.join(", ", lines));
        values.put(ImportField.POSTAL_CODE, address.path("codePostal").asText(""));
        JsonNode commune = address.path("commune");
        values.put(ImportField.CITY, commune.isObject() ? commune.path("nom").asText("") : commune.asText(""));
        JsonNode means = o.path("informations").path("moyensCommunication");
        values.put(ImportField.PHONE, means(means, 201, "téléphone", "phone"));
        values.put(ImportField.WEBSITE, means(means, 205, "site web", "website"));
        return values;
    }

    /** The object's images with their copyright, as Apidae gives them. */
    private static List<Partner.Illustration> illustrations(JsonNode o) {
        List<Partner.Illustration> found = new ArrayList<>();
        for (JsonNode illustration : o.path("illustrations")) {
            String url =
                    illustration.path("traductionFichiers").path(0).path("url").asText("");
            if (url.startsWith("https://") || url.startsWith("http://")) {
                found.add(new Partner.Illustration(url, label(illustration.path("copyright"))));
            }
        }
        return found;
    }

    /** A multilingual label: French, else English, else the first language given. */
    private static String label(JsonNode node) {
        if (node.hasNonNull("libelleFr")) {
            return node.path("libelleFr").asText().strip();
        }
        if (node.hasNonNull("libelleEn")) {
            return node.path("libelleEn").asText().strip();
        }
        var names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (name.startsWith("libelle") && node.path(name).isTextual()) {
                return node.path(name).asText().strip();
            }
        }
        return "";
    }

    /** The first means of communication of this type: by its id, or by its label when the id is absent. */
    private static String means(JsonNode list, int typeId, String... labels) {
        for (JsonNode m : list) {
            JsonNode type = m.path("type");
            String name = label(type).toLowerCase(java.util.Locale.ROOT);
            boolean match = type.path("id").asInt(-1) == typeId
                    || java.util.Arrays.stream(labels).anyMatch(name::startsWith);
            if (match) {
                JsonNode coordinates = m.path("coordonnees");
                return coordinates.isObject() ? coordinates.path("fr").asText("") : coordinates.asText("");
            }
        }
        return "";
    }

    /** Apidae's object types as the offices' lines of business. */
    static String sector(String type) {
        return switch (type) {
            case "HOTELLERIE", "HOTELLERIE_PLEIN_AIR", "HEBERGEMENT_LOCATIF", "HEBERGEMENT_COLLECTIF" ->
                "ACCOMMODATION";
            case "RESTAURATION" -> "FOOD";
            case "PATRIMOINE_CULTUREL", "PATRIMOINE_NATUREL" -> "CULTURE";
            case "ACTIVITE", "EQUIPEMENT", "SEJOUR_PACKAGE" -> "LEISURE";
            case "DEGUSTATION" -> "PRODUCERS";
            case "COMMERCE_ET_SERVICE" -> "SHOPS";
            case "FETE_ET_MANIFESTATION" -> "EVENTS";
            case "STRUCTURE", "TERRITOIRE" -> "SERVICES";
            default -> "OTHER";
        };
    }
}
