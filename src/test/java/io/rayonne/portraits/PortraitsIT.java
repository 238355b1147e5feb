package io.rayonne.portraits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.Role;
import io.rayonne.base.Markdown;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.TextDiff;
import io.rayonne.inbox.Inbox;
import io.rayonne.inbox.InboxItem;
import io.rayonne.media.Consent;
import io.rayonne.media.ConsentProblem;
import io.rayonne.media.MissingConsentException;
import io.rayonne.media.Photo;
import io.rayonne.media.PhotoUsage;
import io.rayonne.media.PhotoUse;
import io.rayonne.media.Photos;
import io.rayonne.search.SearchQuery;
import io.rayonne.search.SearchResults;
import io.rayonne.search.UnifiedSearch;
import io.rayonne.testing.IntegrationTest;
import io.rayonne.testing.TestPhotos;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A guide's portrait through its workflow, with the rights enforced by the service itself. */
class PortraitsIT extends IntegrationTest {

    @Autowired
    Portraits portraits;

    @Autowired
    Accounts accounts;

    @Autowired
    UnifiedSearch search;

    private static PortraitText text(String name) {
        return new PortraitText(
                name,
                "Architecture Art déco de la reconstruction",
                Set.of("fr", "de"),
                "Amiens Métropole",
                List.of(new Favourite(
                        "Cathédrale Notre-Dame d’Amiens", "Les voussures du portail, au soleil couchant.")),
                "Un jour, un groupe allemand m’a demandé l’architecte de la tour Perret…",
                "Guide-conférencière depuis douze ans.",
                List.of());
    }

    @Test
    void aGuideWritesSubmitsAnswersAReviewerAndIsApproved() {
        signIn("lea", Role.GUIDE);
        Portrait draft = portraits.create(text(unique("Léa D.")));
        assertThat(draft.status()).isEqualTo(PortraitStatus.DRAFT);
        Portrait submitted = portraits.submit(draft.id(), draft.revision());
        assertThat(submitted.status()).isEqualTo(PortraitStatus.SUBMITTED);
        assertThatThrownBy(() -> portraits.update(submitted.id(), submitted.revision(), text("Pendant la relecture")))
                .isInstanceOfSatisfying(PortraitWorkflowException.class, e -> assertThat(e.problems())
                        .containsExactly("portraits.error.not-editable"));

        signIn("camille", Role.COMMUNICATION);
        assertThat(portraits.reviewQueue()).extracting(Portrait::id).contains(draft.id());
        Portrait asked = portraits.requestChanges(
                draft.id(), submitted.revision(), "Ajoutez un deuxième coup de cœur.", Map.of());

        signIn("lea", Role.GUIDE);
        Portrait mine = portraits.get(draft.id());
        assertThat(mine.status()).isEqualTo(PortraitStatus.CHANGES_REQUESTED);
        assertThat(mine.reviewNote()).isEqualTo("Ajoutez un deuxième coup de cœur.");
        PortraitText answer = new PortraitText(
                mine.text().displayName(),
                mine.text().speciality(),
                mine.text().languages(),
                mine.text().territory(),
                List.of(mine.text().favourites().get(0), new Favourite("Hortillonnages", "En barque, à l’aube.")),
                mine.text().anecdotes(),
                mine.text().bio(),
                List.of());
        Portrait answered = portraits.update(draft.id(), asked.revision(), answer);
        Portrait resubmitted = portraits.submit(draft.id(), answered.revision());

        signIn("camille", Role.COMMUNICATION);
        Portrait approved = portraits.approve(draft.id(), resubmitted.revision());
        assertThat(approved.status()).isEqualTo(PortraitStatus.APPROVED);
        assertThat(approved.text().favourites()).hasSize(2);

        assertThat(portraits.revisions(draft.id()))
                .extracting(PortraitRevision::number, PortraitRevision::authorId, PortraitRevision::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(6, "camille", "approved"),
                        org.assertj.core.groups.Tuple.tuple(5, "lea", "submitted"),
                        org.assertj.core.groups.Tuple.tuple(4, "lea", "edited"),
                        org.assertj.core.groups.Tuple.tuple(3, "camille", "changes requested"),
                        org.assertj.core.groups.Tuple.tuple(2, "lea", "submitted"),
                        org.assertj.core.groups.Tuple.tuple(1, "lea", "created"));
    }

