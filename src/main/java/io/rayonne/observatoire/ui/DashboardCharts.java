package io.rayonne.observatoire.ui;

import io.rayonne.base.Channel;
import io.rayonne.base.Languages;
import io.rayonne.calendar.PostStatistics;
import io.rayonne.observatoire.Dashboard;
import io.rayonne.observatoire.KeyFigure;
import io.rayonne.observatoire.Period;
import io.rayonne.portraits.PortraitStatus;
import io.rayonne.press.CoverageReport;
import io.rayonne.press.Medium;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * A dashboard's counts as charts, in the reader's language: each chart compares the period with the
 * same months a year earlier. Shared by the dashboard screen, its CSV exports and the yearly report.
 */
final class DashboardCharts {

    /** Translations, as a component gives them. */
    interface Words {
        String get(String key, Object... arguments);
    }

    private final Dashboard dashboard;
    private final Words words;
    private final Locale locale;
    private final Map<String, String> officeNames;

    DashboardCharts(Dashboard dashboard, Words words, Locale locale, Map<String, String> officeNames) {
        this.dashboard = dashboard;
        this.words = words;
        this.locale = locale;
        this.officeNames = officeNames;
    }

    String current() {
        return periodName(dashboard.current().period());
    }

    String yearBefore() {
        return periodName(dashboard.yearBefore().period());
    }

    boolean network() {
        return dashboard.officeIds().size() > 1;
    }

    String periodName(Period p) {
        if (p.first().getMonthValue() == 1
                && p.last().getMonthValue() == 12
                && p.first().getYear() == p.last().getYear()) {
            return String.valueOf(p.first().getYear());
        }
        if (p.first().equals(p.last())) {
            return month(p.first());
        }
        return words.get("observatoire.period.range", month(p.first()), month(p.last()));
    }

    String month(YearMonth m) {
        return m.format(DateTimeFormatter.ofPattern("MMM yyyy", locale));
    }

    // ---- posts

    ChartData postsByMonth() {
        PostStatistics now = dashboard.current().posts();
        PostStatistics before = dashboard.yearBefore().posts();
        List<YearMonth> months = dashboard.current().period().months();
        List<String> labels = months.stream()
                .map(m -> m.format(DateTimeFormatter.ofPattern("MMM", locale)))
                .toList();
        return new ChartData(
                "publications-par-mois",
                words.get("observatoire.chart.posts-month"),
                ChartData.Kind.BAR,
                words.get("observatoire.column.month"),
                months.size() == 1 ? List.of(month(months.get(0))) : labels,
                List.of(
                        new ChartData.Series(
                                words.get("observatoire.series.planned", current()),
                                byMonth(now, months, PostStatistics.Count::planned)),
                        new ChartData.Series(
                                words.get("observatoire.series.published", current()),
                                byMonth(now, months, PostStatistics.Count::published)),
                        new ChartData.Series(
                                words.get("observatoire.series.planned", yearBefore()),
                                byMonth(
                                        before,
                                        months.stream()
                                                .map(m -> m.minusYears(1))
                                                .toList(),
                                        PostStatistics.Count::planned))),
                "");
    }

    private static List<@Nullable Double> byMonth(
            PostStatistics s, List<YearMonth> months, ToLongFunction<PostStatistics.Count> value) {
        List<@Nullable Double> values = new ArrayList<>();
        months.forEach(m -> values.add(sum(s.byMonth(), PostStatistics.Count::key, m.toString(), value)));
        return values;
    }

    ChartData postsByChannel() {
        return compared(
                "publications-par-canal",
                "observatoire.chart.posts-channel",
                "observatoire.column.channel",
                dashboard.current().posts().byChannel(),
                dashboard.yearBefore().posts().byChannel(),
                code -> words.get(Channel.valueOf(code).key()));
    }

    ChartData postsByTheme() {
        return compared(
                "publications-par-theme",
                "observatoire.chart.posts-theme",
                "observatoire.column.theme",
                dashboard.current().posts().byTheme(),
                dashboard.yearBefore().posts().byTheme(),
                theme -> theme.isBlank() ? words.get("observatoire.theme.none") : theme);
    }

