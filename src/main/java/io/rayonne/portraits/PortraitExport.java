package io.rayonne.portraits;

import io.rayonne.base.Channel;
import io.rayonne.base.Markdown;
import java.util.ArrayList;
import java.util.List;

/**
 * A portrait as ready-to-post text for a channel: plain text (Markdown marks removed), within the
 * channel's limit, cut cleanly at a word with an ellipsis when it is too long; the hashtags always
 * survive the cut.
 */
public final class PortraitExport {

    private PortraitExport() {}

    public static String text(PortraitText t, Channel channel, String hashtags) {
        String tail = hashtags.strip();
        String body = channel == Channel.X ? shortBody(t) : fullBody(t);
        return channel.fit(body, tail);
    }

    private static String fullBody(PortraitText t) {
        List<String> parts = new ArrayList<>();
        parts.add(t.speciality().isBlank() ? t.displayName() : t.displayName() + " — " + t.speciality());
        if (!t.bio().isBlank()) {
            parts.add(Markdown.toPlainText(t.bio()));
        }
        for (Favourite f : t.favourites()) {
            parts.add(
                    "Coup de cœur : " + f.place() + (f.text().isBlank() ? "" : " — " + Markdown.toPlainText(f.text())));
        }
        if (!t.anecdotes().isBlank()) {
            parts.add(Markdown.toPlainText(t.anecdotes()));
        }
        return String.join("\n\n", parts);
    }

    private static String shortBody(PortraitText t) {
        StringBuilder text = new StringBuilder(t.displayName());
        if (!t.speciality().isBlank()) {
            text.append(", ").append(t.speciality());
        }
        text.append('.');
        if (!t.favourites().isEmpty()) {
            text.append(" Coup de cœur : ")
                    .append(t.favourites().get(0).place())
                    .append('.');
        }
        return text.toString();
    }
}
