package io.rayonne.observatoire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Role;
import io.rayonne.calendar.Post;
import io.rayonne.calendar.PostStatistics;
import io.rayonne.calendar.PostStatus;
import io.rayonne.calendar.Posts;
import io.rayonne.newsletter.Campaigns;
import io.rayonne.portraits.Portrait;
import io.rayonne.portraits.PortraitStatus;
import io.rayonne.portraits.Portraits;
import io.rayonne.press.Coverage;
import io.rayonne.press.CoverageItem;
import io.rayonne.press.PressStatistics;
import io.rayonne.press.PressVisit;
import io.rayonne.press.PressVisits;
import io.rayonne.testing.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each count of the dashboards, made by Elasticsearch's aggregations, against the same count made
 * here from the sample content's documents.
 */
class ObservatoireIT extends IntegrationTest {

    private static final String AMIENS = "amiens-metropole";

    @Autowired
    Posts posts;

    @Autowired
    Portraits portraits;

    @Autowired
    Coverage coverage;

    @Autowired
    PressVisits visits;

    @Autowired
    Campaigns campaigns;

    @Autowired
    KeyFigures keyFigures;

    @Autowired
    Dashboards dashboards;

    @Autowired
    Accounts accounts;

    @Autowired
    CurrentUser currentUser;

    @Test
    void postsPerChannelThemeMonthAndOfficeAsTheCalendarHoldsThem() {
        List<String> nord = List.of("valenciennes", "dunkerque", "lille");
        LocalDate from = LocalDate.now().withDayOfMonth(1).minusMonths(1);
        LocalDate to = from.plusMonths(4);
        PostStatistics counted = as("nadia", () -> posts.statistics(nord, from, to), Role.ADMIN);
        List<Post> held = as("nadia", () -> posts.between(nord, from, to), Role.ADMIN).stream()
                .filter(p -> p.status() != PostStatus.CANCELLED)
                .toList();

        assertThat(held).isNotEmpty();
        assertThat(counted.planned()).isEqualTo(held.size());
        assertThat(counted.published())
                .isEqualTo(held.stream()
                        .filter(p -> p.status() == PostStatus.PUBLISHED)
                        .count());
        Map<String, Long> byChannel = new HashMap<>();
        held.forEach(p -> p.texts().keySet().forEach(c -> byChannel.merge(c.name(), 1L, Long::sum)));
        assertThat(asMap(counted.byChannel())).isEqualTo(byChannel);
        assertThat(asMap(counted.byTheme()))
                .isEqualTo(held.stream().collect(Collectors.groupingBy(Post::theme, Collectors.counting())));
        assertThat(asMap(counted.byOffice()))
                .isEqualTo(held.stream().collect(Collectors.groupingBy(Post::officeId, Collectors.counting())));
        Map<String, Long> byMonth = held.stream()
                .collect(
                        Collectors.groupingBy(p -> YearMonth.from(p.plannedAt()).toString(), Collectors.counting()));
        assertThat(counted.byMonth()).hasSize(4); // every month of the period, empty ones with zero
        counted.byMonth().forEach(m -> assertThat(m.planned()).isEqualTo(byMonth.getOrDefault(m.key(), 0L)));
    }

