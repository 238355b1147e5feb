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
                    posts.saveSettings("cambresis", posts.settings("cambresis").withPolicy(ApprovalPolicy.TWO_LEVEL));
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
                        posts.saveSettings(
                                "cambresis", posts.settings("cambresis").withPolicy(Posts.DEFAULT_POLICY));
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

        // The same series pressed again (its answer lost): completed as it stands, not doubled.
        Post.Draft quiz = draft("1 jour / 1 question", Map.of(Channel.FACEBOOK, "Le quiz de la semaine !"), null);
        String seriesId = series.get(0).seriesId();
        List<Post> again = as(writer, () -> posts.createSeries(seriesId, quiz, recurrence), Role.COMMUNICATION);
        assertThat(again)
                .extracting(Post::id)
                .isEqualTo(series.stream().map(Post::id).toList());
        assertThat(as(writer, () -> posts.get(third.id()).texts(), Role.COMMUNICATION))
                .containsEntry(Channel.FACEBOOK, "Spécial Journée des guides !");
        String colleague = newUser("amiens-metropole", Role.COMMUNICATION);
        assertThatThrownBy(
                        () -> as(colleague, () -> posts.createSeries(seriesId, quiz, recurrence), Role.COMMUNICATION))
                .as("someone else's series is not added to by its id")
                .isInstanceOf(io.rayonne.base.AlreadyExistsException.class);

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
        assertThat(found.facets().get(io.rayonne.search.SearchResults.LANGUAGE))
                .containsExactly(new io.rayonne.search.SearchResults.FacetValue("fr", 1));
        assertThat(search.search(new io.rayonne.search.SearchQuery(
                                marker, Map.of(io.rayonne.search.SearchResults.CHANNEL, "INSTAGRAM"), 20))
                        .total())
                .isEqualTo(1);
        assertThat(search.search(new io.rayonne.search.SearchQuery(
                                marker, Map.of(io.rayonne.search.SearchResults.CHANNEL, "X"), 20))
                        .total())
                .isZero();
    }

    @Test
    void anEarlierVersionIsBroughtBackAndAChangedTranslationGoesBackToReview() {
        String writer = newUser("amiens-metropole", Role.COMMUNICATION);
        String colleague = newUser("amiens-metropole", Role.COMMUNICATION);
        Post created = as(
                writer,
                () -> posts.create(new Post.Draft(
                        "La cathédrale en lumière",
                        Map.of(Channel.FACEBOOK, "Chroma revient sur la façade de la cathédrale."),
                        "Patrimoine",
                        "",
                        NEXT_WEEK,
                        List.of(),
                        List.of(),
                        Map.of(
                                "en",
                                new Post.Translation("Chroma lights the cathedral again.", TranslationStatus.MACHINE),
                                "de",
                                new Post.Translation("", TranslationStatus.TO_TRANSLATE)))),
                Role.COMMUNICATION);
        assertThat(created.translations().get("en").status()).isEqualTo(TranslationStatus.MACHINE);
        assertThatThrownBy(() -> as(
                        writer,
                        () -> posts.update(
                                created.id(),
                                created.revision(),
                                new Post.Draft(
                                        created.title(),
                                        created.texts(),
                                        "",
                                        "",
                                        NEXT_WEEK,
                                        List.of(),
                                        List.of(),
                                        Map.of("de", new Post.Translation(" ", TranslationStatus.DONE)))),
                        Role.COMMUNICATION))
                .isInstanceOfSatisfying(InvalidPostException.class, e -> assertThat(e.problems())
                        .extracting(Post.Problem::key, Post.Problem::language)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("calendar.error.translation-empty", "de")));

        Post edited = as(
                writer,
                () -> posts.update(
                        created.id(),
                        created.revision(),
                        new Post.Draft(
                                "La cathédrale en couleurs",
                                Map.of(Channel.FACEBOOK, "Chroma : la façade retrouve ses couleurs du Moyen Âge."),
                                "Patrimoine",
                                "",
                                NEXT_WEEK,
                                List.of(),
                                List.of(),
                                created.translations())),
                Role.COMMUNICATION);
        Post submitted = as(
                writer, () -> posts.act(edited.id(), edited.revision(), PostAction.SUBMIT, null), Role.COMMUNICATION);
        Post approved = as(
                colleague,
                () -> posts.act(submitted.id(), submitted.revision(), PostAction.APPROVE, null),
                Role.COMMUNICATION);

        // The English version read again by someone who speaks it: a change of words, so a new review.
        Map<String, Post.Translation> reread = new java.util.HashMap<>(approved.translations());
        reread.put(
                "en", new Post.Translation("Chroma: the cathedral in its medieval colours.", TranslationStatus.DONE));
        Post translated = as(
                writer,
                () -> posts.update(
                        approved.id(),
                        approved.revision(),
                        new Post.Draft(
                                approved.title(),
                                approved.texts(),
                                approved.theme(),
                                "",
                                NEXT_WEEK,
                                List.of(),
                                List.of(),
                                reread)),
                Role.COMMUNICATION);
        assertThat(translated.status()).isEqualTo(PostStatus.IN_REVIEW);

        List<PostHistory> history = as(writer, () -> posts.history(translated.id()), Role.COMMUNICATION);
        assertThat(PostChanges.between(history.get(history.size() - 1), history.get(history.size() - 2)))
                .extracting(PostChanges.Change::field, PostChanges.Change::channel)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("calendar.post.title", null),
                        org.assertj.core.groups.Tuple.tuple("calendar.post.text-for", Channel.FACEBOOK));

        Post restored = as(writer, () -> posts.restore(translated.id(), translated.revision(), 1), Role.COMMUNICATION);
        assertThat(restored.title()).isEqualTo("La cathédrale en lumière");
        assertThat(restored.texts()).containsEntry(Channel.FACEBOOK, "Chroma revient sur la façade de la cathédrale.");
        assertThat(restored.translations()).isEqualTo(created.translations());
        assertThat(as(writer, () -> posts.history(restored.id()), Role.COMMUNICATION))
                .first()
                .satisfies(h -> {
                    assertThat(h.action()).isEqualTo("restored");
                    assertThat(h.note()).isEqualTo("1");
                });
        assertThatThrownBy(() ->
                        as(writer, () -> posts.restore(translated.id(), translated.revision(), 1), Role.COMMUNICATION))
                .as("restored over a version someone saved since")
                .isInstanceOf(StaleEditException.class);
    }

    @Autowired
    io.rayonne.media.Photos photos;

    @Test
    void aPhotoWhoseConsentEndsBeforeThePostsDayStopsItsScheduling() {
        String writer = newUser("lille", Role.COMMUNICATION);
        LocalDateTime inTenDays =
                LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(10).atTime(18, 0);
        String photoId = as(
                writer,
                () -> {
                    var photo = photos.upload(
                            new java.io.ByteArrayInputStream(
                                    io.rayonne.testing.TestPhotos.jpeg(320, 200, System.nanoTime())),
                            "braderie.jpg");
                    return photos.describe(
                                    photo.id(),
                                    photo.revision(),
                                    new io.rayonne.media.Photo.Description(
                                            "OT Lille",
                                            "La braderie",
                                            new io.rayonne.media.Consent(
                                                    true,
                                                    "Les exposants",
                                                    java.util.Set.of(io.rayonne.media.PhotoUse.SOCIAL_NETWORKS),
                                                    inTenDays.toLocalDate().minusDays(3),
                                                    false,
                                                    "")))
                            .id();
                },
                Role.COMMUNICATION);
        Post post = as(
                writer,
                () -> posts.create(new Post.Draft(
                        "La braderie en images",
                        Map.of(Channel.INSTAGRAM, "Les plus belles trouvailles de la braderie #Lille"),
                        "",
                        "",
                        inTenDays,
                        List.of(photoId),
                        List.of())),
                Role.COMMUNICATION);
        assertThat(as(writer, () -> posts.consentProblems(post.draft()), Role.COMMUNICATION))
                .extracting(io.rayonne.media.ConsentProblem::reason)
                .containsExactly(io.rayonne.media.ConsentProblem.Reason.EXPIRED);
        // Lille schedules without review, but not a photo without the rights on its day.
        assertThatThrownBy(() -> as(
                        writer,
                        () -> posts.act(post.id(), post.revision(), PostAction.SCHEDULE, null),
                        Role.COMMUNICATION))
                .isInstanceOf(io.rayonne.media.MissingConsentException.class);
        assertThat(as(writer, () -> posts.get(post.id()).status(), Role.COMMUNICATION))
                .isEqualTo(PostStatus.DRAFT);

        Post earlier =
                as(writer, () -> posts.move(post.id(), post.revision(), inTenDays.minusDays(5)), Role.COMMUNICATION);
        Post scheduled = as(
                writer,
                () -> posts.act(earlier.id(), earlier.revision(), PostAction.SCHEDULE, null),
                Role.COMMUNICATION);
        assertThat(scheduled.status()).isEqualTo(PostStatus.SCHEDULED);
        assertThatThrownBy(() -> as(
                        writer, () -> posts.move(scheduled.id(), scheduled.revision(), inTenDays), Role.COMMUNICATION))
                .as("a scheduled post is not moved past its photo's consent")
                .isInstanceOf(io.rayonne.media.MissingConsentException.class);
        assertThat(as(writer, () -> posts.usagesOf(List.of(photoId)), Role.COMMUNICATION))
                .extracting(io.rayonne.media.PhotoUsage::route)
                .containsExactly("calendrier/publications/" + post.id());
    }

    @Autowired
    org.springframework.data.elasticsearch.core.ElasticsearchOperations operations;

    /** What a try of a save does when an earlier try was written but its answer lost (decision 13). */
    @Test
    void aSaveTriedAgainAfterItsAnswerWasLostIsCompletedNotDoubled() {
        String writer = newUser("amiens-metropole", Role.COMMUNICATION);
        String marker = unique("reprise");
        Post.Draft first = draft("Marché sur l’eau " + marker, Map.of(Channel.FACEBOOK, "Samedi matin."), NEXT_WEEK);
        String id = as(writer, () -> posts.newId(first), Role.COMMUNICATION);

        Post created = as(writer, () -> posts.create(id, first), Role.COMMUNICATION);
        Post again = as(writer, () -> posts.create(id, first), Role.COMMUNICATION);
        assertThat(again.id()).isEqualTo(created.id());
        assertThat(again.revision()).isEqualTo(created.revision());
        // The person changed a word before pressing again: the post has it, as its next version.
        Post.Draft retyped = draft(first.title(), Map.of(Channel.FACEBOOK, "Samedi matin, dès 8 h."), NEXT_WEEK);
        Post completed = as(writer, () -> posts.create(id, retyped), Role.COMMUNICATION);
        assertThat(completed.texts()).isEqualTo(retyped.texts());
        assertThat(as(
                        writer,
                        () -> posts.between(
                                List.of("amiens-metropole"),
                                NEXT_WEEK.toLocalDate(),
                                NEXT_WEEK.toLocalDate().plusDays(1)),
                        Role.COMMUNICATION))
                .filteredOn(p -> p.title().contains(marker))
                .hasSize(1);
        String colleague = newUser("amiens-metropole", Role.COMMUNICATION);
        assertThatThrownBy(() -> as(colleague, () -> posts.create(id, first), Role.COMMUNICATION))
                .as("someone else's post is not taken over by its id")
                .isInstanceOf(io.rayonne.base.AlreadyExistsException.class);

        // A change written, its answer lost: the same change pressed again over the version read.
        Post.Draft change = draft(first.title(), Map.of(Channel.FACEBOOK, "Samedi et dimanche matin."), NEXT_WEEK);
        Post changed = as(writer, () -> posts.update(id, completed.revision(), change), Role.COMMUNICATION);
        Post pressedAgain = as(writer, () -> posts.update(id, completed.revision(), change), Role.COMMUNICATION);
        assertThat(pressedAgain.revision()).isEqualTo(changed.revision());
        assertThatThrownBy(
                        () -> as(colleague, () -> posts.update(id, completed.revision(), change), Role.COMMUNICATION))
                .as("the same words from someone else, over an old version, are a conflict")
                .isInstanceOf(StaleEditException.class);

        // The history line of the version now, lost with its answer, is shown all the same.
        List<PostHistory> before = as(writer, () -> posts.history(id), Role.COMMUNICATION);
        int now = before.get(0).version();
        operations.delete(id + ":" + now, io.rayonne.calendar.internal.PostRevisionDocument.class);
        operations
                .indexOps(io.rayonne.calendar.internal.PostRevisionDocument.class)
                .refresh();
        List<PostHistory> after = as(writer, () -> posts.history(id), Role.COMMUNICATION);
        assertThat(after)
                .extracting(PostHistory::version)
                .isEqualTo(before.stream().map(PostHistory::version).toList());
        assertThat(after.get(0).action()).isEqualTo("saved");
        assertThat(after.get(0).texts()).isEqualTo(change.texts());
    }
}
