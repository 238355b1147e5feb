package io.rayonne.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rayonne.accounts.Role;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.StaleEditException;
import io.rayonne.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class NotesIT extends IntegrationTest {

    @Autowired
    Notes notes;

    @Test
    void aStaleSaveIsRefusedWithWhatIsStoredAndNothingIsOverwritten() {
        signIn("camille", Role.COMMUNICATION);
        Note original = notes.create(new NoteDraft("amiens-metropole", unique("Conflit"), "départ"));
        Note camilles = notes.update(
                original.id(),
                original.revision(),
                new NoteDraft("amiens-metropole", original.title(), "texte de Camille"));

        signIn("hugo", Role.PRESS);
        assertThatThrownBy(() -> notes.update(
                        original.id(),
                        original.revision(),
                        new NoteDraft("amiens-metropole", original.title(), "texte d'Hugo")))
                .isInstanceOfSatisfying(StaleEditException.class, e -> {
                    Note current = e.current();
                    assertThat(current.body()).isEqualTo("texte de Camille");
                    assertThat(current.revision()).isEqualTo(camilles.revision());
                });
        assertThat(notes.get(original.id()).body()).isEqualTo("texte de Camille");

        // Knowing the current version, Hugo may choose to save his text over it.
        Note hugos = notes.update(
                original.id(),
                camilles.revision(),
                new NoteDraft("amiens-metropole", original.title(), "texte d'Hugo"));
        assertThat(hugos.body()).isEqualTo("texte d'Hugo");
        assertThat(hugos.updatedBy()).isEqualTo("hugo");
        assertThat(hugos.authorId()).isEqualTo("camille");
    }

    /** A try of a save whose earlier try was written, its answer lost (decision 13). */
    @Test
    void aSaveTriedAgainAfterItsAnswerWasLostIsCompletedNotDoubled() {
        signIn("camille", Role.COMMUNICATION);
        String title = unique("Comité de pilotage");
        NoteDraft draft = new NoteDraft("amiens-metropole", title, "Trois décisions.");
        String id = notes.newId();
        Note created = notes.create(id, draft);
        assertThat(notes.create(id, draft).revision()).isEqualTo(created.revision());
        Note retyped = notes.create(id, new NoteDraft("amiens-metropole", title, "Trois décisions, une date."));
        assertThat(retyped.body()).isEqualTo("Trois décisions, une date.");
        assertThat(notes.list("amiens-metropole"))
                .filteredOn(n -> n.title().equals(title))
                .hasSize(1);

        NoteDraft change = new NoteDraft("amiens-metropole", title, "Quatre décisions.");
        Note changed = notes.update(id, retyped.revision(), change);
        assertThat(notes.update(id, retyped.revision(), change).revision()).isEqualTo(changed.revision());

        signIn("hugo", Role.PRESS);
        assertThatThrownBy(() -> notes.create(id, draft))
                .as("someone else's note is not taken over by its id")
                .isInstanceOf(io.rayonne.base.AlreadyExistsException.class);
        assertThatThrownBy(() -> notes.update(id, retyped.revision(), change))
                .as("the same words from someone else, over an old version, are a conflict")
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void anInvalidDraftIsRefusedWithItsReasons() {
        signIn("camille", Role.COMMUNICATION);
        assertThatThrownBy(() -> notes.create(new NoteDraft("amiens-metropole", "  ", "x")))
                .isInstanceOfSatisfying(InvalidNoteException.class, e -> assertThat(e.problems())
                        .containsExactly("notes.error.title-required"));
        assertThatThrownBy(() -> notes.create(new NoteDraft("amiens-metropole", "t".repeat(201), "x")))
                .isInstanceOfSatisfying(InvalidNoteException.class, e -> assertThat(e.problems())
                        .containsExactly("notes.error.title-too-long"));
    }

    @Test
    void guidesHaveNoAccessToInternalNotes() {
        signIn("lea", Role.GUIDE);
        assertThatThrownBy(() -> notes.list(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.create(new NoteDraft("amiens-metropole", "Par une guide", "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDeletedNoteIsGoneFromListsAndSearch() {
        signIn("camille", Role.COMMUNICATION);
        Note note = notes.create(new NoteDraft("amiens-metropole", unique("Éphémère"), "à supprimer"));
        notes.delete(note.id());
        assertThat(notes.list("amiens-metropole")).extracting(Note::id).doesNotContain(note.id());
        assertThatThrownBy(() -> notes.get(note.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> notes.update(note.id(), note.revision(), new NoteDraft("amiens-metropole", "x", "y")))
                .isInstanceOf(NotFoundException.class);
    }
}
