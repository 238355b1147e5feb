package io.rayonne.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.rayonne.accounts.User;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.Notifications;
import io.rayonne.calendar.InvalidPostException;
import io.rayonne.calendar.Post;
import io.rayonne.calendar.PostComment;
import io.rayonne.calendar.PostComments;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * The conversation about a post: comments the network's team reads, {@code @login} to tell a
 * colleague, and the reviewers' notes that the post's author does not see.
 */
class PostCommentsPanel extends VerticalLayout {

    private static final Pattern MENTION = Pattern.compile("@[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

    private final PostComments comments;
    private final Function<String, String> names;
    private final Div list = new Div();
    private final TextArea text = new TextArea();
    private final ComboBox<User> mention = new ComboBox<>();
    private final Checkbox reviewersOnly = new Checkbox();
    private @Nullable Post post;

    PostCommentsPanel(PostComments comments, Function<String, String> names) {
        this.comments = comments;
        this.names = names;
        setPadding(false);
        addClassName("rayonne-comments");
        list.addClassName("rayonne-comment-list");
        text.setLabel(getTranslation("calendar.comments.text"));
        text.setHelperText(getTranslation("calendar.comments.help"));
        text.setMaxLength(PostComment.TEXT_MAX);
        text.setWidthFull();
        mention.setLabel(getTranslation("calendar.comments.mention"));
        mention.setItemLabelGenerator(u -> u.displayName() + " (@" + u.id() + ")");
        mention.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                String before = text.getValue();
                String space = before.isEmpty() || before.endsWith(" ") || before.endsWith("\n") ? "" : " ";
                text.setValue(before + space + "@" + e.getValue().id() + " ");
                mention.clear();
                text.focus();
            }
        });
        reviewersOnly.setLabel(getTranslation("calendar.comments.reviewers-only"));
        var send = new Button(getTranslation("calendar.comments.send"), e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var row = new FlexLayout(mention, reviewersOnly, send);
        row.addClassName("rayonne-comment-actions");
        row.setAlignItems(Alignment.BASELINE);
        add(list, text, row);
    }

    /** Shows the post's conversation; {@code colleagues} are offered to mention. */
    void show(Post shown, List<User> colleagues) {
        post = shown;
        mention.setItems(colleagues);
        reviewersOnly.setVisible(comments.seesReviewerNotes(shown));
        reviewersOnly.setValue(false);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        if (post == null) {
            return;
        }
        List<PostComment> shown = comments.of(post.id());
        if (shown.isEmpty()) {
            var empty = new Paragraph(getTranslation("calendar.comments.empty"));
            empty.addClassName("rayonne-help");
            list.add(empty);
        }
        for (PostComment c : shown) {
            var author = new Span(names.apply(c.authorId()));
            author.addClassName("rayonne-comment-author");
            var head = new Div(author, new Span(" · " + Dates.dateTime(c.at(), getLocale())));
            head.addClassName("rayonne-comment-head");
            if (c.reviewersOnly()) {
                var badge = new Span(getTranslation("calendar.comments.reviewers-badge"));
                badge.getElement().getThemeList().add("badge contrast small");
                head.add(new Span(" "), badge);
            }
            var body = new Paragraph();
            body.addClassName("rayonne-comment-text");
            Matcher m = MENTION.matcher(c.text());
            int from = 0;
            while (m.find()) {
                body.add(new Span(c.text().substring(from, m.start())));
                var named = new Span(m.group());
                named.addClassName("rayonne-mention");
                body.add(named);
                from = m.end();
            }
            body.add(new Span(c.text().substring(from)));
            var item = new Div(head, body);
            item.addClassName("rayonne-comment");
            if (c.reviewersOnly()) {
                item.addClassName("rayonne-comment-private");
            }
            list.add(item);
        }
    }

    private void send() {
        if (post == null) {
            return;
        }
        try {
            PostComments.Added added = comments.add(post.id(), text.getValue(), reviewersOnly.getValue());
            text.clear();
            reviewersOnly.setValue(false);
            String message = added.told().isEmpty()
                    ? getTranslation("calendar.comments.added")
                    : getTranslation("calendar.comments.added-told", String.join(", ", added.told()));
            Notifications.success(message);
            if (!added.unknown().isEmpty()) {
                Notifications.error(getTranslation(
                        "calendar.comments.unknown",
                        added.unknown().stream().map(l -> "@" + l).collect(Collectors.joining(", "))));
            }
            refresh();
        } catch (InvalidPostException e) {
            text.setErrorMessage(getTranslation(e.problems().get(0).key()));
            text.setInvalid(true);
        } catch (DataAccessException e) {
            Notifications.storeError(e, getTranslation("calendar.error.storage"));
        }
    }
}
