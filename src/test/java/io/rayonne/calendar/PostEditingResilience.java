package io.rayonne.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.rayonne.accounts.Role;
import io.rayonne.base.Channel;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.StoreStatus;
import io.rayonne.testing.IntegrationTest;
import io.rayonne.testing.Resilience;
import io.rayonne.testing.TestElasticsearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * People keep writing posts (each a new post, then three changes to it) while Elasticsearch crashes
 * and comes back, then while its disk is full. Each of them does what the screens tell them: when a
 * save fails, the text is still in the form and they press "Enregistrer" again until it answers;
 * when a save meets the conflict dialog, they look at what is stored. Counts what was lost (a save
 * that was answered but is not stored, a version missing from a post's history, a search entry
 * behind its post) and what was doubled (the same post stored twice). Run: ./mvnw -Presilience test
 */
class PostEditingResilience extends IntegrationTest {

    private static final int EDITORS = 4;
    private static final int CHANGES = 3;
    private static final LocalDateTime DAY =
            LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(2).atTime(10, 0);

    @Autowired
    Posts posts;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    StoreStatus store;

    @Test
    void elasticsearchCrashesWhilePeopleWrite() throws Exception {
        int crashes = Resilience.size(6, 1);
        Random random = new Random(17);
        Outcome outcome = whileEditing("crash", () -> {
            for (int i = 0; i < crashes; i++) {
                Resilience.pause(Duration.ofMillis(1_000 + random.nextInt(2_000)));
                TestElasticsearch.crash();
                Resilience.pause(Duration.ofMillis(1_000 + random.nextInt(3_000)));
                TestElasticsearch.restart();
                Resilience.waitUntil(
                        () -> store.state() == StoreStatus.State.UP, Duration.ofMinutes(1), "the store seen back");
            }
            return crashes + " crash(es) of Elasticsearch (SIGKILL), each restarted";
        });
        assertThat(outcome.lost()).as("saves lost").isEmpty();
        assertThat(outcome.doubled()).as("posts doubled").isEmpty();
        assertThat(outcome.behind()).as("history or search behind a post").isEmpty();
    }

    @Test
    void theDiskFillsWhilePeopleWrite() throws Exception {
        Outcome outcome = whileEditing("disk", () -> {
            Resilience.pause(Duration.ofSeconds(2));
            TestElasticsearch.fillDisk();
            Resilience.waitUntil(
                    () -> store.state() == StoreStatus.State.FULL, Duration.ofSeconds(30), "the store seen full");
            Resilience.pause(Duration.ofSeconds(3));
            TestElasticsearch.freeDisk();
            Resilience.waitUntil(
                    () -> store.state() == StoreStatus.State.UP, Duration.ofSeconds(30), "the store seen with room");
            return "the disk full (Elasticsearch's flood stage) for a while, then room again";
        });
        assertThat(outcome.refusedForSpace())
                .as("saves refused because the disk was full")
                .isPositive();
        assertThat(outcome.lost()).as("saves lost").isEmpty();
        assertThat(outcome.doubled()).as("posts doubled").isEmpty();
        assertThat(outcome.behind()).as("history or search behind a post").isEmpty();
    }

    /** What the editors saw and what the store holds once they are done. */
    record Outcome(int refusedForSpace, List<String> lost, List<String> doubled, List<String> behind) {}

    /** The editors write while {@code blows} happens, then stop; everything they were answered is checked. */
    private Outcome whileEditing(String run, Supplier<String> blows) throws Exception {
        String label = run + "-" + Long.toString(System.nanoTime(), 36);
        List<String> logins = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            logins.add(newUser("amiens-metropole", Role.COMMUNICATION));
        }
        // post id -> the texts answered as saved, in order
        Map<String, List<String>> answered = new ConcurrentHashMap<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger refusedForSpace = new AtomicInteger();
        AtomicInteger answersLost = new AtomicInteger();
        AtomicInteger saves = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(EDITORS);
        ExecutorService editors = Executors.newFixedThreadPool(EDITORS);
        List<Future<?>> running = new ArrayList<>();
        for (int e = 0; e < EDITORS; e++) {
            String login = logins.get(e);
            String who = "Éditeur " + e;
            running.add(editors.submit(() -> as(
                    login,
                    () -> {
                        started.countDown();
                        for (int n = 0; !stop.get(); n++) {
                            String title = "Résilience " + label + " · " + who + " · n°" + n;
                            // The editor keeps the new post's id from its first try until one is answered.
                            Post.Draft first = draft(title, 1);
                            String id = posts.newId(first);
                            Post post = untilAnswered(() -> posts.create(id, first), failures, refusedForSpace);
                            record(post, answered, saves);
                            for (int v = 2; v <= CHANGES + 1; v++) {
                                post = changed(post, draft(title, v), failures, refusedForSpace, answersLost);
                                record(post, answered, saves);
                            }
                        }
                        return null;
                    },
                    Role.COMMUNICATION)));
        }
        started.await();
        String what = blows.get();
        // A little more writing with the store whole again, then the editors finish what they began.
        Resilience.pause(Duration.ofSeconds(2));
        stop.set(true);
        for (Future<?> f : running) {
            f.get();
        }
        editors.shutdown();

