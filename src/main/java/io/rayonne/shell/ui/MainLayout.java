package io.rayonne.shell.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.User;
import io.rayonne.base.StoreStatus;
import io.rayonne.base.ui.Notifications;
import io.rayonne.inbox.Inbox;
import io.rayonne.inbox.ui.InboxBell;
import io.rayonne.search.SearchBox;
import io.rayonne.search.UnifiedSearch;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The frame of every screen: brand and navigation by role, search, the user's name, office and menu;
 * while the store does not answer, or refuses writes because its disk is full, a banner that says so,
 * until it is back.
 */
@Layout
@PermitAll
@StyleSheet("context://styles/rayonne.css")
class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** While degraded, the page asks the server this often, so that the banner leaves when the store is back. */
    private static final int DEGRADED_POLL_MILLIS = 5_000;

    private final H1 viewTitle = new H1();
    private final InboxBell bell;
    private final StoreStatus store;
    private final Div degraded = new Div();
    private final Span degradedText = new Span();
    private Runnable stopWatching = () -> {};
    private boolean pollingForStore;

    MainLayout(
            CurrentUser currentUser,
            Accounts accounts,
            AuthenticationContext authentication,
            UnifiedSearch search,
            Inbox inbox,
            StoreStatus store) {
        bell = new InboxBell(inbox);
        this.store = store;
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("rayonne-view-title");
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        var header = new HorizontalLayout(
                toggle, viewTitle, new SearchBox(search), bell, userMenu(currentUser, accounts, authentication));
        header.addClassName("rayonne-header");
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(viewTitle);
        var icon = VaadinIcon.WARNING.create();
        degraded.add(icon, degradedText);
        degraded.addClassNames("rayonne-banner", "rayonne-degraded");
        degraded.getElement().setAttribute("role", "alert");
        degraded.setVisible(false);
        var top = new Div(header, degraded);
        top.addClassName("rayonne-top");
        addToNavbar(true, top);
        addToDrawer(brand(), new Scroller(navigation()), footer());
    }

    private Component brand() {
        var logo = new Div();
        logo.addClassName("rayonne-logo");
        logo.getElement().setAttribute("aria-hidden", "true");
        var name = new Span(getTranslation("app.name"));
        name.addClassName("rayonne-brand-name");
        var brand = new HorizontalLayout(logo, name);
        brand.addClassName("rayonne-brand");
        brand.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return brand;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.addClassName("rayonne-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component footer() {
        var footer = new Div(new Span(getTranslation("app.tagline")));
        footer.addClassName("rayonne-drawer-footer");
        return footer;
    }

    /**
     * Who is signed in, from the store; when the store does not answer, the login alone, so that the
     * frame (and the error page inside it) still shows.
     */
    private Component userMenu(CurrentUser currentUser, Accounts accounts, AuthenticationContext authentication) {
        User user = null;
        String office = "";
        try {
            user = currentUser.get().orElse(null);
            if (user != null) {
                office = accounts.office(user.officeId()).map(Office::name).orElse("");
            }
        } catch (org.springframework.dao.DataAccessException e) {
            // shown as an error inside the frame by the view that needed the store
        }
        String displayName = user != null
                ? user.displayName()
                : authentication.getPrincipalName().orElse("");
        var avatar = new Avatar(displayName);
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_SMALL);
        var name = new Span(displayName);
        name.addClassName("rayonne-user-name");
        var officeName = new Span(office);
        officeName.addClassName("rayonne-user-office");
        var who = new Div(name, officeName);
        who.addClassName("rayonne-user");
        var trigger = new HorizontalLayout(avatar, who);
        trigger.setSpacing(false);
        trigger.addClassName("rayonne-user-trigger");
        trigger.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("rayonne-user-menu");
        var root = menu.addItem(trigger);
        root.getElement().setAttribute("aria-label", displayName);
        Locale other = Locale.FRENCH.getLanguage().equals(getLocale().getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        String login = user != null ? user.id() : displayName;
        root.getSubMenu().addItem(getTranslation("shell.language.switch"), e -> {
            accounts.changeLanguage(login, other);
            UI.getCurrent().getPage().reload();
        });
        root.getSubMenu().addItem(getTranslation("shell.logout"), e -> authentication.logout());
        return menu;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        stopWatching = store.onChange(state -> {
            if (UI.getCurrent() == ui) {
                showStore(state, true);
            } else {
                ui.access(() -> showStore(state, true));
            }
        });
        showStore(store.state(), false);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopWatching.run();
    }

    /**
     * The banner while the store is down or full; when it takes writes again, a word to say that
     * saving works again.
     */
    private void showStore(StoreStatus.State state, boolean changed) {
        boolean up = state == StoreStatus.State.UP;
        degraded.setVisible(!up);
        degradedText.setText(
                state == StoreStatus.State.FULL
                        ? getTranslation("shell.degraded.full")
                        : getTranslation("shell.degraded"));
        // A screen may poll for its own reasons (an import's progress): leave its interval alone.
        getUI().ifPresent(ui -> {
            if (!up && ui.getPollInterval() < 0) {
                ui.setPollInterval(DEGRADED_POLL_MILLIS);
                pollingForStore = true;
            } else if (up && pollingForStore) {
                ui.setPollInterval(-1);
                pollingForStore = false;
            }
        });
        if (up && changed) {
            Notifications.success(getTranslation("shell.degraded.back"));
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showStore(store.state(), false);
        String title = viewTitle(getContent());
        viewTitle.setText(title);
        bell.refresh();
        if (!(getContent() instanceof com.vaadin.flow.router.HasDynamicTitle)) {
            // Just before the response: the router clears the title of a view that declares none
            // after this listener has run.
            UI ui = UI.getCurrent();
            String pageTitle = (title.isEmpty() ? "" : title + " · ") + getTranslation("app.name");
            ui.beforeClientResponse(this, context -> ui.getPage().setTitle(pageTitle));
        }
    }

    /** The menu title of the view (a translation key), or the view's own dynamic title. */
    private String viewTitle(Component view) {
        if (view instanceof com.vaadin.flow.router.HasDynamicTitle dynamic) {
            return dynamic.getPageTitle();
        }
        if (view == null) {
            return "";
        }
        return MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> view.getClass().equals(entry.menuClass()))
                .map(entry -> getTranslation(entry.title()))
                .findFirst()
                .orElse("");
    }
}