    @Test
    void portraitsPipelineAsThePortraitsStand() {
        Map<PortraitStatus, Long> counted =
                as("camille", () -> portraits.pipeline(List.of(AMIENS)), Role.COMMUNICATION);
        Map<PortraitStatus, Long> held = as("camille", () -> portraits.all(), Role.COMMUNICATION).stream()
                .filter(p -> p.officeId().equals(AMIENS))
                .collect(Collectors.groupingBy(Portrait::status, Collectors.counting()));
        held.forEach(
                (status, n) -> assertThat(counted.get(status)).as(status.name()).isEqualTo(n));
        assertThat(counted.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(held.values().stream().mapToLong(Long::longValue).sum());
        assertThat(counted.get(PortraitStatus.SUBMITTED)).isPositive(); // Léa's, waiting for Camille
    }

    @Test
    void pressVisitsCostsAndCoverageByMarketLanguageAndMedium() {
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        PressStatistics counted = as("hugo", () -> coverage.statistics(List.of(AMIENS), from, to), Role.PRESS);
        List<CoverageItem> items = as("hugo", () -> coverage.mine(from, to), Role.PRESS).stream()
                .filter(c -> c.officeId().equals(AMIENS))
                .toList();
        List<PressVisit> started = as("hugo", () -> visits.mine(), Role.PRESS).stream()
                .filter(v -> v.officeId().equals(AMIENS)
                        && v.start() != null
                        && v.start().getYear() == 2024)
                .filter(v -> v.status() != io.rayonne.press.VisitStatus.CANCELLED)
                .toList();

        assertThat(items).isNotEmpty();
        assertThat(counted.coverage().count()).isEqualTo(items.size());
        assertThat(buckets(counted.coverage().byMarket()))
                .isEqualTo(items.stream().collect(Collectors.groupingBy(CoverageItem::market, Collectors.counting())));
        assertThat(buckets(counted.coverage().byLanguage()))
                .isEqualTo(
                        items.stream().collect(Collectors.groupingBy(CoverageItem::language, Collectors.counting())));
        assertThat(buckets(counted.coverage().byMedium()))
                .isEqualTo(items.stream()
                        .collect(Collectors.groupingBy(c -> c.medium().name(), Collectors.counting())));
        assertThat(counted.visits()).isEqualTo(started.size());
        assertThat(counted.visitCostCents())
                .isEqualTo(started.stream().mapToLong(PressVisit::costCents).sum());
        assertThat(counted.coverageFromVisits())
                .isEqualTo(items.stream().filter(c -> c.visitId() != null).count());
        assertThat(counted.costPerArticleCents()).isPositive();
    }

    @Test
    void keyFiguresMonthByMonthAsEntered() {
        YearMonth last = YearMonth.now(java.time.ZoneId.of("Europe/Paris")).minusMonths(1);
        YearMonth first = last.minusMonths(11);
        KeyFigureValues counted =
                as("camille", () -> keyFigures.values(List.of(AMIENS), first, last), Role.COMMUNICATION);
        Map<YearMonth, Map<String, Double>> held = new HashMap<>();
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            int y = year;
            as("camille", () -> keyFigures.year(AMIENS, y), Role.COMMUNICATION).stream()
                    .filter(m -> !m.month().isBefore(first) && !m.month().isAfter(last))
                    .forEach(m -> held.put(m.month(), m.values()));
        }
        assertThat(held).hasSize(12);
        held.forEach(
                (month, values) -> values.forEach((figure, value) -> assertThat(counted.value(AMIENS, month, figure))
                        .as(month + " " + figure)
                        .isEqualTo(value)));

        KeyFigure visitors = KeyFigures.DEFAULT_LIST.get(0);
        KeyFigure followers = KeyFigures.DEFAULT_LIST.get(1);
        List<YearMonth> months = new Period(first, last).months();
        assertThat(counted.total(visitors, List.of(AMIENS), months))
                .isEqualTo(held.values().stream()
                        .mapToDouble(v -> v.get(visitors.code()))
                        .sum());
        assertThat(counted.total(followers, List.of(AMIENS), months))
                .isEqualTo(held.get(last).get(followers.code()));
    }

    @Test
    void aDashboardTooSlowSaysSoInsteadOfShowingHalfOfIt() {
        var impatient = new Dashboards(
                posts,
                portraits,
                coverage,
                campaigns,
                keyFigures,
                accounts,
                currentUser,
                new ObservatoireSettings(Duration.ofNanos(1)));
        try {
            assertThatThrownBy(() ->
                            as("camille", () -> impatient.of(List.of(AMIENS), Period.year(2026)), Role.COMMUNICATION))
                    .isInstanceOf(DashboardTooSlowException.class);
        } finally {
            impatient.stop();
        }
    }

    @Test
    void aDashboardComparesTheYearBefore() {
        int year = YearMonth.now(java.time.ZoneId.of("Europe/Paris"))
                .minusMonths(1)
                .getYear();
        Dashboard d = as(
                "nadia",
                () -> dashboards.of(List.of("valenciennes", "dunkerque", "elsewhere"), Period.year(year)),
                Role.ADMIN);
        assertThat(d.officeIds()).containsExactly("valenciennes", "dunkerque"); // an unknown office is left out
        assertThat(d.yearBefore().period()).isEqualTo(Period.year(year - 1));
        assertThat(d.yearBefore().keyFigures().isEmpty()).isFalse();
        assertThat(d.current().keyFigures().value("dunkerque", YearMonth.of(year, 1), "site-visitors"))
                .isNotNull();
    }

    private static Map<String, Long> asMap(List<PostStatistics.Count> counts) {
        return counts.stream().collect(Collectors.toMap(PostStatistics.Count::key, PostStatistics.Count::planned));
    }

    private static Map<String, Long> buckets(List<io.rayonne.press.CoverageReport.Bucket> buckets) {
        return buckets.stream()
                .collect(Collectors.toMap(
                        io.rayonne.press.CoverageReport.Bucket::key, io.rayonne.press.CoverageReport.Bucket::count));
    }
}
