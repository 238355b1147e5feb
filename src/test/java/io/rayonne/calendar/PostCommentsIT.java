package io.rayonne.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rayonne.accounts.Role;
import io.rayonne.base.Channel;
import io.rayonne.base.NotFoundException;
import io.rayonne.inbox.Inbox;
import io.rayonne.inbox.InboxItem;
import io.rayonne.testing.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Comments on posts: mentions tell colleagues in the app, reviewers' notes stay between reviewers. */
class PostCommentsIT extends IntegrationTest {

    @Autowired
    Posts posts;

    @Autowired
    PostComments comments;

    @Autowired
    Inbox inbox;

    private Post post(String writer, String title) {
        return as(
                writer,
                () -> posts.create(new Post.Draft(
                        title,
                        Map.of(Channel.FACEBOOK, "Le jour se lève sur la mer du Nord."),
                        "Nature",
                        "",
                        LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(10).atTime(9, 0),
                        List.of(),
                        List.of())),
                Role.COMMUNICATION);
    }

    private List<InboxItem> inboxOf(String login) {
        return as(login, () -> inbox.mine(), Role.COMMUNICATION);
    }

    @Test
    void aMentionTellsTheColleagueAndACommentTellsTheAuthor() {
        String writer = newUser("dunkerque", Role.COMMUNICATION);
        String reviewer = newUser("dunkerque", Role.COMMUNICATION);
        String neighbour = newUser("lille", Role.COMMUNICATION);
        String elsewhere = newUser("landes-chalosse", Role.COMMUNICATION);
        Post post = post(writer, unique("La digue à l’aube"));

        PostComments.Added asked = as(
                writer,
                () -> comments.add(
                        post.id(),
                        "@" + reviewer + " peux-tu relire ? Et @" + neighbour + ", Lille a-t-il un post ce jour-là ? @"
                                + elsewhere + " @personne.",
                        false),
                Role.COMMUNICATION);
        assertThat(asked.comment().mentions()).containsExactly(reviewer, neighbour);
        // Landes is another network: its team does not read the Nord network's calendars, so it is nobody here.
        assertThat(asked.unknown()).containsExactly(elsewhere, "personne");
        assertThat(inboxOf(reviewer))
                .filteredOn(n -> n.route().equals("calendrier/publications/" + post.id()))
                .singleElement()
                .satisfies(n -> assertThat(n.key()).isEqualTo("calendar.notification.mentioned"));
        assertThat(inboxOf(neighbour))
                .anySatisfy(n -> assertThat(n.route()).isEqualTo("calendrier/publications/" + post.id()));
        assertThat(inboxOf(elsewhere))
                .noneSatisfy(n -> assertThat(n.route()).isEqualTo("calendrier/publications/" + post.id()));
        assertThat(inboxOf(writer)).as("nobody is told of their own comment").noneSatisfy(n -> assertThat(n.route())
                .isEqualTo("calendrier/publications/" + post.id()));

        as(reviewer, () -> comments.add(post.id(), "Relue : parfait.", false), Role.COMMUNICATION);
        assertThat(inboxOf(writer))
                .filteredOn(n -> n.route().equals("calendrier/publications/" + post.id()))
                .singleElement()
                .satisfies(n -> assertThat(n.key()).isEqualTo("calendar.notification.commented"));
        assertThat(as(neighbour, () -> comments.of(post.id()), Role.COMMUNICATION))
                .extracting(PostComment::authorId)
                .containsExactly(writer, reviewer);
    }

    @Test
    void reviewersNotesAreHiddenFromTheAuthorAndOnlyReviewersWriteThem() {
        String writer = newUser("amiens-metropole", Role.COMMUNICATION);
        String reviewer = newUser("amiens-metropole", Role.COMMUNICATION);
        String otherReviewer = newUser("amiens-metropole", Role.COMMUNICATION);
        String press = newUser("amiens-metropole", Role.PRESS);
        Post post = post(writer, unique("Marché de Noël"));

        as(
                reviewer,
                () -> comments.add(post.id(), "Entre nous : le ton est trop publicitaire, @" + writer + ".", true),
                Role.COMMUNICATION);
        assertThat(as(writer, () -> comments.of(post.id()), Role.COMMUNICATION)).isEmpty();
        assertThat(inboxOf(writer))
                .as("a note names the author without telling them")
                .noneSatisfy(n -> assertThat(n.route()).isEqualTo("calendrier/publications/" + post.id()));
        assertThat(as(otherReviewer, () -> comments.of(post.id()), Role.COMMUNICATION))
                .singleElement()
                .satisfies(c -> assertThat(c.reviewersOnly()).isTrue());
        assertThat(as(press, () -> comments.of(post.id()), Role.PRESS)).isEmpty();

        assertThatThrownBy(() -> as(press, () -> comments.add(post.id(), "Moi aussi", true), Role.PRESS))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(writer, () -> comments.add(post.id(), "Je lis", true), Role.COMMUNICATION))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(writer, () -> comments.add(post.id(), "   ", false), Role.COMMUNICATION))
                .isInstanceOfSatisfying(InvalidPostException.class, e -> assertThat(e.problems())
                        .extracting(Post.Problem::key)
                        .containsExactly("calendar.error.comment-empty"));
        String guide = newGuide();
        assertThatThrownBy(() -> as(guide, () -> comments.of(post.id()), Role.GUIDE))
                .isInstanceOf(AccessDeniedException.class);
        String landes = newUser("landes-chalosse", Role.COMMUNICATION);
        assertThatThrownBy(() -> as(landes, () -> comments.of(post.id()), Role.COMMUNICATION))
                .isInstanceOf(NotFoundException.class);
    }
}
