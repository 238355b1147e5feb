package io.rayonne.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import io.rayonne.base.Channel;
import io.rayonne.base.Slugs;
import io.rayonne.testing.Bench;
import io.rayonne.testing.BrowserTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The calendar's month with 500 posts: the service's read, the month view's answer to the browser
 * (Vaadin's round trip for the posts of the range, JSON included), the list view drawn; and the
 * creation of a 365-post series. Prints figures; checks every post is read and drawn. Run: ./mvnw -Pbenchmark test
 */
class CalendarBenchmark extends BrowserTest {

    private static final int SERIES = Bench.size(20, 2);
    private static final int DAYS = 25;

    @Autowired
    Posts posts;

    @Autowired
    Accounts accounts;

    @Test
    void aMonthOfFiveHundredPostsAndAYearLongSeries() {
        String officeId = Slugs.of("Office de tourisme Banc d’essai");
        SystemUser.run(() -> {
            if (accounts.office(officeId).isEmpty()) {
                accounts.createOffice("Office de tourisme Banc d’essai", "landes", "Landes", "Mont-de-Marsan");
            }
        });
        String writer = newUser(officeId, Role.COMMUNICATION);
        LocalDate month = LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(2).withDayOfMonth(1);
        Bench.heading("calendar");

        long start = System.nanoTime();
        for (int s = 0; s < SERIES; s++) {
            LocalTime time = LocalTime.of(7 + s / 2, s % 2 == 0 ? 0 : 30);
            int n = s;
            as(
                    writer,
                    () -> posts.createSeries(
                            new Post.Draft(
                                    "Publication " + n,
                                    Map.of(
                                            Channel.FACEBOOK,
                                            "Texte de la série " + n,
                                            Channel.INSTAGRAM,
                                            "#Landes " + n),
                                    n % 3 == 0 ? "Patrimoine" : "Nature",
                                    "",
                                    null,
                                    List.of(),
                                    List.of()),
                            new Recurrence(Recurrence.Frequency.DAILY, 1, Set.of(), month, time, null, DAYS)),
                    Role.COMMUNICATION);
        }
        Bench.report(
                "setting up %d posts in one month (%d series of %d): %.1f s",
                SERIES * DAYS, SERIES, DAYS, (System.nanoTime() - start) / 1e9);

        List<Double> service = new ArrayList<>();
        int found = 0;
        for (int i = 0; i < 21; i++) {
            long t0 = System.nanoTime();
            found = as(writer, () -> posts.between(List.of(officeId), month, month.plusMonths(1)), Role.COMMUNICATION)
                    .size();
            service.add((System.nanoTime() - t0) / 1e6);
        }
        Bench.report("Posts.between for the month (%d posts, Elasticsearch included): %s", found, summary(service));
        assertThat(found).isEqualTo(SERIES * DAYS);

        login(writer, "mot-de-passe-long");
        page.navigate(url("calendrier?vue=month&date=" + month));
        page.locator("rayonne-calendar .fc-event").first().waitFor();
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) page.evaluate(
                "async ([from, to]) => {"
                        + " const calendar = document.querySelector('rayonne-calendar'); const times = []; let n = 0;"
                        + " for (let i = 0; i < 21; i++) { const t0 = performance.now();"
                        + " const json = await calendar.$server.events(from, to); times.push(performance.now() - t0);"
                        + " n = JSON.parse(json).length; }"
                        + " return { times, n }; }",
                List.of(
                        month.minusDays(7).toString(),
                        month.plusMonths(1).plusDays(7).toString()));
        List<Double> browser = new ArrayList<>();
        for (Object t : (List<?>) answer.get("times")) {
            browser.add(((Number) t).doubleValue());
        }
        Bench.report(
                "month view, the browser asking the server for the posts of its range (%s posts, Vaadin round trip"
                        + " and JSON): %s (goal ≤ 300 ms)",
                answer.get("n"), summary(browser));
        assertThat(((Number) answer.get("n")).intValue()).isEqualTo(SERIES * DAYS);

        List<Double> drawn = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            page.navigate(url("calendrier?vue=list&date=" + month));
            try {
                page.waitForFunction(
                        "n => document.querySelectorAll('rayonne-calendar .fc-list-event').length >= n", SERIES * DAYS);
                drawn.add((System.nanoTime() - t0) / 1e6);
            } catch (com.microsoft.playwright.TimeoutError e) {
                throw new AssertionError(
                        "list view: only "
                                + page.locator("rayonne-calendar .fc-list-event")
                                        .count() + " rows drawn",
                        e);
            }
        }
        Bench.report("list view of the month drawn in the browser (page load to the last row): %s", summary(drawn));

        List<Double> series = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            LocalDate first = month.plusYears(1 + i);
            long t0 = System.nanoTime();
            int created = as(
                            writer,
                            () -> posts.createSeries(
                                    new Post.Draft(
                                            "1 jour / 1 question",
                                            Map.of(Channel.FACEBOOK, "Quelle est la question du jour ?"),
                                            "Quiz",
                                            "",
                                            null,
                                            List.of(),
                                            List.of()),
                                    new Recurrence(
                                            Recurrence.Frequency.DAILY,
                                            1,
                                            Set.of(),
                                            first,
                                            LocalTime.of(9, 0),
                                            null,
                                            365)),
                            Role.COMMUNICATION)
                    .size();
            series.add((System.nanoTime() - t0) / 1e6);
            assertThat(created).isEqualTo(365);
        }
        Bench.report(
                "a 365-post daily series created (posts, first versions and search entries, in bulk): %s",
                summary(series));
    }

    private static String summary(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        return String.format(
                "median %.1f ms, min %.1f ms, max %.1f ms over %d runs",
                median, sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }
}