    /** A try of a save whose earlier try was written, its answer lost (decision 13). */
    @Test
    void aSaveTriedAgainAfterItsAnswerWasLostIsCompletedNotDoubled() {
        signIn("lea", Role.GUIDE);
        String name = unique("Léa R.");
        String id = portraits.newId();
        Portrait created = portraits.create(id, text(name));
        assertThat(portraits.create(id, text(name)).revision())
                .as("the same text again is the same draft")
                .isEqualTo(created.revision());
        Portrait retyped = portraits.create(id, text(name + " (Amiens)"));
        assertThat(retyped.text().displayName()).isEqualTo(name + " (Amiens)");
        assertThat(portraits.mine()).filteredOn(p -> p.id().equals(id)).hasSize(1);
        assertThat(portraits.mine())
                .filteredOn(p -> p.text().displayName().startsWith(name))
                .hasSize(1);
        assertThat(portraits.revisions(id))
                .extracting(PortraitRevision::number, PortraitRevision::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "edited"),
                        org.assertj.core.groups.Tuple.tuple(1, "created"));

        signIn(newGuide(), Role.GUIDE);
        assertThatThrownBy(() -> portraits.create(id, text(name)))
                .as("someone else's portrait is not taken over by its id")
                .isInstanceOf(io.rayonne.base.AlreadyExistsException.class);
        signIn("lea", Role.GUIDE);
        Portrait submitted = portraits.submit(id, retyped.revision());
        assertThatThrownBy(() -> portraits.create(id, text(name)))
                .as("a portrait sent for review is no longer a draft to complete")
                .isInstanceOf(io.rayonne.base.AlreadyExistsException.class);
        assertThat(portraits.get(id).revision()).isEqualTo(submitted.revision());
    }

    @Test
    void anotherGuidesPortraitIsNotFoundAndTheServiceRefusesEveryCall() {
        signIn("lea", Role.GUIDE);
        Portrait leas = portraits.create(text(unique("Portrait de Léa")));

        String other = newGuide();
        signIn(other, Role.GUIDE);
        assertThatThrownBy(() -> portraits.get(leas.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> portraits.update(leas.id(), leas.revision(), text("Pirate")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> portraits.submit(leas.id(), leas.revision())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> portraits.revisions(leas.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> portraits.reviewQueue()).isInstanceOf(AccessDeniedException.class);
        assertThat(portraits.mine()).isEmpty();

        signIn("hugo", Role.PRESS);
        assertThat(portraits.get(leas.id()).text().displayName())
                .isEqualTo(leas.text().displayName());
        assertThatThrownBy(() -> portraits.approve(leas.id(), leas.revision()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> portraits.create(text("Par la presse"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aStaleSaveIsAConflictAndAnyRevisionCanBeRestored() {
        signIn("lea", Role.GUIDE);
        Portrait first = portraits.create(text(unique("Version un")));
        Portrait second = portraits.update(first.id(), first.revision(), text("Version deux"));

        signIn("camille", Role.COMMUNICATION);
        assertThatThrownBy(
                        () -> portraits.update(first.id(), first.revision(), text("Correction sur une copie périmée")))
                .isInstanceOfSatisfying(StaleEditException.class, e -> {
                    Portrait current = e.current();
                    assertThat(current.text().displayName()).isEqualTo("Version deux");
                });

        Portrait restored = portraits.restore(first.id(), second.revision(), 1);
        assertThat(restored.text().displayName()).isEqualTo(first.text().displayName());
        assertThat(portraits.revisions(first.id()).get(0).action()).isEqualTo("restored #1");
        assertThat(portraits.revisions(first.id()).get(0).authorId()).isEqualTo("camille");
    }

    @Test
    void aPortraitNeedsMoreThanANameBeforeReviewAndLanguagesComeFromTheList() {
        signIn("lea", Role.GUIDE);
        assertThatThrownBy(() -> portraits.create(
                        new PortraitText("Léa", "", Set.of("klingon"), "", List.of(), "", "", List.of())))
                .isInstanceOfSatisfying(PortraitWorkflowException.class, e -> assertThat(e.problems())
                        .containsExactly("portraits.error.language-unknown"));
        Portrait bare =
                portraits.create(new PortraitText(unique("Léa"), "", Set.of(), "", List.of(), "", "", List.of()));
        assertThatThrownBy(() -> portraits.submit(bare.id(), bare.revision()))
                .isInstanceOfSatisfying(PortraitWorkflowException.class, e -> assertThat(e.problems())
                        .containsExactly(
                                "portraits.error.speciality-required",
                                "portraits.error.languages-required",
                                "portraits.error.bio-required"));
    }

    @Test
    void theTeamFindsEveryPortraitAGuideOnlyTheirOwn() {
        String marker = unique("portraitmark").replace("-", "");
        signIn("lea", Role.GUIDE);
        Portrait leas = portraits.create(text("Léa " + marker));
        String other = newGuide();
        signIn(other, Role.GUIDE);
        Portrait others = portraits.create(text("Autre " + marker));

        assertThat(search.search(SearchQuery.of(marker)).results())
                .extracting(SearchResults.Result::id)
                .containsExactly(others.id());
        signIn("lea", Role.GUIDE);
        assertThat(search.search(SearchQuery.of(marker)).results())
                .extracting(SearchResults.Result::id)
                .containsExactly(leas.id());
        signIn("camille", Role.COMMUNICATION);
        assertThat(search.search(SearchQuery.of(marker)).results())
                .extracting(SearchResults.Result::id)
                .containsExactlyInAnyOrder(leas.id(), others.id());
        // Found in German too: "allemand" is in the indexed text of a portrait with "de"; the two
        // portraits, matching both words, come before anything else that speaks of German.
        assertThat(search.search(SearchQuery.of("allemand " + marker)).results().subList(0, 2))
                .extracting(SearchResults.Result::id)
                .containsExactlyInAnyOrder(leas.id(), others.id());
        // Facets by language and territory, and narrowing by them.
        SearchResults found = search.search(SearchQuery.of(marker));
        assertThat(found.facets().get(SearchResults.LANGUAGE))
                .contains(new SearchResults.FacetValue("de", 2), new SearchResults.FacetValue("fr", 2));
        assertThat(found.facets().get(SearchResults.TERRITORY))
                .contains(new SearchResults.FacetValue("Amiens Métropole", 2));
        assertThat(search.search(new SearchQuery(marker, java.util.Map.of(SearchResults.LANGUAGE, "es"), 20))
                        .total())
                .isZero();
    }

    @Autowired
    Photos photos;

    @Autowired
    Inbox inbox;

    private Portrait submittedWith(List<String> photoIds) {
        Portrait draft = portraits.create(text(unique("Léa photo")).withPhotos(photoIds));
        return portraits.submit(draft.id(), draft.revision());
    }

    private Photo uploaded(String name) {
        return photos.upload(new java.io.ByteArrayInputStream(TestPhotos.jpeg(400, 300, System.nanoTime())), name);
    }

    @Test
    void approvalAndPublicationWaitForAValidConsentForEveryIntendedUse() {
        signIn("lea", Role.GUIDE);
        Photo parvis = uploaded("parvis.jpg");
        Portrait submitted = submittedWith(List.of(parvis.id()));

        signIn("camille", Role.COMMUNICATION);
        assertThatThrownBy(() -> portraits.approve(submitted.id(), submitted.revision()))
                .isInstanceOfSatisfying(MissingConsentException.class, e -> assertThat(e.problems())
                        .extracting(ConsentProblem::fileName, ConsentProblem::reason)
                        .containsExactly(tuple("parvis.jpg", ConsentProblem.Reason.NO_CREDIT)));

        // People on it, consent for the website only, and it ended yesterday.
        LocalDate yesterday = photos.today().minusDays(1);
        Photo described = photos.describe(
                parvis.id(),
                parvis.revision(),
                new Photo.Description(
                        "OT Amiens",
                        "",
                        new Consent(true, "Léa Dupont", Set.of(PhotoUse.WEBSITE), yesterday, false, "")));
        assertThat(portraits.consentProblems(submitted.id()))
                .extracting(ConsentProblem::reason, ConsentProblem::use)
                .containsExactly(
                        tuple(ConsentProblem.Reason.EXPIRED, null),
                        tuple(ConsentProblem.Reason.USE_NOT_COVERED, PhotoUse.SOCIAL_NETWORKS));
        assertThatThrownBy(() -> portraits.approve(submitted.id(), submitted.revision()))
                .isInstanceOf(MissingConsentException.class);
        assertThat(portraits.get(submitted.id()).status()).isEqualTo(PortraitStatus.SUBMITTED);

        // The communication team sees the ended consent, and where the photo is used.
        assertThat(photos.consentsToRenew())
                .filteredOn(c -> c.photo().id().equals(parvis.id()))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.expired()).isTrue();
                    assertThat(c.usages()).extracting(PhotoUsage::route).containsExactly("portraits/" + submitted.id());
                });

        // Renewed for a year, for both uses: approval passes.
        Photo renewed = photos.describe(
                parvis.id(),
                described.revision(),
                new Photo.Description(
                        "OT Amiens",
                        "",
                        new Consent(
                                true,
                                "Léa Dupont",
                                Set.of(PhotoUse.WEBSITE, PhotoUse.SOCIAL_NETWORKS),
                                photos.today().plusYears(1),
                                false,
                                "")));
        Portrait approved = portraits.approve(submitted.id(), submitted.revision());
        assertThat(approved.status()).isEqualTo(PortraitStatus.APPROVED);

        // Meant for print too: publication is refused until the consent covers print.
        Portrait forPrint =
                portraits.changeUses(approved.id(), approved.revision(), Set.of(PhotoUse.WEBSITE, PhotoUse.PRINT));
        assertThatThrownBy(() -> portraits.publish(forPrint.id(), forPrint.revision()))
                .isInstanceOfSatisfying(MissingConsentException.class, e -> assertThat(e.problems())
                        .extracting(ConsentProblem::use)
                        .containsExactly(PhotoUse.PRINT));
        Portrait online = portraits.changeUses(forPrint.id(), forPrint.revision(), Set.of(PhotoUse.WEBSITE));
        assertThat(portraits.publish(online.id(), online.revision()).status()).isEqualTo(PortraitStatus.PUBLISHED);
        assertThat(renewed.consent().uses()).contains(PhotoUse.SOCIAL_NETWORKS);
    }

    @Test
    void aGuideCannotAttachAnotherGuidesPhotoByItsId() {
        Photo leas = as("lea", () -> uploaded("lea.jpg"), Role.GUIDE);
        String other = newGuide();
        signIn(other, Role.GUIDE);
        assertThatThrownBy(() -> portraits.create(text(unique("Emprunt")).withPhotos(List.of(leas.id()))))
                .isInstanceOfSatisfying(PortraitWorkflowException.class, e -> assertThat(e.problems())
                        .containsExactly("portraits.error.photo-unknown"));
    }

    @Test
    void scriptsAndFramesAreRefusedWithAMessageAndMarkdownIsRenderedSafely() {
        signIn("lea", Role.GUIDE);
        PortraitText withScript = new PortraitText(
                unique("Léa"),
                "Gothique",
                Set.of("fr"),
                "Amiens",
                List.of(),
                "Voir <iframe src=\"https://exemple.org\"></iframe>",
                "Bonjour <script>alert('x')</script>",
                List.of());
        assertThatThrownBy(() -> portraits.create(withScript))
                .isInstanceOfSatisfying(PortraitWorkflowException.class, e -> assertThat(e.problems())
                        .containsExactly("portraits.error.markup"));
        assertThat(Markdown.toSafeHtml("**Amiens** <img src=x onerror=alert(1)> [lien](javascript:alert(1))"))
                .contains("<strong>Amiens</strong>")
                .doesNotContain("onerror")
                .doesNotContain("javascript")
                .doesNotContain("<img");
    }

    @Test
    void theGuideIsNotifiedOfRequestsAndApprovalAndEachRevisionShowsWhatChanged() {
        signIn("lea", Role.GUIDE);
        long before = inbox.unread();
        Portrait submitted = submittedWith(List.of());

        signIn("camille", Role.COMMUNICATION);
        Portrait asked = portraits.requestChanges(
                submitted.id(), submitted.revision(), "", Map.of("bio", "Dites depuis quand vous guidez."));
        assertThat(asked.fieldNotes()).containsEntry("bio", "Dites depuis quand vous guidez.");

        signIn("lea", Role.GUIDE);
        assertThat(inbox.unread()).isEqualTo(before + 1);
        InboxItem item = inbox.mine().get(0);
        assertThat(item.key()).isEqualTo("inbox.portrait.changes-requested");
        assertThat(item.arguments()).containsExactly(submitted.text().displayName(), "Camille Lefebvre");
        assertThat(item.route()).isEqualTo("portraits/" + submitted.id());
        inbox.markRead(item.id());
        assertThat(inbox.unread()).isEqualTo(before);

        PortraitText t = asked.text();
        Portrait answered = portraits.update(
                asked.id(),
                asked.revision(),
                new PortraitText(
                        t.displayName(),
                        t.speciality(),
                        t.languages(),
                        t.territory(),
                        t.favourites(),
                        t.anecdotes(),
                        "Guide-conférencière depuis quinze ans.",
                        t.photoIds()));
        List<PortraitRevision> history = portraits.revisions(answered.id());
        assertThat(PortraitChanges.between(history.get(1).text(), history.get(0).text(), Locale.FRENCH))
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.field()).isEqualTo("portraits.field.bio");
                    assertThat(change.segments())
                            .contains(
                                    new TextDiff.Segment(TextDiff.Kind.REMOVED, "douze"),
                                    new TextDiff.Segment(TextDiff.Kind.ADDED, "quinze"));
                });
    }
}
