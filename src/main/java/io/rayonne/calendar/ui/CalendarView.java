package io.rayonne.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.User;
import io.rayonne.base.Channel;
import io.rayonne.base.Csv;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.ui.Notifications;
import io.rayonne.calendar.CalendarFeeds;
import io.rayonne.calendar.InvalidPostException;
import io.rayonne.calendar.Post;
import io.rayonne.calendar.PostStatus;
import io.rayonne.calendar.Posts;
import io.rayonne.calendar.WorkflowRefusedException;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;

/**
 * The editorial calendar: the office's posts by month, week or as a list, or every office of the
 * network side by side, each office a layer. Filters narrow what is shown; a post is dragged to
 * another day; a click on a day starts a post there.
 */
@Route("calendrier")
@RolesAllowed({"COMMUNICATION", "PRESS", "ADMIN"})
@Menu(title = "menu.calendar", order = 4, icon = "vaadin:calendar")
class CalendarView extends VerticalLayout implements BeforeEnterObserver, CalendarComponent.Source {

    static final String ROUTE = "calendrier";

    private final Posts posts;
    private final CalendarFeeds feeds;
    private final Clock clock;
    private final User user;
    private final List<Office> network;
    private final Map<String, String> officeNames;
    private final Accounts accounts;
    private final Map<String, String> userNames = new java.util.HashMap<>();
    private final Map<String, String> officeColors = new LinkedHashMap<>();

    private final Tabs scope = new Tabs();
    private final Tab mine;
    private final Tab all;
    private final Div layers = new Div();
    private final Map<String, Checkbox> layerBoxes = new LinkedHashMap<>();
    private final MultiSelectComboBox<Channel> channels;
    private final MultiSelectComboBox<String> themes;
    private final MultiSelectComboBox<String> campaigns;
    private final MultiSelectComboBox<PostStatus> statuses;
    private final MultiSelectComboBox<String> owners;
    private final Select<Coloring> coloring = new Select<>();
    private final Div calendarSlot = new Div();

    private CalendarComponent calendar;
    /** The range the calendar last asked for: what an export contains. */
    private LocalDate shownFrom;

    private LocalDate shownTo;
    private CalendarComponent.View view = CalendarComponent.View.MONTH;
    private LocalDate day;

    /** What gives each post its colour. */
    enum Coloring {
        CHANNEL,
        THEME,
        OFFICE
    }

