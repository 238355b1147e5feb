package io.rayonne.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.rayonne.accounts.Role;
import io.rayonne.base.Channel;
import io.rayonne.inbox.Inbox;
import io.rayonne.inbox.InboxItem;
import io.rayonne.testing.IntegrationTest;
import io.rayonne.testing.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reminders in the app: each given once, to the right people, and again when the post moves. */
class PostRemindersIT extends IntegrationTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    Posts posts;

    @Autowired
    PostReminders reminders;

    @Autowired
    Inbox inbox;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.useSystemTime();
    }

    private List<InboxItem> remindersOf(String login, String postId) {
        return as(login, () -> inbox.mine(), Role.COMMUNICATION).stream()
                .filter(n -> n.route().equals("calendrier/publications/" + postId))
                .filter(n -> n.key().startsWith("calendar.reminder."))
                .toList();
    }

    private Post draft(String writer, String title, LocalDateTime at) {
        return as(
                writer,
                () -> posts.create(new Post.Draft(
                        title, Map.of(Channel.FACEBOOK, "À ne pas manquer."), "", "", at, List.of(), List.of())),
                Role.COMMUNICATION);
    }

    @Test
    void aPostStillInReviewOnTheEveOfItsDayIsBroughtToTheReviewersOnce() {
        String writer = newUser("dunkerque", Role.COMMUNICATION);
        String reviewer = newUser("dunkerque", Role.COMMUNICATION);
        String press = newUser("dunkerque", Role.PRESS);
        Post post = draft(
                writer, unique("Le carnaval"), LocalDate.now(PARIS).plusDays(1).atTime(11, 0));
        as(writer, () -> posts.act(post.id(), post.revision(), PostAction.SUBMIT, null), Role.COMMUNICATION);

        reminders.remind();
        reminders.remind();

        assertThat(remindersOf(reviewer, post.id())).singleElement().satisfies(n -> {
            assertThat(n.key()).isEqualTo("calendar.reminder.review");
            assertThat(n.arguments())
                    .containsExactly(
                            post.title(),
                            post.plannedAt().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
        });
        assertThat(remindersOf(writer, post.id()))
                .as("the author is not asked to review")
                .isEmpty();
        assertThat(remindersOf(press, post.id()))
                .as("the press officer does not review posts")
                .isEmpty();
    }

    @Test
    void aPostWhoseMomentPassedWithoutBeingMarkedPublishedIsBroughtToItsAuthorAgainWhenMoved() {
        String writer = newUser("lille", Role.COMMUNICATION);
        LocalDateTime at = LocalDate.now(PARIS).plusDays(2).atTime(9, 0);
        Post forgotten = scheduled(writer, unique("La braderie"), at);
        Post done = scheduled(writer, unique("Le marché de Wazemmes"), at);
        as(writer, () -> posts.act(done.id(), done.revision(), PostAction.PUBLISH, null), Role.COMMUNICATION);

        reminders.remind();
        assertThat(remindersOf(writer, forgotten.id()))
                .as("not before its moment")
                .isEmpty();

        clock.set(at.atZone(PARIS).toInstant().plus(Duration.ofHours(3)));
        reminders.remind();
        reminders.remind();
        assertThat(remindersOf(writer, forgotten.id())).singleElement().satisfies(n -> assertThat(n.key())
                .isEqualTo("calendar.reminder.unpublished"));
        assertThat(remindersOf(writer, done.id()))
                .as("a post marked published is not reminded")
                .isEmpty();

        // Put off to the evening, and forgotten again.
        Post moved =
                as(writer, () -> posts.move(forgotten.id(), forgotten.revision(), at.plusHours(5)), Role.COMMUNICATION);
        clock.set(at.atZone(PARIS).toInstant().plus(Duration.ofHours(6)));
        reminders.remind();
        assertThat(remindersOf(writer, moved.id())).hasSize(2);
    }

    private Post scheduled(String writer, String title, LocalDateTime at) {
        Post created = draft(writer, title, at);
        return as(
                writer,
                () -> posts.act(created.id(), created.revision(), PostAction.SCHEDULE, null),
                Role.COMMUNICATION);
    }
}
