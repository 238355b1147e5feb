package io.rayonne.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.User;
import io.rayonne.base.ui.Notifications;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Every new page speaks the user's language (French unless they chose English), and an error in
 * an action shows a sentence, never a stack trace.
 */
@Component
class ShellInitializer implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ShellInitializer.class);

    private final CurrentUser currentUser;

    ShellInitializer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(ShellInitializer::handle));
        event.getSource().addUIInitListener(e -> {
            Locale locale = userLocale().orElseGet(() -> sessionLocale(e.getUI()));
            e.getUI().setLocale(locale);
            e.getUI().getSession().setLocale(locale);
            // Screen readers pronounce the page in its language.
            e.getUI().getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        });
    }

    /** The signed-in user's language; none when nobody is signed in or the store does not answer. */
    private java.util.Optional<Locale> userLocale() {
        try {
            return currentUser.get().map(User::locale);
        } catch (org.springframework.dao.DataAccessException e) {
            return java.util.Optional.empty();
        }
    }

    /** Before login: the language chosen on the login page, else French (whatever the browser says). */
    private static Locale sessionLocale(UI ui) {
        Locale chosen = ui.getSession().getAttribute(Locale.class);
        return chosen != null ? chosen : Locale.FRENCH;
    }

    static void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        if (DisconnectedClientHelper.isClientDisconnectedException(error)) {
            // The browser left while an answer (a photo, a download) was on its way: nobody to tell.
            log.debug("Browser gone before its answer was written", error);
            return;
        }
        log.error("Unexpected error in an action", error);
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        String key = ErrorMessages.keyFor(error);
        ui.access(() -> Notifications.error(ui.getTranslation(key)));
    }
}