    CalendarView(Posts posts, CalendarFeeds feeds, Accounts accounts, CurrentUser currentUser, Clock clock) {
        this.posts = posts;
        this.feeds = feeds;
        this.clock = clock;
        this.accounts = accounts;
        this.user = currentUser.require();
        this.day = LocalDate.now(clock.withZone(Posts.PARIS));
        this.shownFrom = day.withDayOfMonth(1);
        this.shownTo = shownFrom.plusMonths(1);
        addClassName("rayonne-page");
        addClassName("rayonne-calendar-page");
        setWidthFull();

        List<Office> offices = accounts.offices();
        network = accounts.networkOf(user.officeId()).stream()
                .sorted(Comparator.comparing((Office o) -> !o.id().equals(user.officeId()))
                        .thenComparing(Office::name))
                .toList();
        officeNames = offices.stream().collect(Collectors.toMap(Office::id, Office::name, (a, b) -> a));
        for (int i = 0; i < network.size(); i++) {
            officeColors.put(network.get(i).id(), Palette.office(i));
        }

        mine = new Tab(getTranslation("calendar.scope.office", officeNames.getOrDefault(user.officeId(), "")));
        all = new Tab(getTranslation("calendar.scope.network"));
        scope.add(mine, all);
        scope.addSelectedChangeListener(e -> scopeChanged());
        scope.setId("calendar-scope");

        channels = filter("calendar.filter.channels", List.of(Channel.values()), c -> getTranslation(c.key()));
        themes = filter("calendar.filter.themes", List.of(), t -> t);
        campaigns = filter("calendar.filter.campaigns", List.of(), t -> t);
        statuses = filter("calendar.filter.statuses", List.of(PostStatus.values()), s -> getTranslation(s.key()));
        owners = filter("calendar.filter.owners", List.of(), this::userName);

        coloring.setLabel(getTranslation("calendar.coloring"));
        coloring.setItems(Coloring.values());
        coloring.setItemLabelGenerator(
                c -> getTranslation("calendar.coloring." + c.name().toLowerCase(java.util.Locale.ROOT)));
        coloring.setValue(Coloring.CHANNEL);
        coloring.addValueChangeListener(e -> refresh());
        coloring.addClassName("rayonne-calendar-coloring");

        var create = new Button(
                getTranslation("calendar.post.new"),
                VaadinIcon.PLUS.create(),
                e -> create(
                        LocalDate.now(clock.withZone(Posts.PARIS)).plusDays(1).atTime(10, 0)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(writes());

        var subscribe = new Button(
                getTranslation("calendar.feeds.open"),
                VaadinIcon.CALENDAR_CLOCK.create(),
                e -> new FeedsDialog(feeds, themeChoices()).open());
        subscribe.setVisible(writes());
        var exportButton = new Button(getTranslation("calendar.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] csv = event.getUI() == null ? new byte[0] : csv(event.getUI());
                    return new DownloadResponse(
                            new java.io.ByteArrayInputStream(csv),
                            "calendrier-" + shownFrom + ".csv",
                            "text/csv;charset=UTF-8",
                            csv.length);
                }),
                "");
        export.add(exportButton);
        export.setId("calendar-export");
        var settings =
                new Button(getTranslation("calendar.settings.open"), VaadinIcon.COG.create(), e -> getUI().ifPresent(
                                ui -> ui.navigate(CalendarSettingsView.ROUTE)));
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        settings.setVisible(posts.mayReview(user.officeId()));
        var actions = new HorizontalLayout(export, settings, subscribe, create);
        var bar = new HorizontalLayout(scope, actions);
        bar.setWidthFull();
        bar.setAlignItems(Alignment.CENTER);
        bar.setJustifyContentMode(JustifyContentMode.BETWEEN);
        bar.addClassName("rayonne-toolbar");

        var filters = new FlexLayout(channels, themes, campaigns, statuses, owners, coloring);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("rayonne-calendar-filters");

        layers.addClassName("rayonne-calendar-layers");
        layers.setId("calendar-layers");
        for (Office office : network) {
            var box = new Checkbox(office.name(), true);
            box.addValueChangeListener(e -> refresh());
            var swatch = new Span();
            swatch.addClassName("rayonne-calendar-swatch");
            swatch.getStyle().set("background", officeColors.get(office.id()));
            var layer = new Span(swatch, box);
            layer.addClassName("rayonne-calendar-layer");
            layerBoxes.put(office.id(), box);
            layers.add(layer);
        }
        layers.setVisible(false);

        calendarSlot.setWidthFull();
        calendarSlot.addClassName("rayonne-calendar-slot");
        add(bar, filters, layers, calendarSlot);
        loadFilterChoices();
    }

    private <T> MultiSelectComboBox<T> filter(
            String label, List<T> items, com.vaadin.flow.component.ItemLabelGenerator<T> names) {
        var box = new MultiSelectComboBox<T>(getTranslation(label));
        box.setItems(items);
        box.setItemLabelGenerator(names);
        box.setPlaceholder(getTranslation("calendar.filter.all"));
        box.setClearButtonVisible(true);
        box.addValueChangeListener(e -> refresh());
        box.addClassName("rayonne-calendar-filter");
        return box;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        view = CalendarComponent.View.of(query.getSingleParameter("vue").orElse(null));
        query.getSingleParameter("date").ifPresent(text -> {
            try {
                day = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // An address typed by hand: today's month instead.
            }
        });
        boolean networkScope = query.getSingleParameter("reseau").isPresent();
        scope.setSelectedTab(networkScope ? all : mine);
        layers.setVisible(networkScope);
        if (networkScope && coloring.getValue() == Coloring.CHANNEL) {
            coloring.setValue(Coloring.OFFICE);
        }
        showCalendar();
    }

    private void showCalendar() {
        calendarSlot.removeAll();
        calendar = new CalendarComponent(
                this,
                view,
                day,
                LocalDateTime.now(clock.withZone(Posts.PARIS)),
                Map.of(
                        "month", getTranslation("calendar.view.month"),
                        "week", getTranslation("calendar.view.week"),
                        "list", getTranslation("calendar.view.list"),
                        "empty", getTranslation("calendar.view.empty")),
                getLocale().getLanguage());
        calendar.setId("calendar");
        calendarSlot.add(calendar);
    }

    private void scopeChanged() {
        boolean networkScope = scope.getSelectedTab() == all;
        layers.setVisible(networkScope);
        coloring.setValue(networkScope ? Coloring.OFFICE : Coloring.CHANNEL);
        remember();
        loadFilterChoices();
        refresh();
    }

    private void refresh() {
        if (calendar != null) {
            calendar.refresh();
        }
    }

    /** The themes, campaigns and owners met in the shown offices' posts of the coming months. */
    private void loadFilterChoices() {
        try {
            List<Post> around = posts.between(shownOffices(), day.minusMonths(6), day.plusMonths(7));
            themes.setItems(distinct(around, Post::theme));
            campaigns.setItems(distinct(around, Post::campaign));
            owners.setItems(distinct(around, Post::ownerId));
        } catch (DataAccessException e) {
            Notifications.storeError(e, getTranslation("calendar.error.storage"));
        }
    }

    private List<String> themeChoices() {
        return themes.getListDataView().getItems().toList();
    }

    private static List<String> distinct(List<Post> list, java.util.function.Function<Post, String> field) {
        return list.stream()
                .map(field)
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.toCollection(java.util.TreeSet::new))
                .stream()
                .toList();
    }

