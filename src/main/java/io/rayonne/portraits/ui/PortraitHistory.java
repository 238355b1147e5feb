package io.rayonne.portraits.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.User;
import io.rayonne.base.ui.ChangesDialog;
import io.rayonne.base.ui.Dates;
import io.rayonne.portraits.Portrait;
import io.rayonne.portraits.PortraitChanges;
import io.rayonne.portraits.PortraitRevision;
import io.rayonne.portraits.Portraits;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Every revision of a portrait: who, when, what they did; each opens a readable word-by-word
 * comparison with the revision before it, and can be brought back.
 */
class PortraitHistory extends Details {

    private final Portraits portraits;
    private final Accounts accounts;
    private final Grid<PortraitRevision> grid = new Grid<>();
    private List<PortraitRevision> revisions = List.of();
    private boolean restorable;
    private final IntConsumer restore;

    PortraitHistory(Portraits portraits, Accounts accounts, IntConsumer restore) {
        this.portraits = portraits;
        this.accounts = accounts;
        this.restore = restore;
        setSummaryText(getTranslation("portraits.history"));
        addClassName("rayonne-portrait-history");
        setWidthFull();
        grid.addColumn(PortraitRevision::number)
                .setHeader("N°")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> Dates.dateTime(r.at(), getLocale()))
                .setHeader(getTranslation("portraits.history.when"))
                .setAutoWidth(true);
        grid.addColumn(r -> name(r.authorId())).setHeader(getTranslation("portraits.history.who"));
        grid.addColumn(this::action).setHeader(getTranslation("portraits.history.what"));
        grid.addComponentColumn(r -> {
                    var open = new Button(getTranslation("portraits.history.open"), e -> openChanges(r));
                    open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    return open;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    void show(Portrait portrait, boolean mayRestore) {
        this.restorable = mayRestore;
        revisions = portraits.revisions(portrait.id());
        grid.setItems(revisions);
        setSummaryText(getTranslation("portraits.history.count", revisions.size()));
    }

    private String action(PortraitRevision r) {
        if (r.action().startsWith("restored #")) {
            return getTranslation("portraits.action.restored", r.action().substring("restored #".length()));
        }
        return getTranslation("portraits.action." + r.action().replace(' ', '-'));
    }

    private String name(String userId) {
        return accounts.user(userId).map(User::displayName).orElse(userId);
    }

    private void openChanges(PortraitRevision revision) {
        var dialog = new ChangesDialog(getTranslation(
                "portraits.history.dialog",
                revision.number(),
                name(revision.authorId()),
                Dates.dateTime(revision.at(), getLocale())));
        PortraitRevision previous = revisions.stream()
                .filter(r -> r.number() < revision.number())
                .findFirst()
                .orElse(null);
        if (revision.note() != null && !revision.note().isBlank()) {
            var note = new Paragraph(getTranslation("portraits.note", revision.note()));
            note.addClassName("rayonne-review-note");
            dialog.add(note);
        }
        revision.fieldNotes().forEach((field, text) -> {
            var note = new Paragraph(getTranslation("portraits.field-note", getTranslation(fieldKey(field)), text));
            note.addClassName("rayonne-review-note");
            dialog.add(note);
        });
        if (previous == null) {
            dialog.add(new Paragraph(getTranslation("portraits.history.first")));
        } else {
            List<PortraitChanges.Change> changes =
                    PortraitChanges.between(previous.text(), revision.text(), getLocale());
            if (changes.isEmpty()) {
                dialog.add(new Paragraph(getTranslation("portraits.history.no-change")));
            }
            changes.forEach(change -> dialog.addChange(getTranslation(change.field()), change.segments()));
        }
        boolean latest = revision.number() == revisions.get(0).number();
        if (restorable && !latest) {
            dialog.offerRestore(
                    getTranslation("portraits.history.restore", revision.number()),
                    () -> restore.accept(revision.number()));
        }
        dialog.open();
    }

    /** The translation key of a field named in {@link Portrait#FIELDS}. */
    static String fieldKey(String field) {
        return switch (field) {
            case "favourites" -> "portraits.favourites";
            default -> "portraits.field." + field;
        };
    }
}
