package io.rayonne.operations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.rayonne.accounts.Role;
import io.rayonne.calendar.Posts;
import io.rayonne.testing.Bench;
import io.rayonne.testing.BrowserTest;
import io.rayonne.testing.NotePages;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Concurrent people at work in Chromium for a while, each in a window of their own with their own
 * account: communication officers (calendar, a post, notes they write, search, partners,
 * observatoire), press officers (contacts, press visits, search, notes) and guides (their
 * portraits, search), pausing between actions as a person reads. Printed: the actions made and
 * those that failed (a screen that did not show what it should, a script error in the page, a
 * server error), the time of each action as the person waits for it (p50, p95), the server's own
 * p95 from its request histogram, the heap of Rayonne's JVM.
 *
 * <p>Several browsers, each driven by one thread (a Playwright instance belongs to its thread),
 * share the sessions; a browser serves its sessions in turn, the one whose pause is over first.
 * Run: {@code ./mvnw -Pload test} (50 sessions, 5 minutes); the test command runs a few sessions
 * for a short while, where only the errors (none) are checked, not the times.
 */
class SessionsLoad extends BrowserTest {

    private static final int SESSIONS = Integer.getInteger("rayonne.load.sessions", 50);
    private static final Duration DURATION = Duration.parse(System.getProperty("rayonne.load.duration", "PT5M"));
    private static final int BROWSERS = Integer.getInteger("rayonne.load.browsers", 5);
    /**
     * Between two actions a person reads what they opened, or writes: half a minute to a minute and a
     * half. (Every browser runs on this machine, beside Rayonne: an action costs Chromium about 1.4 s
     * of processor, a sign-in 4.7 s, so 50 people clicking every few seconds would measure the
     * browsers, not Rayonne.)
     */
    private static final Duration PAUSE_MIN = Duration.parse(System.getProperty("rayonne.load.pause-min", "PT30S"));

    private static final Duration PAUSE_MAX = Duration.parse(System.getProperty("rayonne.load.pause-max", "PT90S"));
    private static final String OFFICE = "amiens-metropole";
    private static final String PASSWORD = "mot-de-passe-long";
    private static final String SIGN_IN = "connexion";
    /** Half communication officers, a fifth press officers, the rest guides, mixed from the first ten. */
    private static final List<Role> ROLES = List.of(
            Role.COMMUNICATION,
            Role.PRESS,
            Role.GUIDE,
            Role.COMMUNICATION,
            Role.GUIDE,
            Role.COMMUNICATION,
            Role.PRESS,
            Role.COMMUNICATION,
            Role.GUIDE,
            Role.COMMUNICATION);

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private Posts posts;

    /** One action of one session: what, how long the person waited, and what went wrong if it did. */
    private record Sample(String login, String action, long millis, String failure) {}

    /** Something a person does, ending when the screen shows what they came for. */
    private record Action(String name, int weight, Consumer<Page> steps) {}

    private record Session(String login, Role role) {}

    @Test
    void concurrentSessionsWorkWithoutErrors() throws Exception {
        String post = as(
                        "camille",
                        () -> posts.between(
                                List.of(OFFICE),
                                LocalDate.now().minusMonths(1),
                                LocalDate.now().plusMonths(2)),
                        Role.COMMUNICATION)
                .get(0)
                .id();
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            Role role = ROLES.get(i % ROLES.size());
            sessions.add(new Session(newUser(OFFICE, role), role));
        }
        Map<Role, List<Action>> mix = mix(post);

