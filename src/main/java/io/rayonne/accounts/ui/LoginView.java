package io.rayonne.accounts.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.rayonne.accounts.internal.LoginThrottledException;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.WebAttributes;

/** The login page, in the language of the session (French unless English was chosen). */
@Route(value = "login", autoLayout = false)
@PageTitle("Rayonne")
@AnonymousAllowed
@StyleSheet("context://styles/rayonne.css")
class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    LoginView() {
        addClassName("rayonne-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var logo = new Div();
        logo.addClassName("rayonne-logo");
        logo.addClassName("rayonne-logo-large");
        var title = new H1(getTranslation("login.title"));
        var tagline = new Paragraph(getTranslation("login.description"));
        tagline.addClassName("rayonne-login-tagline");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.forgot"));
            i18n.getErrorMessage().setMessage(getTranslation("login.forgot.help"));
            form.setI18n(i18n);
            form.setError(true);
        });
        form.setI18n(i18n());

        var language = new com.vaadin.flow.component.button.Button(getTranslation("shell.language.switch"), e -> {
            // Kept for this browser session; the shell applies it to every page until login.
            com.vaadin.flow.server.VaadinSession.getCurrent()
                    .setAttribute(
                            java.util.Locale.class,
                            getLocale().getLanguage().equals("en")
                                    ? java.util.Locale.FRENCH
                                    : java.util.Locale.ENGLISH);
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
        language.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        language.addClassName("rayonne-login-language");
        var card = new Div(logo, title, tagline, form, language);
        card.addClassName("rayonne-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        LoginI18n i18n = i18n();
        Object failure = lastFailure();
        if (failure instanceof LoginThrottledException throttled) {
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message", wait(throttled.waitTime())));
        } else if (failure instanceof InternalAuthenticationServiceException) {
            // The store did not answer: the password was not even checked.
            i18n.getErrorMessage().setTitle(getTranslation("login.unavailable.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.unavailable.message"));
        } else if (failure instanceof DisabledException) {
            i18n.getErrorMessage().setTitle(getTranslation("login.disabled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.disabled.message"));
        }
        form.setI18n(i18n);
        form.setError(true);
    }

    private String wait(Duration duration) {
        long seconds = Math.max(1, duration.toSeconds());
        boolean french = getLocale().getLanguage().equals("fr");
        if (seconds < 90) {
            return seconds + (french ? " secondes" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + " minutes";
    }

    private static Object lastFailure() {
        HttpSession session = VaadinServletRequest.getCurrent() == null
                ? null
                : VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.required"));
        return i18n;
    }
}