    ChartData postsByOffice() {
        return compared(
                "publications-par-office",
                "observatoire.chart.posts-office",
                "observatoire.column.office",
                dashboard.current().posts().byOffice(),
                dashboard.yearBefore().posts().byOffice(),
                id -> officeNames.getOrDefault(id, id));
    }

    /** Planned and published now, planned a year earlier, for each key of either period. */
    private ChartData compared(
            String id,
            String title,
            String header,
            List<PostStatistics.Count> now,
            List<PostStatistics.Count> before,
            Function<String, String> label) {
        Set<String> keys = keys(now, before, PostStatistics.Count::key);
        List<@Nullable Double> planned = new ArrayList<>();
        List<@Nullable Double> published = new ArrayList<>();
        List<@Nullable Double> earlier = new ArrayList<>();
        for (String key : keys) {
            planned.add(sum(now, PostStatistics.Count::key, key, PostStatistics.Count::planned));
            published.add(sum(now, PostStatistics.Count::key, key, PostStatistics.Count::published));
            earlier.add(sum(before, PostStatistics.Count::key, key, PostStatistics.Count::planned));
        }
        return new ChartData(
                id,
                words.get(title),
                ChartData.Kind.BAR,
                words.get(header),
                keys.stream().map(label).toList(),
                List.of(
                        new ChartData.Series(words.get("observatoire.series.planned", current()), planned),
                        new ChartData.Series(words.get("observatoire.series.published", current()), published),
                        new ChartData.Series(words.get("observatoire.series.planned", yearBefore()), earlier)),
                "");
    }

    /** The keys of either period, in order of appearance (the period's first). */
    private static <T> Set<String> keys(List<T> now, List<T> before, Function<T, String> key) {
        Set<String> keys = new LinkedHashSet<>();
        now.forEach(c -> keys.add(key.apply(c)));
        before.forEach(c -> keys.add(key.apply(c)));
        return keys;
    }

    /** The value counted for one key (zero when the period has none). */
    private static <T> double sum(List<T> counts, Function<T, String> keyOf, String key, ToLongFunction<T> value) {
        return counts.stream()
                .filter(c -> keyOf.apply(c).equals(key))
                .mapToLong(value)
                .sum();
    }

    // ---- portraits

    ChartData portraits() {
        List<String> labels = new ArrayList<>();
        List<@Nullable Double> values = new ArrayList<>();
        for (PortraitStatus status : PortraitStatus.values()) {
            labels.add(words.get("status." + status.name().toLowerCase(Locale.ROOT)));
            values.add((double) dashboard.portraits().getOrDefault(status, 0L));
        }
        return new ChartData(
                "portraits",
                words.get("observatoire.chart.portraits"),
                ChartData.Kind.DOUGHNUT,
                words.get("observatoire.column.status"),
                labels,
                List.of(new ChartData.Series(words.get("observatoire.series.today"), values)),
                "");
    }

    // ---- press

    ChartData coverageByMarket() {
        return coverage(
                "retombees-par-marche",
                "observatoire.chart.coverage-market",
                "observatoire.column.market",
                CoverageReport::byMarket,
                code -> code.isBlank()
                        ? words.get("observatoire.unknown")
                        : new Locale("", code).getDisplayCountry(locale));
    }

    ChartData coverageByLanguage() {
        return coverage(
                "retombees-par-langue",
                "observatoire.chart.coverage-language",
                "observatoire.column.language",
                CoverageReport::byLanguage,
                code -> code.isBlank() ? words.get("observatoire.unknown") : Languages.name(code, locale));
    }

    ChartData coverageByMedium() {
        return coverage(
                "retombees-par-media",
                "observatoire.chart.coverage-medium",
                "observatoire.column.medium",
                CoverageReport::byMedium,
                code -> code.isBlank()
                        ? words.get("observatoire.unknown")
                        : words.get(Medium.valueOf(code).key()));
    }