        Queue<Sample> samples = new ConcurrentLinkedQueue<>();
        Queue<String> pageErrors = new ConcurrentLinkedQueue<>();
        Map<String, long[]> serverBefore = serverHistogram();
        long requestsBefore = serverRequests();
        long serverErrorsBefore = serverErrors();
        System.gc();
        long heapBefore = heapUsed();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong heapPeak = new AtomicLong();
        Thread sampler = new Thread(
                () -> {
                    while (running.get()) {
                        heapPeak.accumulateAndGet(heapUsed(), Math::max);
                        LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
                    }
                },
                "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        // The time runs once every session has signed in, for all of them at once.
        AtomicLong deadline = new AtomicLong();
        CyclicBarrier signedIn =
                new CyclicBarrier(BROWSERS, () -> deadline.set(System.nanoTime() + DURATION.toNanos()));
        ExecutorService browsers = Executors.newFixedThreadPool(BROWSERS);
        List<Future<?>> done = new ArrayList<>();
        // Every browser keeps its windows open until the heap is measured with all sessions alive.
        CountDownLatch timeIsUp = new CountDownLatch(BROWSERS);
        CountDownLatch measured = new CountDownLatch(1);
        for (int b = 0; b < BROWSERS; b++) {
            int first = b;
            List<Session> mine = new ArrayList<>();
            for (int i = first; i < sessions.size(); i += BROWSERS) {
                mine.add(sessions.get(i));
            }
            done.add(browsers.submit(() -> {
                work(mine, mix, signedIn, deadline, samples, pageErrors, new Random(first), () -> {
                    timeIsUp.countDown();
                    awaitQuietly(measured);
                });
                return null;
            }));
        }
        assertThat(timeIsUp.await(DURATION.toMinutes() + 20, TimeUnit.MINUTES))
                .as("every browser finished its sessions")
                .isTrue();
        System.gc();
        long heapAfter = heapUsed();
        measured.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        browsers.shutdown();
        running.set(false);
        sampler.join();

        long requests = serverRequests() - requestsBefore;
        long serverErrors = serverErrors() - serverErrorsBefore;
        long serverP95 = serverPercentile(serverBefore, serverHistogram(), requests, 0.95);
        List<Sample> all = new ArrayList<>(samples);
        List<Sample> failed = all.stream().filter(s -> s.failure() != null).toList();

        Bench.heading("load");
        Bench.report(
                "%d sessions (%d communication, %d press, %d guides) in %d browsers for %s, each with its own account, pausing %ds to %ds between actions",
                SESSIONS,
                sessions.stream().filter(s -> s.role() == Role.COMMUNICATION).count(),
                sessions.stream().filter(s -> s.role() == Role.PRESS).count(),
                sessions.stream().filter(s -> s.role() == Role.GUIDE).count(),
                BROWSERS,
                DURATION,
                PAUSE_MIN.toSeconds(),
                PAUSE_MAX.toSeconds());
        Bench.report(
                "actions: %d (%.0f a minute) · failed: %d (goal 0) · script errors in the pages: %d (goal 0) · server errors (5xx): %d (goal 0)",
                all.size(),
                all.size() / (DURATION.toMillis() / 60_000.0),
                failed.size(),
                pageErrors.size(),
                serverErrors);
        Bench.report(
                "time of an action as the person waits for it: p50 %d ms · p95 %d ms · max %d ms",
                percentile(all, 0.50), percentile(all, 0.95), percentile(all, 1.0));
        all.stream()
                .collect(Collectors.groupingBy(Sample::action, TreeMap::new, Collectors.toList()))
                .forEach((name, of) -> Bench.report(
                        "  %-14s %5d × · p50 %5d ms · p95 %5d ms",
                        name, of.size(), percentile(of, 0.5), percentile(of, 0.95)));
        Bench.report("server: %d requests · p95 %d ms (upper bound of its histogram's bucket)", requests, serverP95);
        Bench.report(
                "heap of Rayonne's JVM (max %d MB): %d MB after a GC before the sessions, %d MB with the %d sessions open (%.1f MB a session), peak %d MB",
                Runtime.getRuntime().maxMemory() >> 20,
                heapBefore >> 20,
                heapAfter >> 20,
                SESSIONS,
                (heapAfter - heapBefore) / (double) SESSIONS / (1 << 20),
                heapPeak.get() >> 20);
        failed.stream().limit(10).forEach(s -> Bench.report("  failed: %s: %s", s.action(), s.failure()));
        pageErrors.stream().limit(10).forEach(e -> Bench.report("  page error: %s", e));

        assertThat(failed).as("actions that did not show what they should").isEmpty();
        assertThat(pageErrors).as("script errors in the pages").isEmpty();
        assertThat(serverErrors).as("server errors").isZero();
        assertThat(all.stream()
                        .filter(s -> !s.action().equals(SIGN_IN))
                        .map(Sample::login)
                        .distinct()
                        .count())
                .as("every session worked after signing in")
                .isEqualTo(SESSIONS);
    }

