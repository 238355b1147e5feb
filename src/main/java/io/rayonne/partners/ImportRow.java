package io.rayonne.partners;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One row of an imported file, its cells given to the fields they hold: a partner, and perhaps one
 * of its contacts. Several rows of the same partner add its contacts one by one.
 *
 * @param number the row's number as the file's owner sees it (a spreadsheet's row, an object's rank)
 * @param raw the row as it was in the file, for the report
 */
public record ImportRow(
        int number, Map<ImportField, String> values, List<Partner.Illustration> illustrations, String raw) {

    /** A row without illustrations (a spreadsheet's). */
    public ImportRow(int number, Map<ImportField, String> values, String raw) {
        this(number, values, List.of(), raw);
    }

    public ImportRow {
        Map<ImportField, String> kept = new EnumMap<>(ImportField.class);
        values.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(field, value.strip());
            }
        });
        values = Map.copyOf(kept);
        illustrations = List.copyOf(illustrations);
    }

    public String get(ImportField field) {
        return values.getOrDefault(field, "");
    }

    public boolean has(ImportField field) {
        return values.containsKey(field);
    }

    public boolean hasContact() {
        return values.keySet().stream().anyMatch(ImportField::concernsContact);
    }
}
