package io.rayonne.newsletter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.User;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.EmptyState;
import io.rayonne.base.ui.Notifications;
import io.rayonne.base.ui.PendingId;
import io.rayonne.newsletter.Bulletin;
import io.rayonne.newsletter.BulletinState;
import io.rayonne.newsletter.BulletinTemplate;
import io.rayonne.newsletter.Bulletins;
import io.rayonne.newsletter.Campaign;
import io.rayonne.newsletter.Campaigns;
import io.rayonne.newsletter.InvalidBulletinException;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;

/** The issues of the office's bulletins and its network's, newest first; a new issue from a template. */
@Route(BulletinsView.ROUTE)
@RolesAllowed({"COMMUNICATION", "ADMIN"})
@Menu(title = "menu.bulletins", order = 14, icon = "vaadin:envelope-open-o")
class BulletinsView extends VerticalLayout {

    static final String ROUTE = "numeros";

    private final Bulletins bulletins;
    private final Campaigns campaigns;
    private final User user;
    private final Clock clock;

    BulletinsView(Bulletins bulletins, Campaigns campaigns, CurrentUser currentUser, Clock clock) {
        this.bulletins = bulletins;
        this.campaigns = campaigns;
        this.user = currentUser.require();
        this.clock = clock;
        addClassName("rayonne-page");
        setWidthFull();

        var create = new Button(getTranslation("newsletter.new"), VaadinIcon.PLUS.create(), e -> askNew());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("bulletin-new");
        var head = new HorizontalLayout(new H2(getTranslation("newsletter.title")), create);
        head.setWidthFull();
        head.setAlignItems(Alignment.BASELINE);
        head.setJustifyContentMode(JustifyContentMode.BETWEEN);
        add(head);

        List<Bulletin> all;
        try {
            all = bulletins.all();
        } catch (DataAccessException e) {
            Notifications.storeError(e, getTranslation("newsletter.error.storage"));
            return;
        }
        if (all.isEmpty()) {
            add(new EmptyState(
                    VaadinIcon.ENVELOPE_OPEN_O,
                    getTranslation("newsletter.empty.title"),
                    getTranslation("newsletter.empty.text"),
                    new Button(getTranslation("newsletter.new"), VaadinIcon.PLUS.create(), e -> askNew())));
            return;
        }
        Map<String, Campaign> sent = all.stream()
                .map(b -> campaigns.of(b.id()))
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(Campaign::bulletinId, c -> c));
        var grid = new Grid<Bulletin>();
        grid.setId("bulletins");
        grid.addColumn(Bulletin::title)
                .setHeader(getTranslation("newsletter.field.title"))
                .setFlexGrow(3);
        grid.addColumn(Bulletin::name)
                .setHeader(getTranslation("newsletter.field.name"))
                .setFlexGrow(2);
        grid.addColumn(b -> Dates.date(b.date(), getLocale()))
                .setHeader(getTranslation("newsletter.field.date"))
                .setAutoWidth(true);
        grid.addColumn(b -> bulletins.officeName(b.officeId())).setHeader(getTranslation("newsletter.field.office"));
        grid.addComponentColumn(b -> state(b, sent.get(b.id())))
                .setHeader(getTranslation("newsletter.field.state"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> open(e.getItem().id()));
        add(grid);
    }

    private Span state(Bulletin b, Campaign campaign) {
        String text;
        String theme;
        if (campaign != null) {
            text = getTranslation(campaign.state().key());
            theme = switch (campaign.state()) {
                case SENT -> "badge success";
                case SENDING, SCHEDULED -> "badge";
                case PAUSED -> "badge contrast";
                case CANCELLED -> "badge error";
            };
        } else {
            text = getTranslation(b.state().key());
            theme = b.state() == BulletinState.DRAFT ? "badge contrast" : "badge";
        }
        var badge = new Span(text);
        badge.getElement().setAttribute("theme", theme);
        return badge;
    }

    private void open(String id) {
        getUI().ifPresent(ui ->
                ui.navigate(BulletinEditorView.class, new com.vaadin.flow.router.RouteParameters("bulletinId", id)));
    }

    private void askNew() {
        var dialog = new Dialog(getTranslation("newsletter.new"));
        var template = new RadioButtonGroup<BulletinTemplate>(getTranslation("newsletter.field.template"));
        template.setItems(BulletinTemplate.values());
        template.setItemLabelGenerator(t -> getTranslation(t.key()));
        template.setValue(BulletinTemplate.MONTHLY);
        var name = new TextField(getTranslation("newsletter.field.name"));
        name.setHelperText(getTranslation("newsletter.field.name.help"));
        name.setMaxLength(Bulletin.NAME_MAX);
        template.addValueChangeListener(e -> name.setValue(getTranslation(
                e.getValue() == BulletinTemplate.ZOOM ? "newsletter.name.zoom" : "newsletter.name.monthly")));
        name.setValue(getTranslation("newsletter.name.monthly"));
        var title = new TextField(getTranslation("newsletter.field.title"));
        title.setMaxLength(Bulletin.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        var date = Dates.picker(getTranslation("newsletter.field.date"), getLocale());
        date.setValue(LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))));
        var language = new Select<String>();
        language.setLabel(getTranslation("newsletter.field.language"));
        language.setItems("fr", "en", "de", "nl");
        language.setItemLabelGenerator(l -> io.rayonne.base.Languages.name(l, getLocale()));
        language.setValue("fr");
        var form = new FormLayout(template, name, title, date, language);
        form.setColspan(template, 2);
        form.setWidth("min(36rem, 85vw)");
        dialog.add(form);
        // The new issue's id, from the first try until one is answered (decision 13).
        var newId = new PendingId();
        var save = new Button(getTranslation("newsletter.create"), e -> {
            try {
                var draft = new Bulletin.Draft(
                        name.getValue(), title.getValue(), date.getValue(), language.getValue(), List.of());
                Bulletin created = bulletins.create(
                        newId.get(() -> bulletins.newId(draft)), user.officeId(), template.getValue(), draft);
                newId.answered();
                dialog.close();
                open(created.id());
            } catch (InvalidBulletinException ex) {
                title.setErrorMessage(ex.problems().stream()
                        .map(p -> getTranslation(p.key(), p.arguments().toArray()))
                        .collect(Collectors.joining(" ")));
                title.setInvalid(true);
            } catch (DataAccessException ex) {
                Notifications.storeError(ex, getTranslation("newsletter.error.storage"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
        title.focus();
    }
}
