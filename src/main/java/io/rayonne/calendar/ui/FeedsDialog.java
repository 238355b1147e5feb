package io.rayonne.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.rayonne.base.ui.AppAddress;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.Notifications;
import io.rayonne.calendar.CalendarFeed;
import io.rayonne.calendar.CalendarFeeds;
import io.rayonne.calendar.InvalidPostException;
import java.util.Collection;
import org.springframework.dao.DataAccessException;

/** The person's private iCal links: make one (office, theme, own posts), copy it, revoke it. */
class FeedsDialog extends Dialog {

    private final CalendarFeeds feeds;
    private final Div list = new Div();

    FeedsDialog(CalendarFeeds feeds, Collection<String> themes) {
        this.feeds = feeds;
        setHeaderTitle(getTranslation("calendar.feeds.title"));
        setWidth("min(46rem, 96vw)");
        addClassName("rayonne-feeds");

        var help = new Paragraph(getTranslation("calendar.feeds.help"));
        help.addClassName("rayonne-help");
        var kind = new Select<CalendarFeed.Kind>();
        kind.setLabel(getTranslation("calendar.feeds.kind"));
        kind.setItems(CalendarFeed.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.key()));
        kind.setValue(CalendarFeed.Kind.OFFICE);
        kind.setWidth("19rem");
        var theme = new ComboBox<String>(getTranslation("calendar.feeds.theme"));
        theme.setItems(themes);
        theme.setAllowCustomValue(true);
        theme.addCustomValueSetListener(e -> theme.setValue(e.getDetail()));
        theme.setVisible(false);
        kind.addValueChangeListener(e -> theme.setVisible(e.getValue() == CalendarFeed.Kind.THEME));
        var create = new Button(getTranslation("calendar.feeds.create"), VaadinIcon.PLUS.create(), e -> {
            try {
                feeds.create(kind.getValue(), theme.getValue());
                theme.setInvalid(false);
                Notifications.success(getTranslation("calendar.feeds.created"));
                showList();
            } catch (InvalidPostException ex) {
                theme.setErrorMessage(getTranslation(ex.problems().get(0).key()));
                theme.setInvalid(true);
            } catch (DataAccessException ex) {
                Notifications.storeError(ex, getTranslation("calendar.error.storage"));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(kind, theme, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        list.addClassName("rayonne-feed-list");
        add(help, form, list);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
        showList();
    }

    private void showList() {
        list.removeAll();
        var mine = feeds.mine();
        if (mine.isEmpty()) {
            var empty = new Paragraph(getTranslation("calendar.feeds.empty"));
            empty.addClassName("rayonne-help");
            list.add(empty);
            return;
        }
        String base = AppAddress.base();
        for (CalendarFeed feed : mine) {
            String label = getTranslation(feed.kind().key()) + (feed.theme() == null ? "" : " · " + feed.theme());
            var link = new TextField(label);
            link.setValue(base + feed.path());
            link.setReadOnly(true);
            link.setWidthFull();
            link.addClassName("rayonne-feed-link");
            var row = new HorizontalLayout(link);
            row.setWidthFull();
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.addClassName("rayonne-feed");
            if (feed.active()) {
                var copy = new Button(getTranslation("calendar.feeds.copy"), VaadinIcon.COPY.create(), e -> {
                    link.getElement()
                            .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", link.getValue());
                    Notifications.success(getTranslation("calendar.feeds.copied"));
                });
                var revoke = new Button(getTranslation("calendar.feeds.revoke"), e -> {
                    feeds.revoke(feed.id());
                    Notifications.success(getTranslation("calendar.feeds.revoked"));
                    showList();
                });
                revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                row.add(copy, revoke);
            } else {
                link.setEnabled(false);
                var revoked = new Span(
                        getTranslation("calendar.feeds.revoked-on", Dates.dateTime(feed.revokedAt(), getLocale())));
                revoked.addClassName("rayonne-help");
                row.add(revoked);
            }
            list.add(row);
        }
    }
}