    /** What each role does, and how often (weights). */
    private Map<Role, List<Action>> mix(String post) {
        Action calendar = new Action("calendrier", 3, page -> {
            menu(page, "Calendrier");
            assertThat(page.locator("rayonne-calendar .fc-toolbar-title")).isVisible();
        });
        Action openPost = new Action("publication", 2, page -> {
            page.navigate(url("calendrier/publications/" + post));
            assertThat(page.getByLabel("Titre (pour l’équipe)")).not().isEmpty();
        });
        Action note = new Action("note écrite", 1, page -> new NotePages(page)
                .openList()
                .write("Point d’équipe " + unique("charge"), "- accueil presse\n- **saison** estivale"));
        Action search = search("amiens", "visite", "perret");
        // What a guide may find: the offices, the public pages, the guides.
        Action guideSearch = search("amiens");
        Action partners = new Action("partenaires", 1, page -> {
            menu(page, "Partenaires");
            assertThat(page.locator("#partners-count")).isVisible();
        });
        Action observatoire = new Action("observatoire", 1, page -> {
            menu(page, "Observatoire");
            assertThat(page.locator("#dashboard-tiles")).isVisible();
        });
        Action home = new Action("accueil", 1, page -> {
            menu(page, "Accueil");
            assertThat(page.locator("h2.rayonne-greeting")).isVisible();
        });
        Action contacts = new Action("contacts presse", 2, page -> {
            menu(page, "Contacts presse");
            assertThat(page.locator("#journalists")).isVisible();
        });
        Action visits = new Action("accueils presse", 1, page -> {
            menu(page, "Accueils presse");
            assertThat(page.locator("#visits")).isVisible();
        });
        Action portraits = new Action("portraits", 3, page -> {
            menu(page, "Portraits");
            assertThat(page.getByText("Votre portrait n’est pas encore écrit")).isVisible();
        });
        return Map.of(
                Role.COMMUNICATION, List.of(calendar, openPost, note, search, partners, observatoire, home),
                Role.PRESS, List.of(contacts, visits, search, note, observatoire, home),
                Role.GUIDE, List.of(portraits, guideSearch, home));
    }

    private static Action search(String... words) {
        return new Action("recherche", 2, page -> {
            Locator box = page.locator("vaadin-combo-box.rayonne-search-box input");
            box.fill(words[ThreadLocalRandom.current().nextInt(words.length)]);
            box.press("Enter");
            assertThat(page.locator(".rayonne-result").first()).isVisible();
        });
    }

