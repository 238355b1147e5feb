package io.rayonne.portraits;

import io.rayonne.base.Languages;
import io.rayonne.base.TextDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What changed between two versions of a portrait, field by field, for the history screen. */
public final class PortraitChanges {

    /**
     * One changed field.
     *
     * @param field the field's translation key ({@code portraits.field.*})
     */
    public record Change(String field, List<TextDiff.Segment> segments) {}

    private PortraitChanges() {}

    public static List<Change> between(PortraitText before, PortraitText after, Locale locale) {
        List<Change> changes = new ArrayList<>();
        compare(changes, "portraits.field.name", before.displayName(), after.displayName());
        compare(changes, "portraits.field.speciality", before.speciality(), after.speciality());
        compare(changes, "portraits.field.languages", languages(before, locale), languages(after, locale));
        compare(changes, "portraits.field.territory", before.territory(), after.territory());
        compare(changes, "portraits.field.bio", before.bio(), after.bio());
        compare(changes, "portraits.favourites", favourites(before), favourites(after));
        compare(changes, "portraits.field.anecdotes", before.anecdotes(), after.anecdotes());
        compare(
                changes,
                "portraits.field.photos",
                String.valueOf(before.photoIds().size()),
                String.valueOf(after.photoIds().size()));
        return changes;
    }

    private static void compare(List<Change> changes, String field, String before, String after) {
        if (!before.equals(after)) {
            changes.add(new Change(field, TextDiff.between(before, after)));
        }
    }

    private static String languages(PortraitText text, Locale locale) {
        return text.languages().stream()
                .map(code -> Languages.name(code, locale))
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private static String favourites(PortraitText text) {
        return text.favourites().stream().map(f -> f.place() + " : " + f.text()).collect(Collectors.joining("\n"));
    }
}
