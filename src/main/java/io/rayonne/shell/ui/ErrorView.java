package io.rayonne.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any error while opening a page: a French sentence and a way home, the details in the log. */
@PermitAll
@ParentLayout(MainLayout.class)
class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    ErrorView() {
        addClassName("rayonne-error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String key = ErrorMessages.keyFor(parameter.getCaughtException());
        boolean notFound = key.equals("error.notfound.message") || key.equals("error.forbidden");
        if (!notFound) {
            log.error("Error while opening {}", event.getLocation().getPath(), parameter.getCaughtException());
        }
        boolean storage = key.equals(ErrorMessages.STORAGE);
        removeAll();
        add(
                new H2(getTranslation(
                        notFound ? "error.notfound.title" : storage ? "error.storage.title" : "error.title")),
                new Paragraph(getTranslation(notFound ? "error.notfound.message" : key)),
                new Anchor("", getTranslation("error.back-home")));
        if (notFound) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        return storage ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
