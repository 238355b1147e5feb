package io.rayonne.portraits;

import io.rayonne.base.Languages;
import io.rayonne.base.Markdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a guide writes: the editable content of a portrait. Text is plain or Markdown; it is
 * rendered through an HTML sanitiser, never trusted as HTML.
 */
public record PortraitText(
        String displayName,
        String speciality,
        Set<String> languages,
        String territory,
        List<Favourite> favourites,
        String anecdotes,
        String bio,
        List<String> photoIds) {

    public static final int NAME_MAX = 80;
    public static final int SPECIALITY_MAX = 120;
    public static final int BIO_MAX = 2_000;
    public static final int ANECDOTES_MAX = 4_000;
    public static final int FAVOURITES_MAX = 5;
    public static final int FAVOURITE_TEXT_MAX = 600;
    public static final int PHOTOS_MAX = 10;

    public PortraitText {
        languages = Set.copyOf(languages);
        favourites = List.copyOf(favourites);
        photoIds = photoIds.stream().distinct().toList();
    }

    public static PortraitText empty() {
        return new PortraitText("", "", Set.of(), "", List.of(), "", "", List.of());
    }

    /** Problems as translation keys; empty when the text may be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (displayName.isBlank()) {
            problems.add("portraits.error.name-required");
        } else if (displayName.strip().length() > NAME_MAX) {
            problems.add("portraits.error.name-too-long");
        }
        if (speciality.strip().length() > SPECIALITY_MAX) {
            problems.add("portraits.error.speciality-too-long");
        }
        if (!Languages.CODES.containsAll(languages)) {
            problems.add("portraits.error.language-unknown");
        }
        if (bio.length() > BIO_MAX) {
            problems.add("portraits.error.bio-too-long");
        }
        if (anecdotes.length() > ANECDOTES_MAX) {
            problems.add("portraits.error.anecdotes-too-long");
        }
        if (favourites.size() > FAVOURITES_MAX) {
            problems.add("portraits.error.favourites-too-many");
        }
        if (favourites.stream().anyMatch(f -> f.place().isBlank() || f.text().length() > FAVOURITE_TEXT_MAX)) {
            problems.add("portraits.error.favourite-invalid");
        }
        if (photoIds.size() > PHOTOS_MAX) {
            problems.add("portraits.error.photos-too-many");
        }
        if (Markdown.anyActiveMarkup(texts())) {
            problems.add("portraits.error.markup");
        }
        return problems;
    }

    /** Every text the guide typed, for checks that apply to all of them. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(displayName, speciality, territory, anecdotes, bio));
        favourites.forEach(f -> {
            texts.add(f.place());
            texts.add(f.text());
        });
        return texts;
    }

    /** The same text with other photos. */
    public PortraitText withPhotos(List<String> ids) {
        return new PortraitText(displayName, speciality, languages, territory, favourites, anecdotes, bio, ids);
    }

    /** What a portrait needs before review: more than a name. */
    public List<String> problemsBeforeSubmission() {
        List<String> problems = new ArrayList<>(problems());
        if (speciality.isBlank()) {
            problems.add("portraits.error.speciality-required");
        }
        if (languages.isEmpty()) {
            problems.add("portraits.error.languages-required");
        }
        if (bio.isBlank()) {
            problems.add("portraits.error.bio-required");
        }
        return problems;
    }
}
