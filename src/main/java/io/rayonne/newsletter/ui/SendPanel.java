package io.rayonne.newsletter.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.shared.Registration;
import io.rayonne.accounts.User;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.Notifications;
import io.rayonne.mail.Delivery;
import io.rayonne.newsletter.Bulletin;
import io.rayonne.newsletter.Campaign;
import io.rayonne.newsletter.CampaignState;
import io.rayonne.newsletter.Campaigns;
import io.rayonne.newsletter.InvalidBulletinException;
import io.rayonne.newsletter.NewsletterSettings;
import io.rayonne.partners.Partner;
import io.rayonne.partners.Segment;
import io.rayonne.partners.Segments;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * The sending of an issue: a test copy to oneself; the segments and the exact count of who it
 * reaches; now or at a moment; then the progress bar, the counters, pause, resume and cancel; once
 * sent, the web version and the figures.
 */
class SendPanel extends VerticalLayout {

    private static final int POLL_MS = 1_000;

    private final Bulletin bulletin;
    private final Campaigns campaigns;
    private final Segments segments;
    private final User user;
    private final NewsletterSettings settings;
    private final Runnable reload;
    private final ProgressBar bar = new ProgressBar();
    private final Paragraph counters = new Paragraph();
    private final Span state = new Span();
    private final Paragraph problem = new Paragraph();
    private @Nullable Registration polling;
    private @Nullable CampaignState shownState;

    SendPanel(
            Bulletin bulletin,
            Campaigns campaigns,
            Segments segments,
            User user,
            NewsletterSettings settings,
            Runnable reload) {
        this.bulletin = bulletin;
        this.campaigns = campaigns;
        this.segments = segments;
        this.user = user;
        this.settings = settings;
        this.reload = reload;
        setPadding(false);
        setId("send-panel");
        Optional<Campaign> campaign = campaigns.of(bulletin.id());
        if (campaign.isPresent()) {
            showCampaign(campaign.get());
        } else {
            showSending();
        }
    }

    private String number(long n) {
        return NumberFormat.getIntegerInstance(getLocale()).format(n);
    }

    // ---- before sending

