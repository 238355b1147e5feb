package io.rayonne.media.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.EmptyState;
import io.rayonne.media.Photo;
import io.rayonne.media.PhotoSize;
import io.rayonne.media.Photos;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * For the communication team: photos whose consent has ended or soon ends, and where each is used,
 * so that consents are renewed (or photos withdrawn) before anything is published with them.
 */
@Route("photos/consentements")
@PageTitle("Consentements photo")
@RolesAllowed({"COMMUNICATION", "ADMIN"})
@Menu(title = "menu.consents", order = 7, icon = "vaadin:diploma")
class ConsentsView extends VerticalLayout {

    ConsentsView(Photos photos) {
        addClassName("rayonne-page");
        setWidthFull();
        var intro = new Paragraph(getTranslation("media.consents.intro"));
        intro.addClassName("rayonne-help");
        List<Photos.ConsentToRenew> list = photos.consentsToRenew();
        if (list.isEmpty()) {
            add(new EmptyState(
                    VaadinIcon.DIPLOMA,
                    getTranslation("media.consents.empty.title"),
                    getTranslation("media.consents.empty.text")));
            return;
        }
        var grid = new Grid<Photos.ConsentToRenew>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(item -> thumbnail(photos, item.photo()))
                .setHeader(getTranslation("media.consents.column.photo"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::photo).setHeader(getTranslation("media.consents.column.file"));
        grid.addColumn(item -> item.photo().consent().consentedBy())
                .setHeader(getTranslation("media.consents.column.who"));
        grid.addComponentColumn(this::state).setHeader(getTranslation("media.consents.column.until"));
        grid.addComponentColumn(this::usages).setHeader(getTranslation("media.consents.column.used-in"));
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        add(intro, grid);
    }

    private Component thumbnail(Photos photos, Photo photo) {
        var image = new Image(
                DownloadHandler.forFile(photos.file(photo, PhotoSize.THUMBNAIL).toFile()), photo.fileName());
        image.addClassName("rayonne-photo-thumbnail-small");
        return image;
    }

    private Component photo(Photos.ConsentToRenew item) {
        var name = new Span(item.photo().fileName());
        name.addClassName("rayonne-photo-name");
        return new Div(
                name, new Span(getTranslation("media.card.credit", item.photo().credit())));
    }

    private Component state(Photos.ConsentToRenew item) {
        String date = Dates.date(item.photo().consent().until(), getLocale());
        var badge = new Span(getTranslation(item.expired() ? "media.consents.expired" : "media.consents.ending", date));
        badge.getElement().getThemeList().add(item.expired() ? "badge error" : "badge contrast");
        return badge;
    }

    private Component usages(Photos.ConsentToRenew item) {
        if (item.usages().isEmpty()) {
            return new Span(getTranslation("media.consents.unused"));
        }
        var where = new Div();
        where.addClassName("rayonne-photo-usages");
        item.usages().forEach(u -> where.add(new Anchor(u.route(), u.title())));
        return where;
    }
}