    private boolean networkScope() {
        return scope.getSelectedTab() == all;
    }

    private List<String> shownOffices() {
        if (!networkScope()) {
            return List.of(user.officeId());
        }
        return layerBoxes.entrySet().stream()
                .filter(e -> e.getValue().getValue())
                .map(Map.Entry::getKey)
                .toList();
    }

    @Override
    public List<CalendarComponent.Entry> entries(LocalDate from, LocalDate toExcluded) {
        shownFrom = from;
        shownTo = toExcluded;
        try {
            return posts.between(shownOffices(), from, toExcluded).stream()
                    .filter(matchesFilters())
                    .sorted(Comparator.comparing(Post::plannedAt))
                    .map(this::entry)
                    .toList();
        } catch (DataAccessException e) {
            Notifications.storeError(e, getTranslation("calendar.error.storage"));
            return List.of();
        }
    }

    /** The posts shown (the range on screen, the offices and filters chosen), as a spreadsheet. */
    private byte[] csv(com.vaadin.flow.component.UI ui) {
        byte[][] out = new byte[1][];
        ui.accessSynchronously(() -> {
            List<Post> shown = posts.between(shownOffices(), shownFrom, shownTo).stream()
                    .filter(matchesFilters())
                    .sorted(Comparator.comparing(Post::plannedAt))
                    .toList();
            List<String> header = new ArrayList<>(List.of(
                    getTranslation("calendar.post.day"),
                    getTranslation("calendar.post.time"),
                    getTranslation("calendar.export.office"),
                    getTranslation("calendar.post.title"),
                    getTranslation("calendar.filter.channels"),
                    getTranslation("calendar.post.theme"),
                    getTranslation("calendar.post.campaign"),
                    getTranslation("calendar.export.status"),
                    getTranslation("calendar.export.owner")));
            for (Channel channel : Channel.values()) {
                header.add(getTranslation("calendar.post.text-for", getTranslation(channel.key())));
            }
            List<List<String>> rows = new ArrayList<>();
            for (Post p : shown) {
                List<String> row = new ArrayList<>(List.of(
                        p.plannedAt().toLocalDate().toString(),
                        p.plannedAt().toLocalTime().toString(),
                        officeNames.getOrDefault(p.officeId(), p.officeId()),
                        p.title(),
                        p.texts().keySet().stream()
                                .sorted()
                                .map(c -> getTranslation(c.key()))
                                .collect(Collectors.joining(", ")),
                        p.theme(),
                        p.campaign(),
                        getTranslation(p.status().key()),
                        userName(p.ownerId())));
                for (Channel channel : Channel.values()) {
                    row.add(p.texts().getOrDefault(channel, ""));
                }
                rows.add(row);
            }
            out[0] = Csv.write(header, rows);
        });
        return out[0];
    }

