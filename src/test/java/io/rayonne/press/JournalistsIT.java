package io.rayonne.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rayonne.accounts.Role;
import io.rayonne.search.SearchQuery;
import io.rayonne.search.SearchResults;
import io.rayonne.search.UnifiedSearch;
import io.rayonne.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Journalists on the real node: duplicates caught before creation, merged without losing links. */
class JournalistsIT extends IntegrationTest {

    @Autowired
    Journalists journalists;

    @Autowired
    Outlets outlets;

    @Autowired
    UnifiedSearch search;

    private static Journalist.Draft draft(String name, String email, List<String> outletIds) {
        return new Journalist.Draft(
                name,
                "Rédacteur en chef adjoint",
                outletIds,
                Set.of("fr"),
                Set.of("FR"),
                Set.of("patrimoine"),
                email,
                "",
                "",
                "Carte de visite remise au salon",
                LocalDate.of(2026, 2, 15));
    }

    /** Tries of a save whose earlier try was written, its answer lost (decision 13). */
    @Test
    void aJournalistAndAnOutletSavedAgainAfterALostAnswerAreCompletedNotDoubledNorCalledDuplicates() {
        signIn("hugo", Role.PRESS);
        String name = "Zoé " + unique("Qwx");
        var draft = draft(name, "", List.of());
        String id = journalists.newId(draft);
        Journalist first = journalists.create(id, draft, false);
        assertThat(journalists.create(id, draft, false).revision())
                .as("the same details again: the same record, not a likely duplicate of itself")
                .isEqualTo(first.revision());
        Journalist retyped = journalists.create(id, draft(name, "zoe@exemple.fr", List.of()), false);
        assertThat(retyped.email()).isEqualTo("zoe@exemple.fr");
        assertThat(journalists.all())
                .filteredOn(j -> j.name().equals(name))
                .extracting(Journalist::id)
                .containsExactly(id);

        var outlet = new Outlet.Draft(unique("Détours en France"), OutletKind.MAGAZINE, "FR", "fr", 80_000L, "");
        String outletId = outlets.newId(outlet);
        Outlet saved = outlets.create(outletId, outlet);
        assertThat(outlets.create(outletId, outlet).revision()).isEqualTo(saved.revision());
        assertThat(outlets.all())
                .filteredOn(o -> o.name().equals(outlet.name()))
                .hasSize(1);

        signIn(newUser("amiens-metropole", Role.PRESS), Role.PRESS);
        assertThatThrownBy(() -> journalists.create(id, draft, true))
                .as("a journalist someone else saved is not taken over by its id")
                .isInstanceOf(io.rayonne.base.AlreadyExistsException.class);
        assertThatThrownBy(() -> outlets.create(outletId, outlet))
                .isInstanceOf(io.rayonne.base.AlreadyExistsException.class);
    }

    @Test
    void aProbableDuplicateIsShownBeforeCreationAndCreatedOnlyWhenTheWriterSaysSo() {
        signIn("hugo", Role.PRESS);
        // A surname of random letters: like no other journalist of the store (samples included).
        String surname = new java.util.Random()
                .ints(10, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        Outlet guide = outlets.create(new Outlet.Draft(
                "Guide " + surname, OutletKind.GUIDEBOOK, "FR", "fr", 300_000L, "https://www.exemple.fr"));
        Journalist first = journalists.create(draft("Benoît " + surname, "", List.of(guide.id())), false);

        assertThatThrownBy(() -> journalists.create(draft("Benoit " + surname, "", List.of()), false))
                .isInstanceOfSatisfying(
                        LikelyDuplicateException.class,
                        e -> assertThat(e.candidates()).singleElement().satisfies(c -> {
                            assertThat(c.journalist().id()).isEqualTo(first.id());
                            assertThat(c.similarity()).isEqualTo(1.0);
                        }));
        // The same email under another name is caught too.
        Journalist withEmail = journalists.update(
                first.id(), first.revision(), draft(first.name(), "b." + surname + "@exemple.fr", first.outletIds()));
        assertThat(journalists.likelyDuplicates(
                        draft("Quelqu'un d'autre", "B." + surname + "+x@Exemple.fr", List.of()), null))
                .singleElement()
                .satisfies(c -> assertThat(c.sameEmail()).isTrue());

        Journalist second = journalists.create(draft("Benoit " + surname, "", List.of()), true);
        assertThat(second.id()).isNotEqualTo(first.id());

        // Merged: the kept record gathers both; the other still leads to it.
        Journalist merged = journalists.merge(withEmail.id(), withEmail.revision(), second.id());
        assertThat(merged.outletIds()).containsExactly(guide.id());
        assertThat(merged.email()).isEqualTo("b." + surname + "@exemple.fr");
        assertThat(journalists.get(second.id()).id()).isEqualTo(first.id());
        assertThat(journalists.all())
                .extracting(Journalist::id)
                .contains(first.id())
                .doesNotContain(second.id());
        assertThat(search.search(SearchQuery.of(surname)).results())
                .extracting(SearchResults.Result::id)
                .contains(first.id())
                .doesNotContain(second.id());
    }

    @Test
    void wrongEmailsUrlsAndCountriesAreRefusedAndGuidesSeeNoPressContacts() {
        signIn("hugo", Role.PRESS);
        assertThatThrownBy(() -> journalists.create(
                        new Journalist.Draft(
                                "Anna Schmidt",
                                "",
                                List.of(),
                                Set.of("de"),
                                Set.of("XX"),
                                Set.of(),
                                "anna@",
                                "abc",
                                "",
                                "",
                                LocalDate.of(2026, 1, 1)),
                        true))
                .isInstanceOfSatisfying(InvalidPressInputException.class, e -> assertThat(e.problems())
                        .containsExactly(
                                "press.error.email-invalid",
                                "press.error.phone-invalid",
                                "press.error.country-unknown",
                                "press.error.consent-source-required"));
        assertThatThrownBy(() -> outlets.create(
                        new Outlet.Draft("Die Zeit", OutletKind.DAILY, "DE", "de", null, "javascript:alert(1)")))
                .isInstanceOfSatisfying(InvalidPressInputException.class, e -> assertThat(e.problems())
                        .containsExactly("press.error.url-invalid"));

        signIn("lea", Role.GUIDE);
        assertThatThrownBy(() -> journalists.all()).isInstanceOf(AccessDeniedException.class);
        signIn("camille", Role.COMMUNICATION);
        assertThat(journalists.all()).isNotNull();
        assertThatThrownBy(() -> journalists.create(draft("Par la communication", "", List.of()), true))
                .isInstanceOf(AccessDeniedException.class);
    }
}
