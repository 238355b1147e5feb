package io.rayonne.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rayonne.accounts.Role;
import io.rayonne.testing.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Backups are kept newest first up to the retention, and only administrators see or make them. */
class BackupsIT extends IntegrationTest {

    @Autowired
    Backups backups;

    @Test
    void theNewestAreKeptAndTheOlderForgottenWithTheFilesOnlyTheyHeld() {
        List<String> made = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            made.add(as("nadia", backups::takeNow, Role.ADMIN).name());
        }
        assertThat(made).doesNotHaveDuplicates();

        backups.keepNewest(2);

        List<Backups.Backup> left = as("nadia", backups::list, Role.ADMIN);
        assertThat(left).extracting(Backups.Backup::name).containsExactly(made.get(2), made.get(1));
        assertThat(left).allSatisfy(b -> assertThat(b.complete()).isTrue());
    }

    @Test
    void onlyAdministratorsSeeOrMakeBackups() {
        assertThatThrownBy(() -> as("camille", backups::list, Role.COMMUNICATION))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("hugo", backups::takeNow, Role.PRESS)).isInstanceOf(AccessDeniedException.class);
    }
}
