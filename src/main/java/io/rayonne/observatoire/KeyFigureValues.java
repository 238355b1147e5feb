package io.rayonne.observatoire;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Key figures of some offices over some months, as Elasticsearch summed them: office → month → figure → value. */
public record KeyFigureValues(Map<String, Map<YearMonth, Map<String, Double>>> byOffice) {

    public KeyFigureValues {
        byOffice = Map.copyOf(byOffice);
    }

    public boolean isEmpty() {
        return byOffice.values().stream().allMatch(Map::isEmpty);
    }

    /** The latest month any office entered, if any. */
    public java.util.Optional<YearMonth> latest() {
        return byOffice.values().stream().flatMap(m -> m.keySet().stream()).max(java.util.Comparator.naturalOrder());
    }

    /** One office's value of a figure in a month, or null when not entered. */
    public @Nullable Double value(String officeId, YearMonth month, String figure) {
        return byOffice.getOrDefault(officeId, Map.of())
                .getOrDefault(month, Map.of())
                .get(figure);
    }

    /**
     * The figure over these months for these offices, as its kind adds up: flows summed, stocks
     * at the last month entered (summed over offices), scores averaged; null when never entered.
     */
    public @Nullable Double total(KeyFigure figure, List<String> officeIds, List<YearMonth> months) {
        double sum = 0;
        int entered = 0;
        for (String office : officeIds) {
            Double officeValue = officeTotal(figure, office, months);
            if (officeValue != null) {
                sum += officeValue;
                entered++;
            }
        }
        if (entered == 0) {
            return null;
        }
        return figure.kind() == KeyFigure.Kind.SCORE ? sum / entered : sum;
    }

    /** The figure for these offices in one month: summed, or averaged for a score; null when none entered. */
    public @Nullable Double inMonth(KeyFigure figure, List<String> officeIds, YearMonth month) {
        return total(figure, officeIds, List.of(month));
    }

    private @Nullable Double officeTotal(KeyFigure figure, String office, List<YearMonth> months) {
        List<Double> values = months.stream()
                .map(m -> value(office, m, figure.code()))
                .filter(Objects::nonNull)
                .toList();
        if (values.isEmpty()) {
            return null;
        }
        return switch (figure.kind()) {
            case FLOW -> values.stream().mapToDouble(Double::doubleValue).sum();
            case STOCK -> values.get(values.size() - 1);
            case SCORE ->
                values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        };
    }
}