    /** One browser's sessions: each signs in, then acts and pauses in turn until the time is up. */
    private void work(
            List<Session> sessions,
            Map<Role, List<Action>> mix,
            CyclicBarrier signedIn,
            AtomicLong startedUntil,
            Queue<Sample> samples,
            Queue<String> pageErrors,
            Random random,
            Runnable whenTimeIsUp) {
        try (Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            try {
                Browser browser = launch(playwright);
                List<Page> pages = new ArrayList<>();
                long[] next = new long[sessions.size()];
                for (int i = 0; i < sessions.size(); i++) {
                    BrowserContext context = browser.newContext(contextOptions());
                    context.setDefaultTimeout(15_000);
                    Page page = context.newPage();
                    String who = sessions.get(i).login();
                    page.onPageError(e -> pageErrors.add(who + ": " + e));
                    pages.add(page);
                    samples.add(timed(who, SIGN_IN, page, p -> login(p, who, PASSWORD)));
                }
                signedIn.await(10, TimeUnit.MINUTES);
                long deadline = startedUntil.get();
                // People do not all click at the same second: first actions spread over one pause.
                for (int i = 0; i < next.length; i++) {
                    next[i] = System.nanoTime() + (long) (random.nextDouble() * PAUSE_MAX.toNanos());
                }
                int[] done = new int[sessions.size()];
                while (System.nanoTime() < deadline) {
                    // The session whose pause ends first.
                    int i = 0;
                    for (int s = 1; s < next.length; s++) {
                        if (next[s] < next[i]) {
                            i = s;
                        }
                    }
                    long wait = next[i] - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(Math.min(wait, deadline - System.nanoTime()));
                        continue;
                    }
                    // A first round of every action of the role, in order, then as it comes.
                    List<Action> actions = mix.get(sessions.get(i).role());
                    Action action = done[i] < actions.size() ? actions.get(done[i]) : pick(actions, random);
                    samples.add(timed(sessions.get(i).login(), action.name(), pages.get(i), action.steps()));
                    done[i]++;
                    next[i] = System.nanoTime() + pause(random);
                }
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("The other browsers did not sign their sessions in", e);
            } finally {
                whenTimeIsUp.run();
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Sample timed(String login, String name, Page page, Consumer<Page> steps) {
        long start = System.nanoTime();
        try {
            steps.accept(page);
            waitUntilDrawn(page);
            if (page.locator(".v-system-error, .rayonne-degraded:visible").count() > 0) {
                throw new AssertionError("an error message is shown: "
                        + page.locator(".v-system-error, .rayonne-degraded:visible")
                                .first()
                                .innerText());
            }
            return new Sample(login, name, (System.nanoTime() - start) / 1_000_000, null);
        } catch (RuntimeException | AssertionError e) {
            String why = login + " at " + page.url() + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            try {
                screenshot(page, "load-failed-" + login + "-" + System.nanoTime());
                page.navigate(url(""));
            } catch (RuntimeException ignored) {
                // the next action starts from wherever the page is
            }
            return new Sample(login, name, (System.nanoTime() - start) / 1_000_000, why);
        }
    }

    private static void menu(Page page, String item) {
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText(item))
                .first()
                .click();
    }

    /** A person reads, or writes elsewhere, between PAUSE_MIN and PAUSE_MAX before their next action. */
    private static long pause(Random random) {
        return PAUSE_MIN.toNanos() + (long) (random.nextDouble() * (PAUSE_MAX.minus(PAUSE_MIN)).toNanos());
    }

    private static Action pick(List<Action> actions, Random random) {
        int total = actions.stream().mapToInt(Action::weight).sum();
        int r = random.nextInt(total);
        for (Action a : actions) {
            r -= a.weight();
            if (r < 0) {
                return a;
            }
        }
        throw new IllegalStateException();
    }

    private static long percentile(List<Sample> samples, double p) {
        List<Long> sorted = samples.stream()
                .map(Sample::millis)
                .sorted(Comparator.naturalOrder())
                .toList();
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private List<Timer> requestTimers() {
        return new ArrayList<>(meters.find("http.server.requests").timers());
    }

    private long serverRequests() {
        return requestTimers().stream().mapToLong(Timer::count).sum();
    }

    private long serverErrors() {
        return requestTimers().stream()
                .filter(t -> t.getId().getTags().contains(Tag.of("outcome", "SERVER_ERROR")))
                .mapToLong(Timer::count)
                .sum();
    }

    /** Cumulative count at each bucket bound (nanoseconds, as text), summed over every request timer. */
    private Map<String, long[]> serverHistogram() {
        Map<String, long[]> counts = new TreeMap<>();
        for (Timer timer : requestTimers()) {
            for (CountAtBucket bucket : timer.takeSnapshot().histogramCounts()) {
                String bound = String.format(Locale.ROOT, "%020.0f", bucket.bucket(TimeUnit.NANOSECONDS));
                counts.computeIfAbsent(bound, b -> new long[1])[0] += (long) bucket.count();
            }
        }
        return counts;
    }

    /** The upper bound (ms) of the first bucket holding the given share of the requests made between two histograms. */
    private static long serverPercentile(
            Map<String, long[]> before, Map<String, long[]> after, long requests, double p) {
        for (var bucket : after.entrySet()) {
            long made = bucket.getValue()[0] - before.getOrDefault(bucket.getKey(), new long[1])[0];
            if (made >= Math.ceil(p * requests)) {
                return Math.round(Double.parseDouble(bucket.getKey()) / 1e6);
            }
        }
        return -1;
    }
}
