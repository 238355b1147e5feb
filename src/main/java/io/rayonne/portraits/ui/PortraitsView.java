package io.rayonne.portraits.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.EmptyState;
import io.rayonne.portraits.Portrait;
import io.rayonne.portraits.PortraitSeries;
import io.rayonne.portraits.PortraitStatus;
import io.rayonne.portraits.Portraits;
import io.rayonne.portraits.Series;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A guide's own portraits; for the team, the portraits waiting for review, then all of them.
 */
@Route("portraits")
@RolesAllowed({"GUIDE", "COMMUNICATION", "PRESS", "ADMIN"})
@Menu(title = "menu.portraits", order = 6, icon = "vaadin:user-card")
class PortraitsView extends VerticalLayout {

    /** Up to this many portraits, a grid shows them all without scrolling. */
    private static final int SHOWN_WHOLE = 10;

    PortraitsView(Portraits portraits, Series series) {
        addClassName("rayonne-page");
        setWidthFull();
        List<Portrait> mine = portraits.mine();
        if (!portraits.seesAll()) {
            var write = new Button(getTranslation("portraits.new"), VaadinIcon.PLUS.create(), e -> getUI().ifPresent(
                            ui -> ui.navigate("portraits/" + PortraitEditorView.NEW)));
            write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (mine.isEmpty()) {
                // The empty state carries the one way forward.
                add(
                        new H3(getTranslation("portraits.mine")),
                        new EmptyState(
                                VaadinIcon.USER_CARD,
                                getTranslation("portraits.empty.title"),
                                getTranslation("portraits.empty.text"),
                                write));
                return;
            }
            var toolbar = new HorizontalLayout(new H3(getTranslation("portraits.mine")), write);
            toolbar.setWidthFull();
            toolbar.setAlignItems(Alignment.CENTER);
            toolbar.setJustifyContentMode(JustifyContentMode.BETWEEN);
            add(toolbar);
            mine.forEach(p -> add(card(p)));
            return;
        }
        if (portraits.canReview()) {
            add(new H3(getTranslation("portraits.queue")));
            List<Portrait> queue = portraits.reviewQueue();
            if (queue.isEmpty()) {
                add(new Paragraph(getTranslation("portraits.queue.empty")));
            } else {
                add(grid(queue, "portraits-queue"));
            }
            add(seriesSection(series));
        }
        add(new H3(getTranslation("portraits.all")));
        add(grid(portraits.all(), "portraits-all"));
    }

    /**
     * Portraits in a grid that opens each on click; long lists scroll inside the grid, which loads
     * only the rows on screen (a queue of a thousand portraits stays quick).
     */
    private Grid<Portrait> grid(List<Portrait> items, String id) {
        var grid = new Grid<Portrait>();
        grid.setId(id);
        grid.addColumn(p -> p.text().displayName())
                .setHeader(getTranslation("portraits.column.name"))
                .setFlexGrow(2);
        grid.addColumn(p -> p.text().speciality())
                .setHeader(getTranslation("portraits.column.speciality"))
                .setFlexGrow(3);
        grid.addComponentColumn(PortraitsView::badge)
                .setHeader(getTranslation("portraits.column.status"))
                .setAutoWidth(true);
        grid.addColumn(p -> Dates.date(p.updatedAt(), getLocale()))
                .setHeader(getTranslation("portraits.column.updated"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        if (items.size() <= SHOWN_WHOLE) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("28rem");
        }
        grid.setItems(items);
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("portraits/" + e.getItem().id())));
        return grid;
    }

    /** The series of portraits, each opening its plan, and the way to start one. */
    private Component seriesSection(Series series) {
        var create = new Button(getTranslation("series.new"), VaadinIcon.PLUS.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate("portraits/series/" + SeriesEditorView.NEW)));
        create.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var head = new HorizontalLayout(new H3(getTranslation("series.title")), create);
        head.setWidthFull();
        head.setAlignItems(Alignment.CENTER);
        head.setJustifyContentMode(JustifyContentMode.BETWEEN);
        var section = new VerticalLayout(head);
        section.setPadding(false);
        List<PortraitSeries> all = series.all();
        if (all.isEmpty()) {
            var empty = new Paragraph(getTranslation("series.empty"));
            empty.addClassName("rayonne-help");
            section.add(empty);
        }
        for (PortraitSeries s : all) {
            var title = new Span(s.plan().name());
            title.addClassName("rayonne-portrait-name");
            var badge = new Span(getTranslation(s.scheduled() ? "series.state.scheduled" : "series.state.plan"));
            badge.getElement().getThemeList().add(s.scheduled() ? "badge success" : "badge contrast");
            var line = new HorizontalLayout(title, badge);
            line.setAlignItems(Alignment.CENTER);
            var card = new Div(
                    line,
                    new Paragraph(getTranslation(
                            "series.summary",
                            s.plan().portraitIds().size(),
                            Dates.date(s.plan().start(), getLocale()),
                            s.plan().everyDays())));
            card.addClassName("rayonne-result");
            card.addClassName("rayonne-portrait-card");
            card.getElement().setAttribute("role", "link");
            card.getElement().setAttribute("tabindex", "0");
            card.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("portraits/series/" + s.id())));
            section.add(card);
        }
        return section;
    }

    private Component card(Portrait p) {
        var name = new Span(p.text().displayName());
        name.addClassName("rayonne-portrait-name");
        var head = new HorizontalLayout(name, badge(p));
        head.setAlignItems(Alignment.CENTER);
        var card = new Div(head, new Paragraph(p.text().speciality()));
        if (p.status() == PortraitStatus.CHANGES_REQUESTED && p.reviewNote() != null) {
            var note = new Paragraph(getTranslation("portraits.note", p.reviewNote()));
            note.addClassName("rayonne-review-note");
            card.add(note);
        }
        card.addClassName("rayonne-result");
        card.addClassName("rayonne-portrait-card");
        card.getElement().setAttribute("role", "link");
        card.getElement().setAttribute("tabindex", "0");
        card.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("portraits/" + p.id())));
        return card;
    }

    static Span badge(Portrait p) {
        var badge = new Span(badgeText(p));
        badge.getElement()
                .getThemeList()
                .add(
                        switch (p.status()) {
                            case APPROVED, SCHEDULED, PUBLISHED -> "badge success";
                            case CHANGES_REQUESTED -> "badge error";
                            case SUBMITTED -> "badge";
                            default -> "badge contrast";
                        });
        return badge;
    }

    private static String badgeText(Portrait p) {
        return com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .getTranslation("status." + p.status().name().toLowerCase(java.util.Locale.ROOT));
    }
}
