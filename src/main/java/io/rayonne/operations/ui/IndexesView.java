package io.rayonne.operations.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.rayonne.base.IndexAdministration.IndexStatus;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.Notifications;
import io.rayonne.operations.IndexRebuilds;
import io.rayonne.operations.IndexRebuilds.Rebuild;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.Optional;

/**
 * Rayonne's search indexes: each one's health, documents and mapping version, and a rebuild that
 * people do not notice (decision 12). The progress is followed by polling while one runs.
 */
@Route("admin/index")
@RolesAllowed("ADMIN")
@Menu(title = "menu.indexes", order = 22, icon = "vaadin:database")
class IndexesView extends VerticalLayout {

    private static final int POLL_MILLIS = 500;

    private final IndexRebuilds rebuilds;
    private final AuthenticationContext authentication;
    private final Grid<IndexStatus> grid = new Grid<>();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final Div progress = new Div(progressText, progressBar);
    private Registration polling = () -> {};
    private boolean following;

    IndexesView(IndexRebuilds rebuilds, AuthenticationContext authentication) {
        this.rebuilds = rebuilds;
        this.authentication = authentication;
        addClassName("rayonne-page");
        setSizeFull();

        var intro = new Paragraph(getTranslation("operations.indexes.intro"));
        intro.addClassName("rayonne-help");
        progress.addClassNames("rayonne-banner", "rayonne-rebuild");
        progressBar.getElement().setAttribute("aria-label", getTranslation("operations.indexes.rebuild.progress"));
        progress.getElement().setAttribute("role", "status");
        progress.setVisible(false);

        grid.addColumn(s -> name(s.alias()))
                .setHeader(getTranslation("operations.indexes.column.content"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addComponentColumn(this::health)
                .setHeader(getTranslation("operations.indexes.column.health"))
                .setAutoWidth(true);
        grid.addColumn(s -> number(s.documents()))
                .setHeader(getTranslation("operations.indexes.column.documents"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(s -> String.valueOf(s.mappingVersion()))
                .setHeader(getTranslation("operations.indexes.column.version"))
                .setAutoWidth(true);
        grid.addColumn(IndexStatus::index)
                .setHeader(getTranslation("operations.indexes.column.index"))
                .setAutoWidth(true);
        grid.addComponentColumn(s -> {
                    var rebuild = new Button(getTranslation("operations.indexes.rebuild"), e -> confirm(s));
                    rebuild.setAriaLabel(getTranslation("operations.indexes.rebuild.title", name(s.alias())));
                    rebuild.setEnabled(rebuilds.latest().map(Rebuild::finished).orElse(true));
                    return rebuild;
                })
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        add(intro, progress, grid);
        refresh();
    }

    private String name(String alias) {
        return getTranslation("operations.index." + alias);
    }

    private Span health(IndexStatus status) {
        var badge = new Span(getTranslation("operations.indexes.health." + status.health()));
        badge.getElement()
                .getThemeList()
                .add(
                        switch (status.health()) {
                            case "green" -> "badge success";
                            case "yellow" -> "badge";
                            default -> "badge error";
                        });
        return badge;
    }

    private String number(long n) {
        return NumberFormat.getIntegerInstance(getLocale()).format(n);
    }

    private void confirm(IndexStatus status) {
        var dialog = new ConfirmDialog(
                getTranslation("operations.indexes.rebuild.title", name(status.alias())),
                getTranslation("operations.indexes.rebuild.confirm", number(status.documents())),
                getTranslation("operations.indexes.rebuild"),
                e -> start(status.alias()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    private void start(String alias) {
        try {
            rebuilds.start(alias, authentication.getPrincipalName().orElse(""));
        } catch (IndexRebuilds.RebuildRunningException e) {
            Notifications.error(getTranslation(
                    "operations.indexes.rebuild.busy", name(e.running().alias())));
        }
        follow();
    }

    /** Shows the rebuild under way (polling until it ends) or the outcome of the last one. */
    private void follow() {
        Optional<Rebuild> latest = rebuilds.latest();
        if (latest.isEmpty()) {
            progress.setVisible(false);
            return;
        }
        Rebuild rebuild = latest.get();
        progress.setVisible(true);
        String name = name(rebuild.alias());
        if (!rebuild.finished()) {
            long total = Math.max(rebuild.total(), 1);
            progressBar.setVisible(true);
            progressBar.setValue(Math.min(1.0, rebuild.done() / (double) total));
            progressText.setText(getTranslation(
                    "operations.indexes.rebuild.running", name, number(rebuild.done()), number(rebuild.total())));
            if (!following) {
                following = true;
                refresh();
                getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
            }
            return;
        }
        progressBar.setVisible(false);
        progressText.setText(rebuild.result()
                .map(s -> getTranslation(
                        "operations.indexes.rebuild.done",
                        name,
                        Dates.dateTime(rebuild.startedAt(), getLocale()),
                        number(s.documents()),
                        String.valueOf(s.mappingVersion()),
                        s.index()))
                .orElseGet(() -> getTranslation("operations.indexes.rebuild.failed", name)));
        progress.getElement().getThemeList().set("error", rebuild.failure().isPresent());
        if (following) {
            following = false;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
            refresh();
            rebuild.result().ifPresent(s -> Notifications.success(getTranslation("operations.indexes.rebuilt", name)));
        }
    }

    private void refresh() {
        grid.setItems(rebuilds.status().stream()
                .sorted(java.util.Comparator.comparing(s -> name(s.alias())))
                .toList());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> follow());
        follow();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
        if (following) {
            event.getUI().setPollInterval(-1);
        }
    }
}
