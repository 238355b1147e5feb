package io.rayonne.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.rayonne.base.Languages;
import io.rayonne.base.ui.ChangesDialog;
import io.rayonne.base.ui.Dates;
import io.rayonne.calendar.PostChanges;
import io.rayonne.calendar.PostHistory;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Every saved version of a post: who, when, which step; each opens what changed since the version
 * before, word by word, and an earlier one can be brought back.
 */
class PostHistoryPanel extends VerticalLayout {

    private final Grid<PostHistory> grid = new Grid<>();
    private final Function<String, String> names;
    private final IntConsumer restore;
    private List<PostHistory> versions = List.of();
    private boolean restorable;

    PostHistoryPanel(Function<String, String> names, IntConsumer restore) {
        this.names = names;
        this.restore = restore;
        setPadding(false);
        addClassName("rayonne-post-history");
        grid.addColumn(PostHistory::version).setHeader("N°").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> Dates.dateTime(h.at(), getLocale()))
                .setHeader(getTranslation("calendar.history.when"))
                .setAutoWidth(true);
        grid.addColumn(h -> names.apply(h.authorId())).setHeader(getTranslation("calendar.history.who"));
        grid.addColumn(this::what).setHeader(getTranslation("calendar.history.what"));
        grid.addComponentColumn(h -> {
                    var open = new Button(getTranslation("calendar.history.open"), e -> openChanges(h));
                    open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    return open;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("post-history");
        add(grid);
    }

    /** The versions, latest first; {@code mayRestore} when the person may bring one back. */
    void show(List<PostHistory> latestFirst, boolean mayRestore) {
        versions = latestFirst;
        restorable = mayRestore;
        grid.setItems(versions);
    }

    private String what(PostHistory h) {
        String action = getTranslation("calendar.history.action." + h.action());
        if (h.action().equals("restored") && h.note() != null) {
            return getTranslation("calendar.history.restored", h.note());
        }
        return h.note() == null || h.note().isBlank() || h.action().equals("publish")
                ? action
                : action + " — " + h.note();
    }

    private void openChanges(PostHistory version) {
        var dialog = new ChangesDialog(getTranslation(
                "calendar.history.dialog",
                version.version(),
                names.apply(version.authorId()),
                Dates.dateTime(version.at(), getLocale())));
        PostHistory previous = versions.stream()
                .filter(h -> h.version() < version.version())
                .findFirst()
                .orElse(null);
        if (previous == null) {
            dialog.add(new Paragraph(getTranslation("calendar.history.first")));
        } else {
            List<PostChanges.Change> changes = PostChanges.between(previous, version);
            if (changes.isEmpty()) {
                dialog.add(new Paragraph(getTranslation("calendar.history.no-change")));
            }
            changes.forEach(change -> dialog.addChange(label(change), change.segments()));
        }
        boolean latest =
                !versions.isEmpty() && version.version() == versions.get(0).version();
        if (restorable && !latest) {
            dialog.offerRestore(
                    getTranslation("calendar.history.restore", version.version()),
                    () -> restore.accept(version.version()));
        }
        dialog.open();
    }

    private String label(PostChanges.Change change) {
        if (change.channel() != null) {
            return getTranslation(
                    change.field(), getTranslation(change.channel().key()));
        }
        if (change.language() != null) {
            return getTranslation(change.field(), Languages.name(change.language(), getLocale()));
        }
        return getTranslation(change.field());
    }
}
