package io.rayonne.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rayonne.accounts.Role;
import io.rayonne.base.AlreadyExistsException;
import io.rayonne.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Bulletin issues on the real store. */
class BulletinsIT extends IntegrationTest {

    @Autowired
    Bulletins bulletins;

    /** A try of a creation whose earlier try was written, its answer lost (decision 13). */
    @Test
    void anIssueCreatedAgainAfterALostAnswerIsCompletedNotDoubled() {
        String officer = newUser("amiens-metropole", Role.COMMUNICATION);
        String title = unique("Les marchés de Noël");
        var draft = new Bulletin.Draft("Lettre des partenaires", title, LocalDate.of(2026, 12, 10), "fr", List.of());
        String id = as(officer, () -> bulletins.newId(draft), Role.COMMUNICATION);
        Bulletin first = as(
                officer,
                () -> bulletins.create(id, "amiens-metropole", BulletinTemplate.MONTHLY, draft),
                Role.COMMUNICATION);
        var retyped = new Bulletin.Draft("Lettre des partenaires", title, LocalDate.of(2026, 12, 12), "fr", List.of());
        Bulletin again = as(
                officer,
                () -> bulletins.create(id, "amiens-metropole", BulletinTemplate.MONTHLY, retyped),
                Role.COMMUNICATION);
        assertThat(again.date()).isEqualTo(LocalDate.of(2026, 12, 12));
        assertThat(again.sections()).as("the template's sections, once").isEqualTo(first.sections());
        assertThat(as(officer, bulletins::all, Role.COMMUNICATION))
                .filteredOn(b -> b.title().equals(title))
                .extracting(Bulletin::id)
                .containsExactly(id);

        String colleague = newUser("amiens-metropole", Role.COMMUNICATION);
        assertThatThrownBy(() -> as(
                        colleague,
                        () -> bulletins.create(id, "amiens-metropole", BulletinTemplate.MONTHLY, draft),
                        Role.COMMUNICATION))
                .as("an issue someone else created is not taken over by its id")
                .isInstanceOf(AlreadyExistsException.class);
    }
}
