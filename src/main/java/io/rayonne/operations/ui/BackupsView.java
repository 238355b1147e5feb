package io.rayonne.operations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.EmptyState;
import io.rayonne.base.ui.Notifications;
import io.rayonne.operations.Backups;
import io.rayonne.operations.Backups.Backup;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The backups: when the next one runs, those kept, one now, and how to restore on a new machine. */
@Route("admin/sauvegardes")
@RolesAllowed("ADMIN")
@Menu(title = "menu.backups", order = 24, icon = "vaadin:archive")
class BackupsView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(BackupsView.class);

    private final Backups backups;
    private final Grid<Backup> grid = new Grid<>();
    private final EmptyState empty;
    private final Div unavailable = new Div();

    BackupsView(Backups backups) {
        this.backups = backups;
        addClassName("rayonne-page");
        setSizeFull();

        var settings = backups.settings();
        var intro = new Paragraph(getTranslation(
                "-".equals(settings.cron()) ? "backups.intro.manual" : "backups.intro",
                settings.keep(),
                settings.directory().toAbsolutePath().normalize().toString()));
        intro.addClassName("rayonne-help");
        var now = new Button(getTranslation("backups.now"), VaadinIcon.ARCHIVE.create(), e -> takeNow());
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        now.setDisableOnClick(true);
        now.addClickListener(e -> now.setEnabled(true));

        unavailable.addClassName("rayonne-banner");
        unavailable.setVisible(false);

        grid.addColumn(b -> Dates.dateTime(b.at(), getLocale()))
                .setHeader(getTranslation("backups.column.at"))
                .setAutoWidth(true);
        grid.addColumn(Backup::name)
                .setHeader(getTranslation("backups.column.name"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::state)
                .setHeader(getTranslation("backups.column.state"))
                .setAutoWidth(true);
        grid.addColumn(b -> String.valueOf(b.indices()))
                .setHeader(getTranslation("backups.column.indices"))
                .setAutoWidth(true);
        grid.addColumn(b -> b.mediaFiles() < 0 ? getTranslation("backups.files.none") : String.valueOf(b.mediaFiles()))
                .setHeader(getTranslation("backups.column.files"))
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // At most the kept backups: all of them show, and the restore help stays in sight.
        grid.setAllRowsVisible(true);
        empty = new EmptyState(
                VaadinIcon.ARCHIVE, getTranslation("backups.empty.title"), getTranslation("backups.empty.text"));

        add(intro, now, unavailable, grid, empty, restoreHelp());
        refresh();
    }

    private Span state(Backup backup) {
        var badge = new Span(getTranslation(backup.complete() ? "backups.state.complete" : "backups.state.incomplete"));
        badge.getElement().getThemeList().add(backup.complete() ? "badge success" : "badge error");
        if (!backup.failure().isEmpty()) {
            badge.setTitle(backup.failure());
        }
        return badge;
    }

    private Details restoreHelp() {
        var steps = new OrderedList(
                new ListItem(getTranslation("backups.restore.step1")),
                new ListItem(getTranslation("backups.restore.step2")),
                new ListItem(getTranslation("backups.restore.step3")));
        var details = new Details(getTranslation("backups.restore.title"), steps);
        details.addClassName("rayonne-restore-help");
        return details;
    }

    private void takeNow() {
        try {
            Backup backup = backups.takeNow();
            if (backup.complete()) {
                Notifications.success(
                        getTranslation("backups.done", backup.name(), backup.indices(), backup.mediaFiles()));
            } else {
                Notifications.error(getTranslation("backups.partial", backup.name(), backup.failure()));
            }
        } catch (RuntimeException e) {
            log.error("Backup failed", e);
            Notifications.error(getTranslation("backups.failed"));
        }
        refresh();
    }

    private void refresh() {
        List<Backup> all;
        try {
            all = backups.list();
            unavailable.setVisible(false);
        } catch (RuntimeException e) {
            log.error("Backups cannot be listed", e);
            unavailable.removeAll();
            unavailable.add(VaadinIcon.WARNING.create(), new Span(getTranslation("backups.unavailable")));
            unavailable.setVisible(true);
            all = List.of();
        }
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty() && !unavailable.isVisible());
    }
}
