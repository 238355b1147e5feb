package io.rayonne.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.User;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/** Where everyone lands: a greeting and the doors their role opens. */
@Route("")
@PermitAll
@Menu(title = "menu.home", order = 0, icon = "vaadin:home")
class HomeView extends VerticalLayout {

    HomeView(CurrentUser currentUser, Accounts accounts) {
        addClassName("rayonne-page");
        User user = currentUser.require();
        String office = accounts.office(user.officeId()).map(Office::name).orElse("");
        var greeting = new H2(getTranslation("home.greeting", user.displayName()));
        greeting.addClassName("rayonne-greeting");
        add(greeting, new Paragraph(getTranslation("home.office", office)));

        var cards = new Div();
        cards.addClassName("rayonne-cards");
        cards.add(card(VaadinIcon.SEARCH, "home.search.title", "home.search.text", "recherche"));
        if (user.isStaff()) {
            cards.add(card(VaadinIcon.NOTEBOOK, "home.notes.title", "home.notes.text", "notes"));
        }
        if (user.has(Role.GUIDE)) {
            cards.add(card(VaadinIcon.USER_CARD, "home.guide.title", "home.guide.text", "portraits"));
        }
        if (user.has(Role.ADMIN)) {
            cards.add(card(VaadinIcon.USERS, "home.users.title", "home.users.text", "admin/utilisateurs"));
        }
        add(cards);
    }

    private Component card(VaadinIcon icon, String title, String text, @Nullable String route) {
        var card = new Card();
        card.addThemeVariants(CardVariant.LUMO_OUTLINED);
        card.setHeaderPrefix(icon.create());
        card.setTitle(getTranslation(title));
        card.add(new Paragraph(getTranslation(text)));
        if (route != null) {
            card.addToFooter(new Anchor(route, getTranslation("home.open")));
        }
        return card;
    }
}
