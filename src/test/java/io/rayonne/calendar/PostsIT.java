package io.rayonne.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rayonne.accounts.Role;
import io.rayonne.base.Channel;
import io.rayonne.base.StaleEditException;
import io.rayonne.inbox.Inbox;
import io.rayonne.testing.IntegrationTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Posts on the real store: the workflow under the office's policy, limits per channel, conflicts, DST. */
class PostsIT extends IntegrationTest {

    private static final LocalDateTime NEXT_WEEK =
            LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(7).atTime(10, 0);

    @Autowired
    Posts posts;

    @Autowired
    Inbox inbox;

    private static Post.Draft draft(String title, Map<Channel, String> texts, LocalDateTime at) {
        return new Post.Draft(title, texts, "patrimoine", "", at, List.of(), List.of());
    }

    @Test
    void aColleagueApprovesThePostIsScheduledMovedAndMarkedPublished() {
        String writer = newUser("amiens-metropole", Role.COMMUNICATION);
        String colleague = newUser("amiens-metropole", Role.COMMUNICATION);
        Post created = as(
                writer,
                () -> posts.create(draft(
                        "Lundi patrimoine : la tour Perret",
                        Map.of(
                                Channel.FACEBOOK, "La tour Perret a 70 ans ! #Amiens #Patrimoine",
                                Channel.INSTAGRAM, "70 ans de béton et de lumière 🌇 #Amiens"),
                        NEXT_WEEK)),
                Role.COMMUNICATION);
        assertThat(created.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(created.hashtags()).contains("#Amiens", "#Patrimoine");

        Post submitted = as(
                writer, () -> posts.act(created.id(), created.revision(), PostAction.SUBMIT, null), Role.COMMUNICATION);
        assertThatThrownBy(() -> as(
                        writer,
                        () -> posts.act(submitted.id(), submitted.revision(), PostAction.APPROVE, null),
                        Role.COMMUNICATION))
                .isInstanceOfSatisfying(WorkflowRefusedException.class, e -> assertThat(e.key())
                        .isEqualTo("calendar.refused.own-post"));
        assertThatThrownBy(() -> as(
                        writer,
                        () -> posts.act(submitted.id(), submitted.revision(), PostAction.SCHEDULE, null),
                        Role.COMMUNICATION))
                .isInstanceOfSatisfying(WorkflowRefusedException.class, e -> assertThat(e.key())
                        .isEqualTo("calendar.refused.needs-approval"));
        Post approved = as(
                colleague,
                () -> posts.act(submitted.id(), submitted.revision(), PostAction.APPROVE, null),
                Role.COMMUNICATION);
        assertThat(approved.status()).isEqualTo(PostStatus.APPROVED);
        assertThat(as(writer, () -> inbox.mine(), Role.COMMUNICATION))
                .anySatisfy(n -> assertThat(n.route()).isEqualTo("calendrier/publications/" + approved.id()));

        Post scheduled = as(
                writer,
                () -> posts.act(approved.id(), approved.revision(), PostAction.SCHEDULE, null),
                Role.COMMUNICATION);
        Post moved = as(
                writer,
                () -> posts.move(scheduled.id(), scheduled.revision(), NEXT_WEEK.plusDays(1)),
                Role.COMMUNICATION);
        assertThat(moved.status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(moved.plannedAt()).isEqualTo(NEXT_WEEK.plusDays(1));
        Post published = as(
                writer,
                () -> posts.act(
                        moved.id(), moved.revision(), PostAction.PUBLISH, "https://www.facebook.com/amiens/posts/1"),
                Role.COMMUNICATION);
        assertThat(published.publishedUrl()).isEqualTo("https://www.facebook.com/amiens/posts/1");
        assertThatThrownBy(() -> as(
                        writer,
                        () -> posts.move(published.id(), published.revision(), NEXT_WEEK.plusDays(2)),
                        Role.COMMUNICATION))
                .isInstanceOfSatisfying(
                        WorkflowRefusedException.class, e -> assertThat(e.key()).isEqualTo("calendar.refused.locked"));

        assertThat(as(writer, () -> posts.history(published.id()), Role.COMMUNICATION))
                .extracting(PostHistory::action)
                .containsExactly("publish", "moved", "schedule", "approve", "submit", "created");
    }

    @Test
    void aTextTooLongForXIsRefusedForXWithItsCountAndAChannelWithoutTextIsNamed() {
        String writer = newUser("amiens-metropole", Role.COMMUNICATION);
        assertThatThrownBy(() -> as(
                        writer,
                        () -> posts.create(draft(
                                "Quiz du jour",
                                Map.of(
                                        Channel.X,
                                        "a".repeat(300),
                                        Channel.FACEBOOK,
                                        "a".repeat(300),
                                        Channel.LINKEDIN,
                                        "  "),
                                NEXT_WEEK)),
                        Role.COMMUNICATION))
                .isInstanceOfSatisfying(InvalidPostException.class, e -> assertThat(e.problems())
                        .containsExactly(
                                new Post.Problem("calendar.error.text-required", Channel.LINKEDIN, 0, 0),
                                new Post.Problem("calendar.error.too-long", Channel.X, 300, 280)));
    }

    @Test
    void twoReviewersApprovingAtOnceOneWinsTheOtherIsTold() {
        String writer = newUser("dunkerque", Role.COMMUNICATION);
        String first = newUser("dunkerque", Role.COMMUNICATION);
        String second = newUser("dunkerque", Role.COMMUNICATION);
        Post created = as(
                writer,
                () -> posts.create(draft(
                        "#FenetreSurDunkerque",
                        Map.of(Channel.INSTAGRAM, "Le port au petit matin #FenetreSurDunkerque"),
                        NEXT_WEEK)),
                Role.COMMUNICATION);
        Post inReview = as(
                writer, () -> posts.act(created.id(), created.revision(), PostAction.SUBMIT, null), Role.COMMUNICATION);
        as(first, () -> posts.act(inReview.id(), inReview.revision(), PostAction.APPROVE, null), Role.COMMUNICATION);
        assertThatThrownBy(() -> as(
                        second,
                        () -> posts.act(inReview.id(), inReview.revision(), PostAction.APPROVE, null),
                        Role.COMMUNICATION))
                .isInstanceOfSatisfying(StaleEditException.class, e -> assertThat(((Post) e.current()).status())
                        .isEqualTo(PostStatus.APPROVED));
    }

    @Test
    void underTwoLevelReviewTwoColleaguesApproveAndAChangedTextGoesBackToReview() {
        String writer = newUser("cambresis", Role.COMMUNICATION);
        String first = newUser("cambresis", Role.COMMUNICATION);
        String second = newUser("cambresis", Role.COMMUNICATION);
        as(
                writer,
                () -> {
                    posts.setPolicy("cambresis", ApprovalPolicy.TWO_LEVEL);
                    return null;
                },
                Role.COMMUNICATION);
        try {
            Post created = as(
                    writer,
                    () -> posts.create(
                            draft("Les bêtises de Cambrai", Map.of(Channel.FACEBOOK, "Sucrées !"), NEXT_WEEK)),
                    Role.COMMUNICATION);
            Post inReview = as(
                    writer,
                    () -> posts.act(created.id(), created.revision(), PostAction.SUBMIT, null),
                    Role.COMMUNICATION);
            Post once = as(
                    first,
                    () -> posts.act(inReview.id(), inReview.revision(), PostAction.APPROVE, null),
                    Role.COMMUNICATION);
            assertThat(once.status()).isEqualTo(PostStatus.IN_REVIEW);
            Post twice = as(
                    second, () -> posts.act(once.id(), once.revision(), PostAction.APPROVE, null), Role.COMMUNICATION);
            assertThat(twice.status()).isEqualTo(PostStatus.APPROVED);
            Post changed = as(
                    writer,
                    () -> posts.update(
                            twice.id(),
                            twice.revision(),
                            draft(
                                    "Les bêtises de Cambrai",
                                    Map.of(Channel.FACEBOOK, "Sucrées et mentholées !"),
                                    NEXT_WEEK)),
                    Role.COMMUNICATION);
            assertThat(changed.status()).isEqualTo(PostStatus.IN_REVIEW);
            assertThat(changed.approvals()).isEmpty();
        } finally {
            as(
                    writer,
                    () -> {
                        posts.setPolicy("cambresis", Posts.DEFAULT_POLICY);
                        return null;
                    },
                    Role.COMMUNICATION);
        }
    }

    @Test
    void aPostOnTheDaylightSavingSundayKeepsItsParisTimeAndIsFoundOnItsDay() {
        String writer = newUser("lille", Role.COMMUNICATION);
        // 28 March 2027: clocks go forward in Paris at 2:00.
        LocalDateTime sunday = LocalDate.of(2027, 3, 28).atTime(LocalTime.of(10, 0));
        Post created = as(
                writer,
                () -> posts.create(draft("Printemps à Lille", Map.of(Channel.FACEBOOK, "Le printemps est là"), sunday)),
                Role.COMMUNICATION);
        assertThat(as(
                        writer,
                        () -> posts.between(List.of("lille"), LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 29)),
                        Role.COMMUNICATION))
                .extracting(Post::id, Post::plannedAt)
                .contains(org.assertj.core.groups.Tuple.tuple(created.id(), sunday));
        assertThat(as(
                        writer,
                        () -> posts.between(List.of("lille"), LocalDate.of(2027, 3, 27), LocalDate.of(2027, 3, 28)),
                        Role.COMMUNICATION))
                .extracting(Post::id)
                .doesNotContain(created.id());
        // A colleague of another office of the network sees it; another network does not.
        String dunkerque = newUser("dunkerque", Role.COMMUNICATION);
        String landes = newUser("landes-chalosse", Role.COMMUNICATION);
        assertThat(as(
                        dunkerque,
                        () -> posts.between(List.of("lille"), LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 29)),
                        Role.COMMUNICATION))
                .extracting(Post::id)
                .contains(created.id());
        assertThat(as(
                        landes,
                        () -> posts.between(List.of("lille"), LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 29)),
                        Role.COMMUNICATION))
                .isEmpty();
    }

    @Test
    void aWeeklySeriesBecomesOneDraftPerWeekEachEditedOnItsOwn() {
        String writer = newUser("amiens-metropole", Role.COMMUNICATION);
        LocalDate monday = LocalDate.now(ZoneId.of("Europe/Paris"))
                .plusWeeks(1)
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        var recurrence = new Recurrence(
                Recurrence.Frequency.WEEKLY, 1, java.util.Set.of(), monday, LocalTime.of(9, 30), null, 8);
        List<Post> series = as(
                writer,
                () -> posts.createSeries(
                        draft("1 jour / 1 question", Map.of(Channel.FACEBOOK, "Le quiz de la semaine !"), null),
                        recurrence),
                Role.COMMUNICATION);
        assertThat(series).hasSize(8).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(PostStatus.DRAFT);
            assertThat(p.seriesId()).isEqualTo(series.get(0).seriesId());
            assertThat(p.plannedAt().toLocalTime()).isEqualTo(LocalTime.of(9, 30));
        });
        Post third = series.get(2);
        Post edited = as(
                writer,
                () -> posts.update(
                        third.id(),
                        third.revision(),
                        draft(
                                "1 jour / 1 question",
                                Map.of(Channel.FACEBOOK, "Spécial Journée des guides !"),
                                third.plannedAt())),
                Role.COMMUNICATION);
        assertThat(edited.texts()).containsEntry(Channel.FACEBOOK, "Spécial Journée des guides !");
        assertThat(as(writer, () -> posts.get(series.get(3).id()).texts(), Role.COMMUNICATION))
                .containsEntry(Channel.FACEBOOK, "Le quiz de la semaine !");

        assertThatThrownBy(() -> as(
                        writer,
                        () -> posts.createSeries(
                                draft("Sans fin", Map.of(Channel.FACEBOOK, "…"), null),
                                new Recurrence(
                                        Recurrence.Frequency.DAILY,
                                        1,
                                        java.util.Set.of(),
                                        monday,
                                        LocalTime.NOON,
                                        null,
                                        null)),
                        Role.COMMUNICATION))
                .isInstanceOfSatisfying(InvalidPostException.class, e -> assertThat(e.problems())
                        .extracting(Post.Problem::key)
                        .containsExactly("calendar.error.recurrence-endless"));
    }

    @Autowired
    io.rayonne.search.UnifiedSearch search;

    @Test
    void postsAreFoundByChannelThemeCampaignAndMonth() {
        String writer = newUser("dunkerque", Role.COMMUNICATION);
        String marker = unique("fenetre").replace("-", "");
        LocalDateTime at = LocalDateTime.of(2027, 4, 6, 18, 30);
        as(
                writer,
                () -> posts.create(new Post.Draft(
                        "La digue au couchant " + marker,
                        Map.of(
                                Channel.INSTAGRAM,
                                "Une fenêtre sur la digue #FenetreSurDunkerque",
                                Channel.FACEBOOK,
                                "La digue"),
                        "Fenêtre sur",
                        "#FenetreSurDunkerque",
                        at,
                        List.of(),
                        List.of())),
                Role.COMMUNICATION);
        signIn(writer, Role.COMMUNICATION);

        var found = search.search(io.rayonne.search.SearchQuery.of(marker));
        assertThat(found.facets().get(io.rayonne.search.SearchResults.CHANNEL))
                .containsExactlyInAnyOrder(
                        new io.rayonne.search.SearchResults.FacetValue("INSTAGRAM", 1),
                        new io.rayonne.search.SearchResults.FacetValue("FACEBOOK", 1));
        assertThat(found.facets().get(io.rayonne.search.SearchResults.THEME))
                .containsExactly(new io.rayonne.search.SearchResults.FacetValue("Fenêtre sur", 1));
        assertThat(found.facets().get(io.rayonne.search.SearchResults.CAMPAIGN))
                .containsExactly(new io.rayonne.search.SearchResults.FacetValue("#FenetreSurDunkerque", 1));
        assertThat(found.facets().get(io.rayonne.search.SearchResults.MONTH))
                .containsExactly(new io.rayonne.search.SearchResults.FacetValue("2027-04", 1));
        assertThat(search.search(new io.rayonne.search.SearchQuery(
                                marker, Map.of(io.rayonne.search.SearchResults.CHANNEL, "INSTAGRAM"), 20))
                        .total())
                .isEqualTo(1);
        assertThat(search.search(new io.rayonne.search.SearchQuery(
                                marker, Map.of(io.rayonne.search.SearchResults.CHANNEL, "X"), 20))
                        .total())
                .isZero();
    }
}
