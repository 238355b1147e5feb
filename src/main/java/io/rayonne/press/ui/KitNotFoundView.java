package io.rayonne.press.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A kit link that leads nowhere, for a reader without an account: 404, and nothing that tells a
 * wrong token from a private kit or from no kit at all.
 */
@AnonymousAllowed
@com.vaadin.flow.component.dependency.StyleSheet("context://styles/rayonne.css")
class KitNotFoundView extends VerticalLayout implements HasErrorParameter<KitNotFoundException> {

    KitNotFoundView() {
        addClassName("rayonne-public-kit");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<KitNotFoundException> parameter) {
        removeAll();
        var page = new com.vaadin.flow.component.html.Div(
                new H1("Dossier de presse introuvable"),
                new Paragraph("Ce lien ne mène à aucun dossier de presse : il est peut-être incomplet, ou le"
                        + " dossier n’est plus partagé. Demandez le lien à l’office de tourisme qui vous l’a"
                        + " envoyé."),
                new Paragraph("No press kit at this address. / Keine Pressemappe unter dieser Adresse."));
        page.addClassName("rayonne-public-kit-page");
        add(page);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
