package io.rayonne.observatoire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.User;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.EditorSection;
import io.rayonne.base.ui.Notifications;
import io.rayonne.base.ui.StaleEditDialog;
import io.rayonne.newsletter.Block;
import io.rayonne.newsletter.Bulletin;
import io.rayonne.newsletter.BulletinState;
import io.rayonne.newsletter.Bulletins;
import io.rayonne.newsletter.Section;
import io.rayonne.observatoire.FrenchNumbers;
import io.rayonne.observatoire.InvalidFiguresException;
import io.rayonne.observatoire.KeyFigure;
import io.rayonne.observatoire.KeyFigureChange;
import io.rayonne.observatoire.KeyFigures;
import io.rayonne.observatoire.MonthAlreadyEnteredException;
import io.rayonne.observatoire.MonthFigures;
import io.rayonne.observatoire.MonthToComeException;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Where an office types in its month of figures: one field per figure its network asks for, French
 * numbers, a month entered once and then changed (each change kept, with who made it); a figure
 * can go into a draft bulletin as a key-figure block.
 */
@Route("observatoire/chiffres")
@RolesAllowed({"COMMUNICATION", "ADMIN", "PRESS"})
class KeyFiguresView extends VerticalLayout implements com.vaadin.flow.router.HasDynamicTitle {

    private final KeyFigures keyFigures;
    private final Bulletins bulletins;
    private final Accounts accounts;
    private final User user;
    private final Select<String> office = new Select<>();
    private final Select<YearMonth> month = new Select<>();
    private final Div form = new Div();
    private final Paragraph status = new Paragraph();
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Grid<KeyFigureChange> history = new Grid<>();
    private final Div toBulletin = new Div();
    private List<KeyFigure> figures = List.of();
    private @Nullable MonthFigures stored;

    KeyFiguresView(KeyFigures keyFigures, Bulletins bulletins, Accounts accounts, CurrentUser currentUser) {
        this.keyFigures = keyFigures;
        this.bulletins = bulletins;
        this.accounts = accounts;
        this.user = currentUser.require();
        addClassName("rayonne-page");
        addClassName("rayonne-key-figures");

        Map<String, String> names = new LinkedHashMap<>();
        var readable = accounts.readableOffices(user);
        accounts.offices().stream()
                .filter(o -> readable.contains(o.id()))
                .sorted(java.util.Comparator.comparing((Office o) -> !o.id().equals(user.officeId()))
                        .thenComparing(Office::name))
                .forEach(o -> names.put(o.id(), o.name()));
        office.setLabel(getTranslation("figures.office"));
        office.setItems(names.keySet());
        office.setItemLabelGenerator(id -> names.getOrDefault(id, id));
        office.setValue(user.officeId());
        office.setId("figures-office");
        office.setWidth("22rem");
        month.setLabel(getTranslation("figures.month"));
        YearMonth now = keyFigures.thisMonth();
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            months.add(now.minusMonths(i));
        }
        month.setItems(months);
        month.setItemLabelGenerator(this::monthName);
        month.setValue(now.minusMonths(1));
        month.setId("figures-month");
        var dashboard =
                new com.vaadin.flow.component.html.Anchor("observatoire", getTranslation("figures.to-dashboard"));
        dashboard.addClassName("rayonne-link-button");
        var choose = new HorizontalLayout(office, month, dashboard);
        choose.addClassName("rayonne-toolbar");
        choose.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        status.setId("figures-status");
        status.addClassName("rayonne-figures-status");
        form.addClassName("rayonne-figures-form");
        form.setId("figures-form");

        history.setId("figures-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        history.addColumn(c -> Dates.dateTime(c.at(), getLocale()))
                .setHeader(getTranslation("figures.history.when"))
                .setAutoWidth(true);
        history.addColumn(c -> who(c.by()))
                .setHeader(getTranslation("figures.history.who"))
                .setAutoWidth(true);
        history.addColumn(c -> monthName(c.month()))
                .setHeader(getTranslation("figures.history.month"))
                .setAutoWidth(true);
        history.addColumn(c -> label(c.figure())).setHeader(getTranslation("figures.history.figure"));
        history.addColumn(c -> c.before() == null ? "–" : FrenchNumbers.format(c.before(), getLocale()))
                .setHeader(getTranslation("figures.history.before"));
        history.addColumn(c -> c.after() == null ? "–" : FrenchNumbers.format(c.after(), getLocale()))
                .setHeader(getTranslation("figures.history.after"));
        history.setAllRowsVisible(true);
        history.setEmptyStateText(getTranslation("figures.history.none"));

        add(choose, status, form, toBulletin, new EditorSection(getTranslation("figures.history.title"), history));
        if (user.has(Role.ADMIN)) {
            add(new FigureListEditor(keyFigures, () -> keyFigures.networkOf(office.getValue()), this::load));
        }
        office.addValueChangeListener(e -> load());
        month.addValueChangeListener(e -> load());
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("figures.title");
    }

