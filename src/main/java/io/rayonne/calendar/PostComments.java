package io.rayonne.calendar;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.User;
import io.rayonne.base.Audited;
import io.rayonne.base.Mentions;
import io.rayonne.base.NotFoundException;
import io.rayonne.calendar.internal.PostCommentDocument;
import io.rayonne.calendar.internal.PostStore;
import io.rayonne.inbox.Inbox;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Comments on posts, with {@code @login} mentions that tell the colleague in the app, and notes
 * between the office's reviewers that the post's author does not see.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PostComments {

    private final PostStore store;
    private final Posts posts;
    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final Inbox inbox;
    private final Clock clock;

    PostComments(PostStore store, Posts posts, Accounts accounts, CurrentUser currentUser, Inbox inbox, Clock clock) {
        this.store = store;
        this.posts = posts;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.inbox = inbox;
        this.clock = clock;
    }

    /**
     * A comment added: who was told of it, and the names after an {@code @} that are nobody who may
     * read it (so the writer can correct a typo).
     */
    public record Added(PostComment comment, List<String> told, List<String> unknown) {}

    /** What the current user may read of a post's comments, oldest first. */
    public List<PostComment> of(String postId) {
        Post post = posts.get(postId);
        User user = currentUser.require();
        boolean seesNotes = seesReviewerNotes(user, post);
        return store.comments(postId).stream()
                .filter(c -> !c.reviewersOnly() || seesNotes)
                .map(PostComments::toComment)
                .toList();
    }

    /** Whether the current user may write and read the reviewers' notes of this post. */
    public boolean seesReviewerNotes(Post post) {
        return seesReviewerNotes(currentUser.require(), post);
    }

    @Audited(value = "post.commented", subject = "#postId")
    public Added add(String postId, String text, boolean reviewersOnly) {
        Post post = posts.get(postId);
        User author = currentUser.require();
        String typed = text.strip();
        if (typed.isEmpty()) {
            throw new InvalidPostException(List.of(Post.Problem.of("calendar.error.comment-empty")));
        }
        if (typed.length() > PostComment.TEXT_MAX) {
            throw new InvalidPostException(List.of(Post.Problem.of("calendar.error.comment-too-long")));
        }
        if (reviewersOnly && !seesReviewerNotes(author, post)) {
            throw new AccessDeniedException("Reviewers' notes are written by the office's reviewers");
        }
        List<User> mentioned = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String login : Mentions.logins(typed)) {
            Optional<User> someone = accounts.user(login)
                    .filter(User::active)
                    .filter(u -> !u.id().equals(author.id()))
                    .filter(u -> reviewersOnly ? seesReviewerNotes(u, post) : reads(u, post));
            if (someone.isPresent()) {
                mentioned.add(someone.get());
            } else if (!login.equals(author.id())) {
                unknown.add(login);
            }
        }
        var document = new PostCommentDocument(
                UUID.randomUUID().toString(),
                post.id(),
                post.officeId(),
                author.id(),
                clock.instant(),
                typed,
                mentioned.stream().map(User::id).toList(),
                reviewersOnly);
        store.addComment(document);
        String route = "calendrier/publications/" + post.id();
        List<String> told = new ArrayList<>();
        for (User u : mentioned) {
            inbox.notify(u.id(), "calendar.notification.mentioned", List.of(author.displayName(), post.title()), route);
            told.add(u.displayName());
        }
        boolean ownerTold = mentioned.stream().anyMatch(u -> u.id().equals(post.ownerId()));
        if (!reviewersOnly && !ownerTold && !post.ownerId().equals(author.id())) {
            inbox.notify(
                    post.ownerId(),
                    "calendar.notification.commented",
                    List.of(author.displayName(), post.title()),
                    route);
        }
        return new Added(toComment(document), told, unknown);
    }

    /** A comment as the sample content gives it, from a known author, without telling anyone. */
    @PreAuthorize("hasRole('ADMIN')")
    public void importComment(String postId, int n, String authorId, String text, boolean reviewersOnly) {
        var post = store.post(postId).orElseThrow(() -> new NotFoundException("Post " + postId));
        store.addComment(new PostCommentDocument(
                postId + ":comment-" + n,
                postId,
                post.officeId(),
                authorId,
                clock.instant(),
                text.strip(),
                List.copyOf(Mentions.logins(text)),
                reviewersOnly));
    }

    /** The office's reviewers and administrators, but not the post's author. */
    private boolean seesReviewerNotes(User user, Post post) {
        boolean reviewer = user.has(Role.ADMIN)
                || (user.has(Role.COMMUNICATION) && user.officeId().equals(post.officeId()));
        return reviewer && !user.id().equals(post.ownerId());
    }

    /** Whether a colleague reads this post: active staff of the post's network, or an administrator. */
    private boolean reads(User user, Post post) {
        return user.active() && user.isStaff() && accounts.readableOffices(user).contains(post.officeId());
    }

    private static PostComment toComment(PostCommentDocument d) {
        return new PostComment(d.id(), d.postId(), d.authorId(), d.at(), d.text(), d.mentions(), d.reviewersOnly());
    }
}
