package io.rayonne.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.EmptyState;
import io.rayonne.base.ui.Notifications;
import io.rayonne.mail.Delivery;
import io.rayonne.mail.internal.MailAdministration;
import jakarta.annotation.security.RolesAllowed;

/**
 * The administrator's view of email: whether Mailjet is configured, every message with a faithful
 * preview, the addresses Rayonne no longer writes to, and a test message.
 */
@Route("admin/emails")
@RolesAllowed("ADMIN")
@Menu(title = "menu.mail", order = 21, icon = "vaadin:envelopes-o")
class MailView extends VerticalLayout {

    private final MailAdministration mail;
    private final AuthenticationContext authentication;
    private final Grid<MailAdministration.Message> messages = new Grid<>();
    private final Grid<MailAdministration.Blocked> blocked = new Grid<>();
    private final EmptyState noMessages;
    private final EmptyState noBlocked;

    MailView(MailAdministration mail, AuthenticationContext authentication) {
        this.mail = mail;
        this.authentication = authentication;
        addClassName("rayonne-page");
        setSizeFull();

        if (!mail.mailjetConfigured()) {
            var banner = new Div(VaadinIcon.INFO_CIRCLE.create(), new Span(getTranslation("mail.outbox.banner")));
            banner.addClassName("rayonne-banner");
            add(banner);
        }

        var address = new EmailField(getTranslation("mail.test.address"));
        address.setPlaceholder("prenom.nom@exemple.fr");
        address.setErrorMessage(getTranslation("mail.test.invalid"));
        address.setMinWidth("20rem");
        var send = new Button(getTranslation("mail.test.send"), VaadinIcon.PAPERPLANE.create(), e -> {
            if (address.getValue().isBlank() || address.isInvalid()) {
                address.setInvalid(true);
                return;
            }
            Delivery d = mail.sendTest(
                    address.getValue(), authentication.getPrincipalName().orElse(""));
            String status = getTranslation("mail.status." + d.status().name());
            if (d.status() == Delivery.Status.REFUSED || d.status() == Delivery.Status.SENDER_REFUSED) {
                Notifications.error(getTranslation("mail.test.refused", d.reason()));
            } else {
                Notifications.success(getTranslation("mail.test.done", status));
            }
            refresh();
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var test = new HorizontalLayout(address, send);
        test.setAlignItems(Alignment.BASELINE);

        messages.addColumn(m -> Dates.dateTime(m.createdAt(), getLocale()))
                .setHeader(getTranslation("mail.column.date"))
                .setAutoWidth(true);
        messages.addColumn(m -> String.join(", ", m.to())
                        + (m.cc().isEmpty() ? "" : " · " + getTranslation("mail.cc", String.join(", ", m.cc()))))
                .setHeader(getTranslation("mail.column.to"))
                .setFlexGrow(2);
        messages.addColumn(MailAdministration.Message::subject)
                .setHeader(getTranslation("mail.column.subject"))
                .setFlexGrow(3);
        messages.addComponentColumn(m -> {
                    var badge = new Span(getTranslation("mail.status." + m.status()));
                    badge.getElement()
                            .getThemeList()
                            .add("badge " + ("REFUSED".equals(m.status()) ? "error" : "contrast"));
                    return badge;
                })
                .setHeader(getTranslation("mail.column.status"))
                .setAutoWidth(true);
        messages.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        messages.addItemClickListener(e -> preview(e.getItem()));
        messages.setSizeFull();
        noMessages = new EmptyState(
                VaadinIcon.ENVELOPES_O,
                getTranslation("mail.messages.empty.title"),
                getTranslation("mail.messages.empty.text"));

        blocked.addColumn(MailAdministration.Blocked::email)
                .setHeader(getTranslation("mail.column.address"))
                .setFlexGrow(2);
        blocked.addColumn(MailAdministration.Blocked::cause)
                .setHeader(getTranslation("mail.column.cause"))
                .setFlexGrow(2);
        blocked.addColumn(b -> Dates.dateTime(b.since(), getLocale()))
                .setHeader(getTranslation("mail.column.since"))
                .setAutoWidth(true);
        blocked.addComponentColumn(b -> {
                    var lift = new Button(getTranslation("mail.lift"), e -> lift(b));
                    lift.setAriaLabel(getTranslation("mail.lift.title", b.email()));
                    return lift;
                })
                .setAutoWidth(true);
        blocked.setSizeFull();
        noBlocked = new EmptyState(
                VaadinIcon.CHECK_CIRCLE_O,
                getTranslation("mail.blocked.empty.title"),
                getTranslation("mail.blocked.empty.text"));

        var tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("mail.tab.messages"), new VerticalLayout(messages, noMessages));
        tabs.add(getTranslation("mail.tab.blocked"), new VerticalLayout(blocked, noBlocked));
        add(new H3(getTranslation("mail.test.title")), test, tabs);
        setFlexGrow(1, tabs);
        refresh();
    }

    private void refresh() {
        var list = mail.recentMessages();
        messages.setItems(list);
        messages.setVisible(!list.isEmpty());
        noMessages.setVisible(list.isEmpty());
        var addresses = mail.blockedAddresses();
        blocked.setItems(addresses);
        blocked.setVisible(!addresses.isEmpty());
        noBlocked.setVisible(addresses.isEmpty());
    }

    /** The HTML part in a sandboxed frame (no script runs), the text part as it is. */
    private void preview(MailAdministration.Message m) {
        var dialog = new Dialog(m.subject());
        dialog.setWidth("min(900px, 96vw)");
        dialog.addClassName("rayonne-mail-preview");
        var facts = new Paragraph(getTranslation(
                "mail.preview.facts",
                m.from(),
                String.join(", ", m.to()),
                getTranslation("mail.status." + m.status())));
        if (!m.cc().isEmpty()) {
            facts.add(" " + getTranslation("mail.cc", String.join(", ", m.cc())));
        }
        dialog.add(facts);
        if (m.reason() != null) {
            dialog.add(new Paragraph(m.reason()));
        }
        var html = new IFrame();
        html.setSrcdoc(m.html());
        html.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        html.setTitle(getTranslation("mail.preview.html"));
        html.setWidthFull();
        html.setHeight("60vh");
        var text = new Pre(m.text());
        text.addClassName("rayonne-mail-text");
        var parts = new TabSheet();
        parts.setWidthFull();
        parts.add(getTranslation("mail.preview.html"), html);
        parts.add(getTranslation("mail.preview.text"), text);
        dialog.add(parts);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }

    private void lift(MailAdministration.Blocked b) {
        var dialog = new Dialog(getTranslation("mail.lift.title", b.email()));
        var reason = new TextArea(getTranslation("mail.lift.reason"));
        reason.setWidthFull();
        reason.setErrorMessage(getTranslation("mail.lift.reason.required"));
        reason.setManualValidation(true);
        dialog.add(new Paragraph(getTranslation("mail.lift.text", b.cause())), reason);
        var confirm = new Button(getTranslation("mail.lift"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                return;
            }
            mail.lift(
                    b.email(),
                    reason.getValue(),
                    authentication.getPrincipalName().orElse(""));
            dialog.close();
            Notifications.success(getTranslation("mail.lift.done"));
            refresh();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }
}