    private String monthName(YearMonth m) {
        String name = m.format(DateTimeFormatter.ofPattern("MMMM yyyy", getLocale()));
        return name.substring(0, 1).toUpperCase(getLocale()) + name.substring(1);
    }

    /** A person's name; the sample content's figures were entered by Rayonne itself. */
    private String who(String login) {
        if (io.rayonne.accounts.SystemUser.NAME.equals(login)) {
            return io.rayonne.accounts.SystemUser.USER.displayName();
        }
        return accounts.user(login).map(User::displayName).orElse(login);
    }

    private String label(String code) {
        return figures.stream()
                .filter(f -> f.code().equals(code))
                .map(KeyFigure::label)
                .findFirst()
                .orElse(code);
    }

    private void load() {
        String officeId = office.getValue();
        YearMonth m = month.getValue();
        figures = keyFigures.figures(officeId);
        stored = keyFigures.month(officeId, m).orElse(null);
        Map<String, String> typed = new LinkedHashMap<>();
        if (stored != null) {
            stored.values().forEach((code, v) -> typed.put(code, FrenchNumbers.format(v, getLocale())));
        }
        showForm(typed);
        history.setItems(keyFigures.history(officeId));
    }

    private void showForm(Map<String, String> typed) {
        form.removeAll();
        fields.clear();
        boolean writer = keyFigures.mayEnter(office.getValue());
        if (stored == null) {
            status.setText(getTranslation("figures.status.new", monthName(month.getValue())));
        } else {
            String who =
                    accounts.user(stored.updatedBy()).map(User::displayName).orElse(stored.updatedBy());
            status.setText(getTranslation(
                    "figures.status.entered",
                    monthName(month.getValue()),
                    who(stored.updatedBy()),
                    Dates.dateTime(stored.updatedAt(), getLocale())));
        }
        var grid = new Div();
        grid.addClassName("rayonne-figures-fields");
        for (KeyFigure f : figures) {
            var field = new TextField(f.label());
            field.setHelperText(getTranslation(f.kind().key()));
            field.setValue(typed.getOrDefault(f.code(), ""));
            field.setReadOnly(!writer);
            field.setClearButtonVisible(true);
            field.getElement().setAttribute("inputmode", f.kind() == KeyFigure.Kind.SCORE ? "decimal" : "numeric");
            field.setId("figure-" + f.code());
            fields.put(f.code(), field);
            grid.add(field);
        }
        form.add(grid);
        if (writer) {
            var save = new Button(
                    getTranslation("figures.save", monthName(month.getValue())),
                    VaadinIcon.CHECK.create(),
                    e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("figures-save");
            form.add(save);
        } else {
            form.add(new Paragraph(getTranslation("figures.read-only")));
        }
        showBulletinChoice();
    }

    private Map<String, String> typed() {
        Map<String, String> typed = new LinkedHashMap<>();
        fields.forEach((code, field) -> typed.put(code, field.getValue()));
        return typed;
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        Map<String, String> typed = typed();
        String officeId = office.getValue();
        YearMonth m = month.getValue();
        if (stored == null && typed.values().stream().allMatch(String::isBlank)) {
            Notifications.error(getTranslation("figures.error.nothing", monthName(m)));
            return;
        }
        try {
            if (stored == null) {
                stored = keyFigures.enter(officeId, m, typed);
            } else {
                stored = keyFigures.change(officeId, m, stored.revision(), typed);
            }
            Notifications.success(getTranslation("figures.saved", monthName(m)));
            load();
        } catch (InvalidFiguresException e) {
            e.problems().forEach((code, problem) -> {
                TextField field = fields.get(code);
                field.setErrorMessage(getTranslation(problem.key(), field.getValue()));
                field.setInvalid(true);
            });
            Notifications.error(
                    getTranslation("figures.error.some", e.problems().size()));
        } catch (MonthToComeException e) {
            Notifications.error(getTranslation("figures.error.to-come", monthName(e.month())));
        } catch (MonthAlreadyEnteredException e) {
            MonthFigures theirs = e.existing();
            stale(theirs, typed);
        } catch (StaleEditException e) {
            stale(e.current(), typed);
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("figures.error.rights"));
        }
    }

