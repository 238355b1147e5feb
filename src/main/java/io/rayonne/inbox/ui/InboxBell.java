package io.rayonne.inbox.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import io.rayonne.base.ui.Dates;
import io.rayonne.inbox.Inbox;
import io.rayonne.inbox.InboxItem;
import java.util.List;
import org.springframework.dao.DataAccessException;

/** The bell: how many notifications are unread, and the list of the latest, each opening its item. */
public class InboxBell extends Composite<Div> {

    private final Inbox inbox;
    private final Button bell = new Button(VaadinIcon.BELL_O.create());
    private final Span count = new Span();
    private final Popover popover = new Popover();
    private final Div list = new Div();

    public InboxBell(Inbox inbox) {
        this.inbox = inbox;
        getContent().addClassName("rayonne-inbox");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        count.addClassName("rayonne-inbox-count");
        count.getElement().setAttribute("aria-hidden", "true");
        getContent().add(bell, count);

        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("min(380px, 95vw)");
        popover.addClassName("rayonne-inbox-popover");
        popover.setAriaLabelledBy("rayonne-inbox-title");
        var title = new H4(getTranslation("inbox.title"));
        title.setId("rayonne-inbox-title");
        var readAll = new Button(getTranslation("inbox.read-all"), e -> {
            inbox.markAllRead();
            refresh();
        });
        readAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        readAll.addClassName("rayonne-inbox-read-all");
        var header = new Div(title);
        header.addClassName("rayonne-inbox-header");
        list.addClassName("rayonne-inbox-list");
        // Below the list: on a phone the popover is narrow, and the title keeps the whole top line.
        popover.add(header, list, readAll);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refresh();
            }
        });
        getContent().add(popover);
        addAttachListener(e -> refresh());
    }

    /** Reads the count and the list again (after each navigation). */
    public void refresh() {
        try {
            long unread = inbox.unread();
            count.setText(unread > 99 ? "99+" : String.valueOf(unread));
            count.setVisible(unread > 0);
            bell.setAriaLabel(getTranslation("inbox.bell", unread));
            bell.setTooltipText(getTranslation("inbox.bell", unread));
            if (popover.isOpened()) {
                show(inbox.mine());
            }
        } catch (DataAccessException e) {
            // The store does not answer: the page that needed it says so; the bell waits.
            count.setVisible(false);
            bell.setAriaLabel(getTranslation("inbox.title"));
        }
    }

    private void show(List<InboxItem> items) {
        list.removeAll();
        if (items.isEmpty()) {
            var empty = new Paragraph(getTranslation("inbox.empty"));
            empty.addClassName("rayonne-inbox-empty");
            list.add(empty);
            return;
        }
        for (InboxItem item : items) {
            var text = new Span(getTranslation(item.key(), item.arguments().toArray()));
            var when = new Span(Dates.dateTime(item.at(), getLocale()));
            when.addClassName("rayonne-inbox-when");
            var row = new Div(text, when);
            row.addClassName("rayonne-inbox-item");
            if (!item.read()) {
                row.addClassName("rayonne-inbox-unread");
            }
            row.getElement().setAttribute("role", "link");
            row.getElement().setAttribute("tabindex", "0");
            row.addClickListener(e -> open(item));
            row.getElement().addEventListener("keydown", e -> open(item)).setFilter("event.key === 'Enter'");
            list.add(row);
        }
    }

    private void open(InboxItem item) {
        inbox.markRead(item.id());
        popover.close();
        getUI().ifPresent(ui -> ui.navigate(item.route()));
        refresh();
    }
}
