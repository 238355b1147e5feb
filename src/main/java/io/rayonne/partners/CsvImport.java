package io.rayonne.partners;

import io.rayonne.base.CsvFile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A CSV file's columns given to fields, first by their headers, then as the person chooses. */
public final class CsvImport {

    private CsvImport() {}

    /** The columns whose header names a field, each field at most once (the first such column). */
    public static Map<ImportField, Integer> guess(List<String> header) {
        Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            ImportField.forHeader(header.get(i)).ifPresent(f -> mapping.putIfAbsent(f, column));
        }
        return mapping;
    }

    /** What stops an import from starting: a required field given no column. */
    public static List<ImportField> missing(Map<ImportField, Integer> mapping) {
        List<ImportField> missing = new ArrayList<>();
        for (ImportField f : ImportField.values()) {
            if (f.required() && !mapping.containsKey(f)) {
                missing.add(f);
            }
        }
        return missing;
    }

    public static List<ImportRow> rows(CsvFile file, Map<ImportField, Integer> mapping) {
        List<ImportRow> rows = new ArrayList<>(file.rows().size());
        String separator = String.valueOf(file.separator());
        for (CsvFile.Row r : file.rows()) {
            Map<ImportField, String> values = new EnumMap<>(ImportField.class);
            mapping.forEach((field, column) -> values.put(field, r.value(column)));
            rows.add(new ImportRow(r.number(), values, String.join(separator, r.values())));
        }
        return rows;
    }

    /** The headers given to no field: what the import does not keep. */
    public static List<String> ignored(List<String> header, Map<ImportField, Integer> mapping) {
        var used = mapping.values();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!used.contains(i) && !header.get(i).isBlank()) {
                ignored.add(header.get(i));
            }
        }
        return ignored.stream().distinct().collect(Collectors.toList());
    }
}