    private void showSending() {
        var testAddress = new EmailField(getTranslation("newsletter.test.address"));
        testAddress.setValue(user.email() == null ? "" : user.email());
        testAddress.setWidth("20rem");
        var test = new Button(getTranslation("newsletter.test.send"), VaadinIcon.PAPERPLANE_O.create(), e -> {
            if (testAddress.getValue().isBlank() || testAddress.isInvalid()) {
                testAddress.setErrorMessage(getTranslation("newsletter.test.invalid"));
                testAddress.setInvalid(true);
                return;
            }
            try {
                Delivery d = campaigns.sendTest(bulletin.id(), testAddress.getValue());
                switch (d.status()) {
                    case ACCEPTED ->
                        Notifications.success(getTranslation("newsletter.test.sent", testAddress.getValue()));
                    case RECORDED -> Notifications.success(getTranslation("newsletter.test.recorded"));
                    default ->
                        Notifications.error(getTranslation("newsletter.test.failed", String.valueOf(d.reason())));
                }
            } catch (DataAccessException ex) {
                Notifications.storeError(ex, getTranslation("newsletter.error.storage"));
            }
        });
        var testRow = new HorizontalLayout(testAddress, test);
        testRow.setAlignItems(Alignment.BASELINE);

        var chosen = new CheckboxGroup<Segment>(getTranslation("newsletter.send.segments"));
        chosen.setId("send-segments");
        List<Segment> all;
        try {
            all = segments.all();
        } catch (DataAccessException e) {
            all = List.of();
        }
        chosen.setItems(all);
        chosen.setItemLabelGenerator(Segment::name);
        var audience = new Paragraph(getTranslation("newsletter.send.choose"));
        audience.setId("send-audience");
        var basis = new com.vaadin.flow.component.html.Span();
        basis.setId("send-basis");
        basis.addClassName("rayonne-help");
        chosen.addValueChangeListener(e -> {
            if (e.getValue().isEmpty()) {
                audience.setText(getTranslation("newsletter.send.choose"));
                basis.setText("");
                return;
            }
            try {
                Campaign.Audience a = campaigns.audience(bulletin.id(), ids(e.getValue()));
                audience.setText(getTranslation(
                        "newsletter.send.audience",
                        number(a.recipients()),
                        number(a.unsubscribed()),
                        number(a.suppressed()),
                        number(a.declined()),
                        number(a.withoutEmail()),
                        number(a.duplicates())));
                basis.setText(
                        a.byBasis().isEmpty()
                                ? ""
                                : getTranslation(
                                        "newsletter.send.basis",
                                        a.byBasis().entrySet().stream()
                                                .map(b -> number(b.getValue()) + " "
                                                        + getTranslation(b.getKey()
                                                                        .key())
                                                                .toLowerCase(getLocale()))
                                                .collect(java.util.stream.Collectors.joining(" · "))));
            } catch (DataAccessException ex) {
                audience.setText(getTranslation("newsletter.error.storage"));
            }
        });
        var when = new RadioButtonGroup<Boolean>(getTranslation("newsletter.send.when"));
        when.setItems(true, false);
        when.setItemLabelGenerator(now -> getTranslation(now ? "newsletter.send.now" : "newsletter.send.later"));
        when.setValue(true);
        var at = new DateTimePicker(getTranslation("newsletter.send.at"));
        at.setLocale(getLocale());
        at.setStep(java.time.Duration.ofMinutes(15));
        at.setVisible(false);
        when.addValueChangeListener(e -> at.setVisible(!e.getValue()));
        var send = new Button(getTranslation("newsletter.send.button"), VaadinIcon.ENVELOPE.create(), e -> {
            @Nullable Instant moment = null;
            if (!when.getValue()) {
                LocalDateTime local = at.getValue();
                if (local == null) {
                    at.setErrorMessage(getTranslation("newsletter.send.at.required"));
                    at.setInvalid(true);
                    return;
                }
                moment = local.atZone(Dates.PARIS).toInstant();
            }
            confirm(ids(chosen.getValue()), moment, audience.getText());
        });
        send.setId("send-button");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean mayWrite = bulletin.officeId().equals(user.officeId()) || user.has(io.rayonne.accounts.Role.ADMIN);
        send.setEnabled(mayWrite);
        test.setEnabled(mayWrite);
        var help = new Paragraph(getTranslation("newsletter.send.help"));
        help.addClassName("rayonne-help");
        if (all.isEmpty()) {
            add(testRow, new Paragraph(getTranslation("newsletter.send.no-segment")));
            return;
        }
        add(testRow, help, chosen, audience, basis, when, at, send);
    }

    private static List<String> ids(java.util.Set<Segment> chosen) {
        return chosen.stream().map(Segment::id).sorted().toList();
    }

