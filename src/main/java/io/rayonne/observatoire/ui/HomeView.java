package io.rayonne.observatoire.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.User;
import io.rayonne.base.IndexAdministration;
import io.rayonne.base.ui.Dates;
import io.rayonne.calendar.Post;
import io.rayonne.calendar.PostStatus;
import io.rayonne.calendar.Posts;
import io.rayonne.mail.MailAlerts;
import io.rayonne.mail.MailMonitor;
import io.rayonne.media.Photos;
import io.rayonne.newsletter.Bulletins;
import io.rayonne.newsletter.Campaign;
import io.rayonne.newsletter.Campaigns;
import io.rayonne.portraits.Portrait;
import io.rayonne.portraits.PortraitStatus;
import io.rayonne.portraits.Portraits;
import io.rayonne.press.PressVisit;
import io.rayonne.press.PressVisits;
import io.rayonne.press.VisitStatus;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Where everyone lands: what needs them now, by role (each item opens the thing itself), then the
 * doors their role opens.
 */
@Route("")
@PermitAll
@Menu(title = "menu.home", order = 0, icon = "vaadin:home")
class HomeView extends VerticalLayout {

    /** One thing that waits: what, a detail, where it opens (null: nowhere to open). */
    private record Item(String text, String detail, @Nullable String route) {}

    private static final Duration FAILED_OVER = Duration.ofDays(7);

    private final Div sections = new Div();

