package io.rayonne.calendar;

import io.rayonne.base.Channel;
import io.rayonne.base.TextDiff;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** What changed between two versions of a post, field by field, word by word, for its history. */
public final class PostChanges {

    /**
     * One changed field: a translation key, with the channel of a text or the language of a
     * version when it is one of those.
     */
    public record Change(
            String field, @Nullable Channel channel, @Nullable String language, List<TextDiff.Segment> segments) {}

    private PostChanges() {}

    public static List<Change> between(PostHistory before, PostHistory after) {
        List<Change> changes = new ArrayList<>();
        compare(changes, "calendar.post.title", null, null, before.title(), after.title());
        compare(changes, "calendar.post.theme", null, null, before.theme(), after.theme());
        compare(changes, "calendar.post.campaign", null, null, before.campaign(), after.campaign());
        compare(
                changes,
                "calendar.post.day",
                null,
                null,
                Objects.toString(before.plannedAt(), "").replace('T', ' '),
                Objects.toString(after.plannedAt(), "").replace('T', ' '));
        EnumSet<Channel> channels = EnumSet.noneOf(Channel.class);
        channels.addAll(before.texts().keySet());
        channels.addAll(after.texts().keySet());
        for (Channel channel : channels) {
            compare(
                    changes,
                    "calendar.post.text-for",
                    channel,
                    null,
                    before.texts().getOrDefault(channel, ""),
                    after.texts().getOrDefault(channel, ""));
        }
        var languages = new TreeSet<>(before.translations().keySet());
        languages.addAll(after.translations().keySet());
        for (String language : languages) {
            compare(
                    changes,
                    "calendar.post.translation-for",
                    null,
                    language,
                    text(before.translations().get(language)),
                    text(after.translations().get(language)));
        }
        return changes;
    }

    private static String text(Post.@Nullable Translation translation) {
        return translation == null ? "" : translation.text();
    }

    private static void compare(
            List<Change> changes,
            String field,
            @Nullable Channel channel,
            @Nullable String language,
            String before,
            String after) {
        if (!before.equals(after)) {
            changes.add(new Change(field, channel, language, TextDiff.between(before, after)));
        }
    }
}
