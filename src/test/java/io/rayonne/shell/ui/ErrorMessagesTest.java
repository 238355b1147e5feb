package io.rayonne.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Each kind of failure gets its own plain sentence. */
class ErrorMessagesTest {

    @Test
    void storageDownIsToldAsSuchEvenWhenWrapped() {
        assertThat(ErrorMessages.keyFor(new DataAccessResourceFailureException("down", new ConnectException())))
                .isEqualTo("error.storage");
        assertThat(ErrorMessages.keyFor(new RuntimeException(new ConnectException("refused"))))
                .isEqualTo("error.storage");
    }

    @Test
    void forbiddenAndMissingAndTheRest() {
        assertThat(ErrorMessages.keyFor(new AccessDeniedException("no"))).isEqualTo("error.forbidden");
        assertThat(ErrorMessages.keyFor(new io.rayonne.base.NotFoundException("Note x")))
                .isEqualTo("error.notfound.message");
        assertThat(ErrorMessages.keyFor(new IllegalStateException("bug"))).isEqualTo("error.message");
    }
}