    private ChartData coverage(
            String id,
            String title,
            String header,
            Function<CoverageReport, List<CoverageReport.Bucket>> buckets,
            Function<String, String> label) {
        List<CoverageReport.Bucket> now =
                buckets.apply(dashboard.current().press().coverage());
        List<CoverageReport.Bucket> before =
                buckets.apply(dashboard.yearBefore().press().coverage());
        Set<String> keys = keys(now, before, CoverageReport.Bucket::key);
        List<@Nullable Double> a = new ArrayList<>();
        List<@Nullable Double> b = new ArrayList<>();
        for (String key : keys) {
            a.add(sum(now, CoverageReport.Bucket::key, key, CoverageReport.Bucket::count));
            b.add(sum(before, CoverageReport.Bucket::key, key, CoverageReport.Bucket::count));
        }
        return new ChartData(
                id,
                words.get(title),
                ChartData.Kind.BAR,
                words.get(header),
                keys.stream().map(label).toList(),
                List.of(
                        new ChartData.Series(words.get("observatoire.series.pieces", current()), a),
                        new ChartData.Series(words.get("observatoire.series.pieces", yearBefore()), b)),
                "");
    }

    // ---- bulletins

    ChartData bulletins() {
        var issues = dashboard.current().bulletins().issues();
        return new ChartData(
                "bulletins",
                words.get("observatoire.chart.bulletins"),
                ChartData.Kind.BAR,
                words.get("observatoire.column.issue"),
                issues.stream().map(i -> i.subject()).toList(),
                List.of(
                        new ChartData.Series(
                                words.get("observatoire.series.open-rate"),
                                issues.stream()
                                        .map(i -> i.sent() == 0 ? null : round(100.0 * i.opened() / i.sent()))
                                        .toList()),
                        new ChartData.Series(
                                words.get("observatoire.series.click-rate"),
                                issues.stream()
                                        .map(i -> i.sent() == 0 ? null : round(100.0 * i.clicked() / i.sent()))
                                        .toList())),
                " %");
    }

    // ---- key figures

    /**
     * A key figure: for one office, month by month beside the year before; for several, each
     * office's total of the period beside its total a year earlier.
     */
    ChartData keyFigure(KeyFigure figure) {
        var now = dashboard.current().keyFigures();
        var before = dashboard.yearBefore().keyFigures();
        String unit = figure.kind() == KeyFigure.Kind.SCORE ? " %" : "";
        if (network()) {
            // Totals compare like with like: the months entered so far, and the same a year earlier.
            List<String> offices = dashboard.officeIds();
            Period period = dashboard.current().period();
            YearMonth last = now.latest()
                    .filter(l -> l.isBefore(period.last()) && !l.isBefore(period.first()))
                    .orElse(period.last());
            Period compared = new Period(period.first(), last);
            List<YearMonth> months = compared.months();
            List<YearMonth> monthsBefore = compared.yearBefore().months();
            return new ChartData(
                    "chiffre-" + figure.code(),
                    figure.label(),
                    ChartData.Kind.BAR,
                    words.get("observatoire.column.office"),
                    offices.stream().map(o -> officeNames.getOrDefault(o, o)).toList(),
                    List.of(
                            new ChartData.Series(
                                    current(),
                                    offices.stream()
                                            .map(o -> now.total(figure, List.of(o), months))
                                            .toList()),
                            new ChartData.Series(
                                    yearBefore(),
                                    offices.stream()
                                            .map(o -> before.total(figure, List.of(o), monthsBefore))
                                            .toList())),
                    unit);
        }
        List<YearMonth> months = dashboard.current().period().months();
        return new ChartData(
                "chiffre-" + figure.code(),
                figure.label(),
                ChartData.Kind.LINE,
                words.get("observatoire.column.month"),
                months.stream()
                        .map(m -> m.format(DateTimeFormatter.ofPattern("MMM", locale)))
                        .toList(),
                List.of(
                        new ChartData.Series(
                                current(),
                                months.stream()
                                        .map(m -> now.inMonth(figure, dashboard.officeIds(), m))
                                        .toList()),
                        new ChartData.Series(
                                yearBefore(),
                                months.stream()
                                        .map(m -> before.inMonth(figure, dashboard.officeIds(), m.minusYears(1)))
                                        .toList())),
                unit);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