    private void confirm(List<String> segmentIds, @Nullable Instant at, String audience) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("newsletter.send.confirm.title", bulletin.title()));
        dialog.setText(
                at == null
                        ? getTranslation("newsletter.send.confirm.now", audience)
                        : getTranslation("newsletter.send.confirm.later", Dates.dateTime(at, getLocale()), audience));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("newsletter.send.button"));
        dialog.addConfirmListener(e -> {
            try {
                campaigns.send(bulletin.id(), segmentIds, at);
                Notifications.success(
                        getTranslation(at == null ? "newsletter.send.started" : "newsletter.send.scheduled"));
                reload.run();
            } catch (InvalidBulletinException ex) {
                Notifications.error(ex.problems().stream()
                        .map(p -> getTranslation(p.key(), p.arguments().toArray()))
                        .collect(Collectors.joining(" ")));
            } catch (DataAccessException ex) {
                Notifications.storeError(ex, getTranslation("newsletter.error.storage"));
            }
        });
        dialog.open();
    }

    // ---- once sending is decided

    private void showCampaign(Campaign campaign) {
        removeAll();
        bar.setId("send-progress");
        bar.getElement().setAttribute("aria-label", getTranslation("newsletter.campaign.progress.label"));
        counters.setId("send-counters");
        state.setId("send-state");
        problem.addClassName("rayonne-error-text");
        var pause = new Button(
                getTranslation("newsletter.campaign.pause"),
                VaadinIcon.PAUSE.create(),
                e -> act(() -> campaigns.pause(bulletin.id())));
        var resume = new Button(
                getTranslation("newsletter.campaign.resume"),
                VaadinIcon.PLAY.create(),
                e -> act(() -> campaigns.resume(bulletin.id())));
        var cancel = new Button(getTranslation("newsletter.campaign.cancel"), VaadinIcon.CLOSE.create(), e -> {
            var dialog = new ConfirmDialog(
                    getTranslation("newsletter.campaign.cancel.title"),
                    getTranslation("newsletter.campaign.cancel.text"),
                    getTranslation("newsletter.campaign.cancel"),
                    ok -> act(() -> campaigns.cancel(bulletin.id())));
            dialog.setConfirmButtonTheme("error primary");
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("common.back"));
            dialog.open();
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var controls = new HorizontalLayout(pause, resume, cancel);
        controls.setId("send-controls");
        add(state, bar, counters, problem, controls);
        refresh(pause, resume, cancel, controls);
        addAttachListener(e -> startPolling(pause, resume, cancel, controls));
    }

    private void act(java.util.function.Supplier<Campaign> change) {
        try {
            change.get();
            reload.run();
        } catch (InvalidBulletinException e) {
            Notifications.error(getTranslation("newsletter.error.campaign-state"));
            reload.run();
        } catch (DataAccessException e) {
            Notifications.storeError(e, getTranslation("newsletter.error.storage"));
        }
    }

    private void startPolling(Button pause, Button resume, Button cancel, HorizontalLayout controls) {
        getUI().ifPresent(ui -> {
            if (polling != null) {
                polling.remove();
            }
            polling = ui.addPollListener(e -> refresh(pause, resume, cancel, controls));
            ui.setPollInterval(POLL_MS);
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
    }

    private void refresh(Button pause, Button resume, Button cancel, HorizontalLayout controls) {
        Campaign.Progress p;
        try {
            p = campaigns.progress(bulletin.id());
        } catch (DataAccessException e) {
            counters.setText(getTranslation("newsletter.error.storage"));
            return;
        }
        Campaign c = p.campaign();
        String when = c.state() == CampaignState.SCHEDULED && c.scheduledAt() != null
                ? " · " + getTranslation("newsletter.campaign.at", Dates.dateTime(c.scheduledAt(), getLocale()))
                : "";
        state.setText(getTranslation(c.state().key()) + when);
        state.getElement()
                .setAttribute(
                        "theme",
                        c.state() == CampaignState.SENT
                                ? "badge success"
                                : c.state() == CampaignState.CANCELLED ? "badge error" : "badge");
        long total = c.total();
        bar.setValue(total == 0 ? (c.state() == CampaignState.SENT ? 1 : 0) : Math.min(1, (double) p.done() / total));
        counters.setText(getTranslation(
                "newsletter.campaign.counters",
                number(total),
                number(p.accepted() + p.recorded()),
                number(p.refused()),
                number(p.unknown()),
                number(p.waiting())));
        problem.setText(c.problem() == null ? "" : c.problem());
        problem.setVisible(c.problem() != null);
        pause.setVisible(c.state() == CampaignState.SENDING || c.state() == CampaignState.SCHEDULED);
        resume.setVisible(c.state() == CampaignState.PAUSED);
        cancel.setVisible(!c.state().finished());
        controls.setVisible(!c.state().finished());
        if (c.state().finished()) {
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
        if (shownState != null && shownState != c.state() && c.state().finished()) {
            reload.run();
            return;
        }
        shownState = c.state();
        if (c.state() == CampaignState.SENT
                && getChildren()
                        .noneMatch(ch -> "send-statistics".equals(ch.getId().orElse("")))) {
            showStatistics();
        }
    }

    /** The partners the issue names, each a link to its page in the directory. */
    private Component featured() {
        var box = new Div();
        box.setId("featured-partners");
        box.addClassName("featured-partners");
        List<Partner> named;
        try {
            named = campaigns.featuredPartners(bulletin.id());
        } catch (DataAccessException e) {
            box.add(new Paragraph(getTranslation("newsletter.error.storage")));
            return box;
        }
        if (named.isEmpty()) {
            box.add(new Paragraph(getTranslation("newsletter.featured.none")));
            return box;
        }
        box.add(new Paragraph(getTranslation("newsletter.featured.title", named.size())));
        var list = new Div();
        list.addClassName("featured-partners-list");
        for (Partner p : named) {
            var a = new Anchor("partenaires/" + p.id(), p.name());
            a.addClassName("featured-partner");
            list.add(a);
        }
        box.add(list);
        return box;
    }

    private void showStatistics() {
        Campaign.Statistics s = campaigns.statistics(bulletin.id());
        String web = settings.base() + "bulletins/" + bulletin.id();
        var link = new Anchor(web, getTranslation("newsletter.web-version"));
        link.setTarget("_blank");
        link.setId("web-version");
        var archive = new Anchor(
                settings.base() + "bulletins/archives/" + bulletin.officeId(), getTranslation("newsletter.archive"));
        archive.setTarget("_blank");
        Map<String, String> names;
        try {
            names = segments.all().stream().collect(Collectors.toMap(Segment::id, Segment::name));
        } catch (DataAccessException e) {
            names = Map.of();
        }
        record Row(String segment, Campaign.Progress p) {}
        var grid = new Grid<Row>();
        grid.setId("send-statistics");
        Map<String, String> segmentNames = names;
        grid.addColumn(Row::segment)
                .setHeader(getTranslation("newsletter.stats.segment"))
                .setFlexGrow(2);
        grid.addColumn(r -> number(r.p().accepted() + r.p().recorded()))
                .setHeader(getTranslation("newsletter.stats.sent"));
        grid.addColumn(r -> number(r.p().delivered())).setHeader(getTranslation("newsletter.stats.delivered"));
        grid.addColumn(r -> number(r.p().refused())).setHeader(getTranslation("newsletter.stats.refused"));
        grid.addColumn(r -> number(r.p().opened())).setHeader(getTranslation("newsletter.stats.opened"));
        grid.addColumn(r -> number(r.p().clicked())).setHeader(getTranslation("newsletter.stats.clicked"));
        grid.addColumn(r -> number(r.p().bounced())).setHeader(getTranslation("newsletter.stats.bounced"));
        grid.addColumn(r -> number(r.p().complained())).setHeader(getTranslation("newsletter.stats.complaints"));
        grid.addColumn(r -> number(r.p().unsubscribed())).setHeader(getTranslation("newsletter.stats.unsubscribed"));
        List<Row> rows = new java.util.ArrayList<>();
        rows.add(new Row(getTranslation("newsletter.stats.all"), s.all()));
        s.bySegment().forEach((id, p) -> rows.add(new Row(segmentNames.getOrDefault(id, id), p)));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        add(new HorizontalLayout(link, archive), grid, featured());
        if (!s.clicksByLink().isEmpty()) {
            add(new Paragraph(getTranslation("newsletter.stats.links")));
            s.clicksByLink().forEach((url, n) -> add(new Paragraph(url + " — " + number(n))));
        }
    }
}
