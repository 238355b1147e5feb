package io.rayonne.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.server.ErrorEvent;
import java.io.IOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ShellInitializerTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(ShellInitializer.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
    }

    @Test
    void aBrowserGoneBeforeItsAnswerIsNotAnError() {
        ShellInitializer.handle(new ErrorEvent(new ClientAbortException(new IOException("Broken pipe"))));

        assertThat(logged.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
    }

    @Test
    void anythingElseIsLoggedAsAnError() {
        ShellInitializer.handle(new ErrorEvent(new IllegalStateException("a bug")));

        assertThat(logged.list).singleElement().satisfies(e -> assertThat(e.getLevel())
                .isEqualTo(Level.ERROR));
    }
}
