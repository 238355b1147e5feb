package io.rayonne.operations.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.rayonne.base.PersonalData;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.EmptyState;
import io.rayonne.base.ui.Notifications;
import io.rayonne.operations.PersonalDataRequests;
import io.rayonne.operations.PersonalDataRequests.Report;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A person asks what Rayonne holds on them, or to be forgotten: found by their address, given as
 * JSON, erased (decision 12).
 */
@Route("admin/donnees-personnelles")
@RolesAllowed("ADMIN")
@Menu(title = "menu.personal-data", order = 25, icon = "vaadin:user-check")
class PersonalDataView extends VerticalLayout {

    private final PersonalDataRequests requests;
    private final EmailField email = new EmailField();
    private final Paragraph summary = new Paragraph();
    private final Grid<PersonalData.Held> grid = new Grid<>();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final EmptyState nothing;
    private final Details retention = new Details();
    private Report report;

    PersonalDataView(PersonalDataRequests requests) {
        this.requests = requests;
        addClassName("rayonne-page");
        setSizeFull();

        var intro = new Paragraph(getTranslation("personal-data.intro"));
        intro.addClassName("rayonne-help");
        email.setLabel(getTranslation("personal-data.email"));
        email.setPlaceholder("prenom.nom@exemple.fr");
        email.setErrorMessage(getTranslation("personal-data.email.invalid"));
        email.setMinWidth("22rem");
        email.addKeyPressListener(Key.ENTER, e -> search());
        var find = new Button(getTranslation("personal-data.find"), VaadinIcon.SEARCH.create(), e -> search());
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(email, find);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addColumn(h -> getTranslation("personal-data.kind." + h.kind()))
                .setHeader(getTranslation("personal-data.column.kind"))
                .setAutoWidth(true);
        grid.addColumn(PersonalData.Held::label)
                .setHeader(getTranslation("personal-data.column.label"))
                .setFlexGrow(2);
        grid.addColumn(PersonalData.Held::id)
                .setHeader(getTranslation("personal-data.column.id"))
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        nothing = new EmptyState(
                VaadinIcon.USER_CHECK,
                getTranslation("personal-data.nothing.title"),
                getTranslation("personal-data.nothing.text"));

        add(intro, retention, form, summary, actions, grid, nothing);
        show(null);
        showRetention();
    }

    /** Who the retention rule says to erase, and the button that does it. */
    private void showRetention() {
        List<PersonalDataRequests.Inactive> due = requests.inactive();
        int years = requests.settings().inactiveAfter().getYears();
        retention.setSummaryText(getTranslation("personal-data.retention.title", due.size()));
        var rule = new Paragraph(getTranslation(
                "personal-data.retention.rule", getTranslation("personal-data.years", Math.max(years, 1))));
        rule.addClassName("rayonne-help");
        var content = new VerticalLayout(rule);
        content.setPadding(false);
        if (due.isEmpty()) {
            content.add(new Paragraph(getTranslation("personal-data.retention.empty")));
        } else {
            var list = new Grid<PersonalDataRequests.Inactive>();
            list.addColumn(PersonalDataRequests.Inactive::email)
                    .setHeader(getTranslation("personal-data.retention.column.email"))
                    .setFlexGrow(2);
            list.addColumn(i -> i.held().stream()
                            .map(h -> getTranslation("personal-data.kind." + h.kind()) + " : " + h.label())
                            .collect(Collectors.joining(" · ")))
                    .setHeader(getTranslation("personal-data.retention.column.what"))
                    .setFlexGrow(3);
            list.addColumn(i -> Dates.date(i.lastActivity(), getLocale()))
                    .setHeader(getTranslation("personal-data.retention.column.last"))
                    .setAutoWidth(true);
            list.setItems(due);
            list.setAllRowsVisible(true);
            list.addThemeVariants(GridVariant.LUMO_COMPACT);
            var apply = new Button(getTranslation("personal-data.retention.apply"), VaadinIcon.TRASH.create(), e -> {
                var dialog = new ConfirmDialog(
                        getTranslation("personal-data.retention.apply"),
                        getTranslation("personal-data.retention.confirm", due.size()),
                        getTranslation("personal-data.retention.apply"),
                        confirmed -> {
                            Notifications.success(
                                    getTranslation("personal-data.retention.done", requests.eraseInactive()));
                            showRetention();
                        });
                dialog.setConfirmButtonTheme("error primary");
                dialog.setCancelable(true);
                dialog.setCancelText(getTranslation("common.cancel"));
                dialog.open();
            });
            apply.addThemeVariants(ButtonVariant.LUMO_ERROR);
            content.add(list, apply);
        }
        retention.setContent(content);
    }

    private void search() {
        if (email.getValue().isBlank() || email.isInvalid()) {
            email.setInvalid(true);
            return;
        }
        show(requests.find(email.getValue()));
    }

    private void show(Report found) {
        report = found;
        boolean any = found != null && !found.isEmpty();
        summary.setVisible(found != null);
        grid.setVisible(any);
        actions.setVisible(any);
        nothing.setVisible(found != null && !any);
        if (found == null) {
            return;
        }
        Map<String, Long> byKind = found.held().stream()
                .collect(Collectors.groupingBy(PersonalData.Held::kind, TreeMap::new, Collectors.counting()));
        summary.setText(getTranslation(
                "personal-data.summary",
                found.email(),
                byKind.entrySet().stream()
                        .map(e -> e.getValue() + " × " + getTranslation("personal-data.kind." + e.getKey()))
                        .collect(Collectors.joining(" · ")),
                found.actions().size()));
        grid.setItems(found.held());
        actions.removeAll();
        String address = found.email();
        var export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = requests.export(address);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "donnees-" + address.replaceAll("[^A-Za-z0-9.@_-]", "_") + ".json",
                            "application/json;charset=utf-8",
                            bytes.length);
                }),
                getTranslation("personal-data.export"));
        export.getElement().setAttribute("download", true);
        export.addClassName("rayonne-button-link");
        var erase =
                new Button(getTranslation("personal-data.erase"), VaadinIcon.TRASH.create(), e -> confirmErase(found));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(export, erase);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
    }

    private void confirmErase(Report found) {
        var dialog = new ConfirmDialog(
                getTranslation("personal-data.erase.title", found.email()),
                getTranslation("personal-data.erase.confirm", found.held().size()),
                getTranslation("personal-data.erase"),
                e -> {
                    int erased = requests.erase(found.email());
                    Notifications.success(getTranslation("personal-data.erased", found.email(), erased));
                    show(requests.find(found.email()));
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }
}