        List<String> lost = new ArrayList<>();
        List<String> behind = new ArrayList<>();
        String someone = logins.get(0);
        as(
                someone,
                () -> {
                    answered.forEach((id, texts) -> {
                        Post stored = posts.get(id);
                        String last = texts.get(texts.size() - 1);
                        if (!last.equals(stored.texts().get(Channel.FACEBOOK))) {
                            lost.add(id + ": answered « " + last + " », stored « "
                                    + stored.texts().get(Channel.FACEBOOK) + " »");
                        }
                        List<String> history = posts.history(id).stream()
                                .map(h -> h.texts().get(Channel.FACEBOOK))
                                .toList();
                        texts.stream()
                                .filter(t -> !history.contains(t))
                                .forEach(t -> behind.add(id + ": « " + t + " » missing from its history"));
                        String entryTitle = searchEntryTitle(id);
                        if (!stored.title().equals(entryTitle)) {
                            behind.add(id + ": search entry « " + entryTitle + " »");
                        }
                    });
                    return null;
                },
                Role.COMMUNICATION);
        Map<String, Long> byTitle = as(
                someone,
                () ->
                        posts
                                .between(
                                        List.of("amiens-metropole"),
                                        DAY.toLocalDate(),
                                        DAY.toLocalDate().plusDays(1))
                                .stream()
                                .filter(p -> p.title().contains(label))
                                .collect(Collectors.groupingBy(Post::title, Collectors.counting())),
                Role.COMMUNICATION);
        List<String> doubled = byTitle.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(e -> e.getKey() + " ×" + e.getValue())
                .toList();

        Resilience.heading("editing (" + run + ")");
        Resilience.report("%d people writing posts while: %s", EDITORS, what);
        Resilience.report(
                "%d posts, %d saves answered; %d saves failed and were pressed again (%d of them: disk full),"
                        + " %d met the conflict dialog because their first try had been applied",
                answered.size(), saves.get(), failures.get(), refusedForSpace.get(), answersLost.get());
        Resilience.report(
                "lost (answered, not stored): %d (goal 0) · doubled (a post stored twice): %d (goal 0)"
                        + " · behind (a version missing from its history, a search entry behind its post): %d (goal 0)",
                lost.size(), doubled.size(), behind.size());
        lost.forEach(l -> Resilience.report("  lost: %s", l));
        doubled.forEach(d -> Resilience.report("  doubled: %s", d));
        behind.forEach(b -> Resilience.report("  behind: %s", b));
        return new Outcome(refusedForSpace.get(), lost, doubled, behind);
    }

    private static Post.Draft draft(String title, int version) {
        return new Post.Draft(
                title,
                Map.of(Channel.FACEBOOK, "Version " + version + " : la Hortillonnage en barque, départ à 10 h."),
                "patrimoine",
                "",
                DAY,
                List.of(),
                List.of());
    }

    private static void record(Post post, Map<String, List<String>> answered, AtomicInteger saves) {
        answered.computeIfAbsent(post.id(), id -> new ArrayList<>())
                .add(post.texts().get(Channel.FACEBOOK));
        saves.incrementAndGet();
    }

    /** A change saved as a person saves it: again after a failure; after a conflict, they look. */
    private Post changed(
            Post read, Post.Draft next, AtomicInteger failures, AtomicInteger full, AtomicInteger answersLost) {
        while (true) {
            try {
                return posts.update(read.id(), read.revision(), next);
            } catch (StaleEditException e) {
                // Nobody else edits this post: what is stored is their own save, applied without its answer.
                Post stored = e.current();
                assertThat(stored.texts()).isEqualTo(next.texts());
                answersLost.incrementAndGet();
                return stored;
            } catch (RuntimeException e) {
                failed(e, failures, full);
            }
        }
    }

    /** Pressed again until the store answers, as the form invites. */
    private static <T> T untilAnswered(Supplier<T> save, AtomicInteger failures, AtomicInteger full) {
        while (true) {
            try {
                return save.get();
            } catch (RuntimeException e) {
                failed(e, failures, full);
            }
        }
    }

    private static void failed(RuntimeException e, AtomicInteger failures, AtomicInteger full) {
        failures.incrementAndGet();
        if (StoreStatus.isFullDisk(e)) {
            full.incrementAndGet();
        }
        // The person reads the message, then presses the button again.
        Resilience.pause(Duration.ofMillis(300));
    }

    private String searchEntryTitle(String postId) {
        try {
            var entry = client.get(g -> g.index("rayonne-search").id(Posts.TYPE + ":" + postId), Map.class);
            return entry.found() ? String.valueOf(entry.source().get("title")) : "(none)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
