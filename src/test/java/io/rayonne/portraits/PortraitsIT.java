package io.rayonne.portraits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.NewUser;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.StaleEditException;
import io.rayonne.search.SearchQuery;
import io.rayonne.search.SearchResults;
import io.rayonne.search.UnifiedSearch;
import io.rayonne.testing.IntegrationTest;
import java.util.List;
import java.util.Locale;
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
                "Guide-conférencière depuis douze ans.");
    }

    private String otherGuide() {
        String login = unique("guide").toLowerCase(Locale.ROOT);
        SystemUser.run(() -> accounts.register(
                new NewUser(login, "Autre guide", null, "amiens-metropole", Set.of(Role.GUIDE), Locale.FRENCH),
                "mot-de-passe-long"));
        return login;
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
        Portrait asked =
                portraits.requestChanges(draft.id(), submitted.revision(), "Ajoutez un deuxième coup de cœur.");

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
                mine.text().bio());
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

    @Test
    void anotherGuidesPortraitIsNotFoundAndTheServiceRefusesEveryCall() {
        signIn("lea", Role.GUIDE);
        Portrait leas = portraits.create(text(unique("Portrait de Léa")));

        String other = otherGuide();
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
        assertThatThrownBy(
                        () -> portraits.create(new PortraitText("Léa", "", Set.of("klingon"), "", List.of(), "", "")))
                .isInstanceOfSatisfying(PortraitWorkflowException.class, e -> assertThat(e.problems())
                        .containsExactly("portraits.error.language-unknown"));
        Portrait bare = portraits.create(new PortraitText(unique("Léa"), "", Set.of(), "", List.of(), "", ""));
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
        String other = otherGuide();
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
        // Found in German too: "allemand" is in the indexed text of a portrait with "de".
        assertThat(search.search(SearchQuery.of("allemand " + marker)).total()).isEqualTo(2);
    }
}