    private Predicate<Post> matchesFilters() {
        Set<Channel> c = channels.getValue();
        Set<String> t = themes.getValue();
        Set<String> k = campaigns.getValue();
        Set<PostStatus> s = statuses.getValue();
        Set<String> o = owners.getValue();
        return p -> (c.isEmpty() || p.texts().keySet().stream().anyMatch(c::contains))
                && (t.isEmpty() || t.contains(p.theme()))
                && (k.isEmpty() || k.contains(p.campaign()))
                && (s.isEmpty() || s.contains(p.status()))
                && (o.isEmpty() || o.contains(p.ownerId()));
    }

    private CalendarComponent.Entry entry(Post p) {
        List<Channel> postChannels = List.copyOf(EnumSet.copyOf(
                p.texts().isEmpty() ? EnumSet.noneOf(Channel.class) : p.texts().keySet()));
        String color =
                switch (coloring.getValue() == null ? Coloring.CHANNEL : coloring.getValue()) {
                    case CHANNEL -> postChannels.isEmpty() ? Palette.NEUTRAL : Palette.channel(postChannels.get(0));
                    case THEME -> Palette.theme(p.theme());
                    case OFFICE -> officeColors.getOrDefault(p.officeId(), Palette.NEUTRAL);
                };
        return new CalendarComponent.Entry(
                p.id(),
                p.title(),
                Objects.requireNonNull(p.plannedAt()),
                color,
                postChannels.stream()
                        .map(ch -> getTranslation("channel.short." + ch.key().substring(8)))
                        .toList(),
                postChannels.stream().map(ch -> getTranslation(ch.key())).collect(Collectors.joining(", ")),
                p.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                getTranslation(p.status().key()),
                networkScope() ? officeNames.getOrDefault(p.officeId(), "") : "",
                mayWrite(p));
    }

    private String userName(String id) {
        return userNames.computeIfAbsent(
                id, key -> accounts.user(key).map(User::displayName).orElse(key));
    }

    private boolean writes() {
        return user.has(Role.ADMIN) || user.has(Role.COMMUNICATION) || user.has(Role.PRESS);
    }

    private boolean mayWrite(Post p) {
        return writes() && (user.has(Role.ADMIN) || user.officeId().equals(p.officeId()));
    }

    @Override
    public boolean move(String id, LocalDateTime to) {
        try {
            Post post = posts.get(id);
            if (to.equals(post.plannedAt())) {
                return true;
            }
            Post moved = posts.move(id, post.revision(), to);
            Notifications.success(
                    getTranslation("calendar.moved", moved.title(), PostTexts.when(moved.plannedAt(), getLocale())));
            return true;
        } catch (WorkflowRefusedException e) {
            Notifications.error(getTranslation(e.key()));
        } catch (InvalidPostException e) {
            Notifications.error(getTranslation(e.problems().get(0).key()));
        } catch (StaleEditException e) {
            Notifications.error(getTranslation("calendar.error.moved-meanwhile"));
            refresh();
        } catch (DataAccessException e) {
            Notifications.storeError(e, getTranslation("calendar.error.move-storage"));
        } catch (org.springframework.security.access.AccessDeniedException e) {
            Notifications.error(getTranslation("calendar.error.not-your-office"));
        }
        return false;
    }

    @Override
    public void open(String id) {
        getUI().ifPresent(ui -> ui.navigate(PostEditorView.ROUTE + "/" + id));
    }

    @Override
    public void create(LocalDateTime at) {
        if (!writes()) {
            return;
        }
        getUI().ifPresent(ui ->
                ui.navigate(PostEditorView.ROUTE + "/" + PostEditorView.NEW, QueryParameters.of("le", at.toString())));
    }

    @Override
    public void shown(CalendarComponent.View shownView, LocalDate shownDay) {
        boolean monthChanged = !shownDay.withDayOfMonth(1).equals(day.withDayOfMonth(1));
        view = shownView;
        day = shownDay;
        remember();
        if (monthChanged) {
            loadFilterChoices();
        }
    }

    /** Keeps the view, the day and the scope in the address, so that back and reload return here. */
    private void remember() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("vue", view.code());
        query.put("date", day.toString());
        if (networkScope()) {
            query.put("reseau", "1");
        }
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(null, new com.vaadin.flow.router.Location(ROUTE, QueryParameters.simple(query))));
    }
}
