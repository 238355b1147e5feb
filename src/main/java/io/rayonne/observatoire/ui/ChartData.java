package io.rayonne.observatoire.ui;

import io.rayonne.base.Csv;
import io.rayonne.observatoire.FrenchNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One chart of a dashboard, with everything needed to draw it, show it as a table and export it as
 * CSV: the same figures in the three.
 *
 * @param id stable name (the CSV's file name, the element's id)
 * @param unit what follows each number ("" or " %")
 */
record ChartData(
        String id, String title, Kind kind, String labelHeader, List<String> labels, List<Series> series, String unit) {

    enum Kind {
        BAR,
        LINE,
        DOUGHNUT
    }

    /** One series: its name and a value per label (null: nothing entered). */
    record Series(String name, List<@Nullable Double> values) {
        Series {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    ChartData {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
    }

    /** Nothing to draw: no label, or only zeros and blanks. */
    boolean isEmpty() {
        return labels.isEmpty()
                || series.stream()
                        .flatMap(s -> s.values().stream())
                        .filter(Objects::nonNull)
                        .allMatch(v -> v == 0);
    }

    /** The table's rows: the label, then each series' value written for this locale ("" when blank). */
    List<List<String>> rows(Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(labels.get(i));
            for (Series s : series) {
                Double v = s.values().get(i);
                row.add(v == null ? "" : FrenchNumbers.format(v, locale) + unit);
            }
            rows.add(row);
        }
        return rows;
    }

    List<String> header() {
        List<String> header = new ArrayList<>();
        header.add(labelHeader);
        series.forEach(s -> header.add(s.name()));
        return header;
    }

    /**
     * The figures as a spreadsheet opens them: one row per label, numbers without grouping and with
     * a decimal comma, so that a French spreadsheet reads them as numbers.
     */
    byte[] csv() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(labels.get(i));
            for (Series s : series) {
                Double v = s.values().get(i);
                row.add(v == null ? "" : plain(v));
            }
            rows.add(row);
        }
        return Csv.write(header(), rows);
    }

    private static String plain(double v) {
        if (v == Math.rint(v)) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.1f", v).replace('.', ',');
    }
}