    /** Someone saved this month meanwhile: keep what this person typed until they choose. */
    private void stale(MonthFigures theirs, Map<String, String> typed) {
        new StaleEditDialog(
                        who(theirs.updatedBy()),
                        theirs.updatedAt(),
                        () -> {
                            stored = theirs;
                            save();
                        },
                        this::load)
                .open();
        fields.forEach((code, field) -> field.setValue(typed.getOrDefault(code, "")));
    }

    // ---- a figure into a bulletin

    private void showBulletinChoice() {
        toBulletin.removeAll();
        toBulletin.addClassName("rayonne-figures-bulletin");
        if (stored == null || stored.values().isEmpty()) {
            return;
        }
        List<Bulletin> drafts;
        try {
            drafts = bulletins.all().stream()
                    .filter(b ->
                            b.state() == BulletinState.DRAFT && b.officeId().equals(office.getValue()))
                    .filter(bulletins::mayWrite)
                    .toList();
        } catch (AccessDeniedException e) {
            return;
        }
        var title = new H3(getTranslation("figures.bulletin.title"));
        if (drafts.isEmpty()) {
            toBulletin.add(title, new Paragraph(getTranslation("figures.bulletin.none")));
            return;
        }
        var figure = new Select<KeyFigure>();
        figure.setLabel(getTranslation("figures.bulletin.figure"));
        figure.setItems(figures.stream()
                .filter(f -> stored.values().containsKey(f.code()))
                .toList());
        figure.setItemLabelGenerator(KeyFigure::label);
        figure.setId("figures-bulletin-figure");
        figure.setWidth("18rem");
        var issue = new Select<Bulletin>();
        issue.setLabel(getTranslation("figures.bulletin.issue"));
        issue.setItems(drafts);
        issue.setItemLabelGenerator(b -> b.name() + " · " + b.title());
        issue.setValue(drafts.get(0));
        issue.setId("figures-bulletin-issue");
        issue.setWidth("26rem");
        var add = new Button(getTranslation("figures.bulletin.add"), VaadinIcon.PLUS.create(), e -> {
            if (figure.getValue() == null) {
                figure.setInvalid(true);
                figure.setErrorMessage(getTranslation("figures.bulletin.choose"));
                return;
            }
            addToBulletin(figure.getValue(), issue.getValue());
        });
        add.setId("figures-bulletin-add");
        var row = new HorizontalLayout(figure, issue, add);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.addClassName("rayonne-toolbar");
        toBulletin.add(title, new Paragraph(getTranslation("figures.bulletin.text")), row);
    }

    private void addToBulletin(KeyFigure figure, Bulletin chosen) {
        MonthFigures month = Optional.ofNullable(stored).orElseThrow();
        Bulletin bulletin = bulletins.get(chosen.id());
        String number = FrenchNumbers.format(month.values().get(figure.code()), java.util.Locale.FRENCH)
                + (figure.kind() == KeyFigure.Kind.SCORE ? " %" : "");
        String caption = getTranslation(
                "figures.bulletin.caption",
                figure.label(),
                month.month().format(DateTimeFormatter.ofPattern("MMMM yyyy", getLocale())));
        var block = new Block.KeyFigure(UUID.randomUUID().toString(), number, caption);
        List<Section> sections = new ArrayList<>(bulletin.sections());
        if (sections.isEmpty()) {
            sections.add(new Section(
                    UUID.randomUUID().toString(), getTranslation("figures.bulletin.section"), List.of(block)));
        } else {
            Section last = sections.remove(sections.size() - 1);
            List<Block> blocks = new ArrayList<>(last.blocks());
            blocks.add(block);
            sections.add(new Section(last.id(), last.title(), blocks));
        }
        var d = bulletin.draft();
        try {
            bulletins.update(
                    bulletin.id(),
                    bulletin.revision(),
                    new Bulletin.Draft(d.name(), d.title(), d.date(), d.language(), sections));
            Notifications.success(getTranslation("figures.bulletin.added", bulletin.title()));
        } catch (StaleEditException e) {
            Notifications.error(getTranslation("figures.bulletin.stale"));
        } catch (io.rayonne.newsletter.InvalidBulletinException e) {
            Notifications.error(getTranslation("figures.bulletin.full"));
        }
    }
}