    HomeView(
            CurrentUser currentUser,
            Accounts accounts,
            Posts posts,
            Portraits portraits,
            Photos photos,
            Bulletins bulletins,
            Campaigns campaigns,
            PressVisits visits,
            MailMonitor mail,
            IndexAdministration indexes) {
        addClassName("rayonne-page");
        User user = currentUser.require();
        String office = accounts.office(user.officeId()).map(Office::name).orElse("");
        var greeting = new H2(getTranslation("home.greeting", user.displayName()));
        greeting.addClassName("rayonne-greeting");
        add(greeting, new Paragraph(getTranslation("home.office", office)));

        sections.addClassName("rayonne-home-sections");
        Locale locale = getLocale();
        LocalDate today = photos.today();
        if (user.has(Role.COMMUNICATION) || user.has(Role.ADMIN)) {
            section("review", VaadinIcon.CHECK_SQUARE_O, () -> posts.awaitingMyReview().stream()
                    .map(p -> postItem(p, locale))
                    .toList());
            section(
                    "week",
                    VaadinIcon.CALENDAR,
                    () -> posts.between(List.of(user.officeId()), today, today.plusDays(7)).stream()
                            .filter(p -> p.status() != PostStatus.PUBLISHED && p.status() != PostStatus.CANCELLED)
                            .map(p -> postItem(p, locale))
                            .toList());
            section("portraits", VaadinIcon.USER_CARD, () -> portraits.reviewQueue().stream()
                    .map(p -> new Item(
                            p.text().displayName(),
                            getTranslation("home.waiting.portraits.detail", Dates.date(p.updatedAt(), locale)),
                            "portraits/" + p.id()))
                    .toList());
            section("consents", VaadinIcon.CAMERA, () -> photos.consentsToRenew().stream()
                    .map(c -> new Item(
                            c.photo().caption().isBlank()
                                    ? c.photo().fileName()
                                    : c.photo().caption(),
                            getTranslation(
                                    c.expired() ? "home.waiting.consents.expired" : "home.waiting.consents.ends",
                                    Dates.date(c.photo().consent().until(), locale)),
                            "photos/consentements"))
                    .toList());
            section("bulletins", VaadinIcon.ENVELOPES_O, () -> campaigns.upcoming().stream()
                    .map(c -> campaignItem(c, bulletins, locale))
                    .toList());
        }
        if (user.has(Role.PRESS)) {
            List<PressVisit> mine = visits.mine();
            section("visits", VaadinIcon.CAR, () -> mine.stream()
                    .filter(v -> v.start() != null
                            && !v.start().isAfter(today.plusDays(6))
                            && !(v.end() != null ? v.end() : v.start()).isBefore(today))
                    .filter(v -> v.status() != VisitStatus.CANCELLED)
                    .map(v -> new Item(
                            v.subject(),
                            getTranslation(
                                    "home.waiting.visits.detail",
                                    Dates.date(v.start(), locale),
                                    getTranslation(v.status().key())),
                            "presse/accueils/" + v.id()))
                    .toList());
            section("coverage", VaadinIcon.NEWSPAPER, () -> mine.stream()
                    .filter(v -> v.status() == VisitStatus.COVERAGE_EXPECTED)
                    .map(v -> new Item(
                            v.subject(),
                            v.end() == null
                                    ? ""
                                    : getTranslation("home.waiting.coverage.detail", Dates.date(v.end(), locale)),
                            "presse/accueils/" + v.id()))
                    .toList());
        }
        if (user.has(Role.GUIDE)) {
            section("mine", VaadinIcon.USER, () -> portraits.mine().stream()
                    .map(this::myPortrait)
                    .toList());
        }
        if (user.has(Role.ADMIN)) {
            section("mail", VaadinIcon.ENVELOPE_O, () -> mailItems(mail.alerts(FAILED_OVER), locale));
            section("indexes", VaadinIcon.DATABASE, () -> indexItems(indexes));
        }
        if (sections.getComponentCount() > 0) {
            add(sections);
        }

        var cards = new Div();
        cards.addClassName("rayonne-cards");
        cards.add(card(VaadinIcon.SEARCH, "home.search.title", "home.search.text", "recherche"));
        if (user.isStaff()) {
            cards.add(card(VaadinIcon.BAR_CHART, "home.observatoire.title", "home.observatoire.text", "observatoire"));
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

    /** A titled list of what waits, or the sentence that nothing does; left out if the role may not see it. */
    private void section(String name, VaadinIcon icon, Supplier<List<Item>> items) {
        List<Item> list;
        try {
            list = items.get();
        } catch (AccessDeniedException e) {
            return;
        }
        var title = new H3(icon.create(), new Span(getTranslation("home.waiting." + name + ".title")));
        var count = new Span(String.valueOf(list.size()));
        count.getElement().getThemeList().add("badge pill" + (list.isEmpty() ? " contrast" : ""));
        count.getElement().setAttribute("aria-label", getTranslation("home.waiting.count", list.size()));
        title.add(count);
        var section = new Section(title);
        section.addClassName("rayonne-home-section");
        section.getElement().setAttribute("aria-label", getTranslation("home.waiting." + name + ".title"));
        if (list.isEmpty()) {
            var none = new Paragraph(getTranslation("home.waiting." + name + ".none"));
            none.addClassName("rayonne-home-none");
            section.add(none);
        } else {
            var ul = new UnorderedList();
            list.stream().limit(8).forEach(item -> ul.add(new ListItem(entry(item))));
            section.add(ul);
            if (list.size() > 8) {
                section.add(new Paragraph(getTranslation("home.waiting.more", list.size() - 8)));
            }
        }
        sections.add(section);
    }

    private Component entry(Item item) {
        Component text = item.route() == null ? new Span(item.text()) : new Anchor(item.route(), item.text());
        var detail = new Span(item.detail());
        detail.addClassName("rayonne-home-detail");
        return new Div(text, detail);
    }

    private Item postItem(Post p, Locale locale) {
        String when = p.plannedAt() == null
                ? getTranslation("home.waiting.unplanned")
                : Dates.date(p.plannedAt().toLocalDate(), locale) + " · "
                        + String.format(
                                Locale.ROOT,
                                "%02d:%02d",
                                p.plannedAt().getHour(),
                                p.plannedAt().getMinute());
        return new Item(
                p.title(), when + " · " + getTranslation(p.status().key()), "calendrier/publications/" + p.id());
    }

    private Item campaignItem(Campaign c, Bulletins bulletins, Locale locale) {
        String title = bulletins.get(c.bulletinId()).title();
        String state = getTranslation(c.state().key());
        String detail = c.scheduledAt() == null ? state : state + " · " + Dates.dateTime(c.scheduledAt(), locale);
        return new Item(title, detail, "numeros/" + c.bulletinId());
    }

    private Item myPortrait(Portrait p) {
        String status = getTranslation("status." + p.status().name().toLowerCase(Locale.ROOT));
        String detail = p.status() == PortraitStatus.CHANGES_REQUESTED && p.reviewNote() != null
                ? getTranslation("home.waiting.mine.asked", status, p.reviewNote())
                : status;
        String name = p.text().displayName().isBlank()
                ? getTranslation("home.waiting.mine.untitled")
                : p.text().displayName();
        return new Item(name, detail, "portraits/" + p.id());
    }

    private List<Item> mailItems(MailAlerts alerts, Locale locale) {
        List<Item> items = new ArrayList<>();
        if (alerts.blockedAddresses() > 0) {
            items.add(new Item(
                    getTranslation("home.waiting.mail.blocked", alerts.blockedAddresses()),
                    getTranslation("home.waiting.mail.blocked.detail"),
                    "admin/emails"));
        }
        alerts.failed()
                .forEach(f -> items.add(new Item(
                        f.subject(),
                        getTranslation("mail.status." + f.status().name()) + " · " + String.join(", ", f.to()) + " · "
                                + Dates.dateTime(f.at(), locale),
                        "admin/emails")));
        return items;
    }

    private List<Item> indexItems(IndexAdministration indexes) {
        List<IndexAdministration.IndexStatus> status = indexes.status();
        List<Item> items = new ArrayList<>();
        status.stream()
                .filter(s -> !"green".equalsIgnoreCase(s.health()))
                .forEach(s -> items.add(new Item(
                        s.alias(),
                        getTranslation("home.waiting.indexes.unhealthy", s.health(), s.documents()),
                        "admin/index")));
        return items;
    }

    private Component card(VaadinIcon icon, String title, String text, String route) {
        var card = new Card();
        card.addThemeVariants(CardVariant.LUMO_OUTLINED);
        card.setHeaderPrefix(icon.create());
        card.setTitle(getTranslation(title));
        card.add(new Paragraph(getTranslation(text)));
        card.addToFooter(new Anchor(route, getTranslation("home.open")));
        return card;
    }
}
