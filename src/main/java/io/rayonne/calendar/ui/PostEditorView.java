package io.rayonne.calendar.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.User;
import io.rayonne.base.Channel;
import io.rayonne.base.Languages;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.EditorSection;
import io.rayonne.base.ui.Notifications;
import io.rayonne.base.ui.PendingId;
import io.rayonne.base.ui.SaveBar;
import io.rayonne.base.ui.StaleEditDialog;
import io.rayonne.calendar.ApprovalPolicy;
import io.rayonne.calendar.CalendarSettings;
import io.rayonne.calendar.InvalidPostException;
import io.rayonne.calendar.Post;
import io.rayonne.calendar.PostAction;
import io.rayonne.calendar.PostComments;
import io.rayonne.calendar.PostPresence;
import io.rayonne.calendar.PostStatus;
import io.rayonne.calendar.PostWorkflow;
import io.rayonne.calendar.Posts;
import io.rayonne.calendar.WorkflowRefusedException;
import io.rayonne.media.ConsentProblem;
import io.rayonne.media.MissingConsentException;
import io.rayonne.media.Photos;
import io.rayonne.media.ui.ConsentMessages;
import io.rayonne.media.ui.PhotoList;
import io.rayonne.portraits.Portraits;
import io.rayonne.press.PressKits;
import io.rayonne.press.PressVisits;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A post: its title, theme and campaign, its day and time in Paris, a text per channel with the
 * network's count and a preview, the review steps its office's policy allows, and its history.
 * Two people on the same post see each other; a save over a newer version asks what to keep.
 */
@Route("calendrier/publications/:postId")
@RolesAllowed({"COMMUNICATION", "PRESS", "ADMIN"})
class PostEditorView extends VerticalLayout implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    static final String ROUTE = "calendrier/publications";
    static final String NEW = "nouvelle";
    /** How often an open editor says it is still there (and learns who else is). */
    private static final int HEARTBEAT_MS = 10_000;

    private final Posts posts;
    private final PostPresence presence;
    private final Accounts accounts;
    private final Clock clock;
    private final User user;

    private final H2 heading = new H2();
    private final Span status = new Span();
    private final Paragraph others = new Paragraph();
    private final Div rejection = new Div();
    private final TextField title = new TextField();
    private final ComboBox<String> theme = new ComboBox<>();
    private final ComboBox<String> campaign = new ComboBox<>();
    private final DatePicker day;
    private final TimePicker time = new TimePicker();
    private final Div slot = new Div();
    private final RepeatFields repeat = new RepeatFields();
    private final Paragraph inSeries = new Paragraph();
    private final CheckboxGroup<Channel> channels = new CheckboxGroup<>();
    private final VerticalLayout texts = new VerticalLayout();
    private final Paragraph noChannel = new Paragraph();
    private final Map<Channel, ChannelText> editors = new EnumMap<>(Channel.class);
    private final Div workflow = new Div();
    private final PostHistoryPanel history;
    private final PostCommentsPanel comments;
    private final PhotoList photos;
    private final Div consent = new Div();
    private final TranslationsPanel translations = new TranslationsPanel();
    private final PostLinksPanel links;
    private final Paragraph weekdayHint = new Paragraph();
    private final SaveBar saveBar = new SaveBar(this::save);
    private final List<User> colleagues;

    private CalendarSettings settings = new CalendarSettings(Posts.DEFAULT_POLICY, Map.of(), null);
    /** The theme last filled in from the weekday's, replaced when the day changes unless typed over. */
    private @Nullable String filledTheme;

    private final EditorSection commentsSection;
    private final EditorSection historySection;
    private @Nullable Post post;
    /**
     * The id of the new post (or series) being saved, from its first try until a try is answered:
     * a try whose answer was lost is completed by the next one, not doubled (decision 13).
     */
    private final PendingId newId = new PendingId();

    private @Nullable String presenceKey;
    private @Nullable Registration heartbeat;

    PostEditorView(
            Posts posts,
            PostComments postComments,
            PostPresence presence,
            Accounts accounts,
            Photos photoService,
            Portraits portraits,
            PressVisits visits,
            PressKits kits,
            CurrentUser currentUser,
            Clock clock) {
        this.posts = posts;
        this.presence = presence;
        this.accounts = accounts;
        this.clock = clock;
        this.user = currentUser.require();
        addClassName("rayonne-page");
        addClassName("rayonne-post-editor");
        setWidthFull();

        var back = new Anchor(CalendarView.ROUTE, getTranslation("calendar.back"));
        back.addClassName("rayonne-back");
        var head = new HorizontalLayout(heading, status);
        head.setAlignItems(Alignment.BASELINE);
        head.addClassName("rayonne-post-head");
        status.addClassName("rayonne-post-head-status");
        others.addClassName("rayonne-presence");
        others.setId("presence");
        rejection.addClassName("rayonne-review-note");
        rejection.setVisible(false);

        title.setLabel(getTranslation("calendar.post.title"));
        title.setMaxLength(Post.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        theme.setLabel(getTranslation("calendar.post.theme"));
        theme.setAllowCustomValue(true);
        theme.addCustomValueSetListener(e -> theme.setValue(e.getDetail()));
        theme.setClearButtonVisible(true);
        campaign.setLabel(getTranslation("calendar.post.campaign"));
        campaign.setAllowCustomValue(true);
        campaign.addCustomValueSetListener(e -> campaign.setValue(e.getDetail()));
        campaign.setClearButtonVisible(true);
        campaign.setHelperText(getTranslation("calendar.post.campaign-help"));
        day = Dates.picker(getTranslation("calendar.post.day"), getLocale());
        time.setLabel(getTranslation("calendar.post.time"));
        time.setStep(Duration.ofMinutes(15));
        time.setLocale(getLocale());
        day.addValueChangeListener(e -> {
            checkSlot();
            fillFromWeekday();
        });
        time.addValueChangeListener(e -> checkSlot());
        day.addValueChangeListener(e -> showConsent());
        slot.addClassName("rayonne-review-note");
        slot.setId("same-slot");
        slot.setVisible(false);
        repeat.onChange(this::describeSeries);
        day.addValueChangeListener(e -> describeSeries());
        time.addValueChangeListener(e -> describeSeries());
        inSeries.setText(getTranslation("calendar.post.in-series"));
        inSeries.addClassName("rayonne-help");
        inSeries.setVisible(false);
        weekdayHint.addClassName("rayonne-help");
        weekdayHint.setId("weekday-theme");
        weekdayHint.setVisible(false);
        var form = new FormLayout(title, theme, campaign, day, time);
        form.setColspan(title, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        channels.setLabel(getTranslation("calendar.post.channels"));
        channels.setItems(Channel.values());
        channels.setItemLabelGenerator(c -> getTranslation(c.key()));
        channels.addValueChangeListener(e -> {
            showTexts();
            checkSlot();
            showConsent();
        });
        channels.addClassName("rayonne-channels");
        texts.setPadding(false);
        texts.addClassName("rayonne-channel-texts");
        noChannel.setText(getTranslation("calendar.post.channels-empty"));
        noChannel.addClassName("rayonne-help");
        texts.add(noChannel);
        String officeName = accounts.office(user.officeId()).map(Office::name).orElse("");
        for (Channel channel : Channel.values()) {
            var editor = new ChannelText(channel, officeName);
            editors.put(channel, editor);
            texts.add(editor);
        }

        workflow.addClassName("rayonne-workflow");
        workflow.setId("workflow");
        history = new PostHistoryPanel(this::name, this::restore);
        comments = new PostCommentsPanel(postComments, this::name);
        photos = new PhotoList(photoService);
        photos.addChangeListener(ids -> showConsent());
        consent.addClassName("rayonne-review-note");
        consent.setId("post-consent");
        consent.setVisible(false);
        links = new PostLinksPanel(portraits, visits, kits, user.officeId());
        colleagues = colleagues(accounts);
        commentsSection = new EditorSection(getTranslation("calendar.post.section.comments"), comments);
        historySection = new EditorSection(getTranslation("calendar.post.section.history"), history);

        add(
                back,
                head,
                others,
                rejection,
                new EditorSection(
                        getTranslation("calendar.post.section.post"), form, weekdayHint, slot, repeat, inSeries),
                new EditorSection(getTranslation("calendar.post.section.texts"), channels, texts),
                new EditorSection(getTranslation("calendar.post.section.photos"), consent, photos),
                new EditorSection(getTranslation("calendar.post.section.languages"), translations),
                new EditorSection(getTranslation("calendar.post.section.links"), links),
                new EditorSection(getTranslation("calendar.post.section.review"), workflow),
                commentsSection,
                historySection,
                saveBar);
    }

    @Override
    public String getPageTitle() {
        return post == null ? getTranslation("calendar.post.new") : post.title();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("postId").orElse(NEW);
        loadChoices();
        if (NEW.equals(id)) {
            post = null;
            LocalDateTime at = event.getLocation()
                    .getQueryParameters()
                    .getSingleParameter("le")
                    .map(PostEditorView::parse)
                    .orElse(null);
            showNew(at);
            return;
        }
        try {
            show(posts.get(id));
        } catch (NotFoundException e) {
            event.rerouteToError(
                    com.vaadin.flow.router.NotFoundException.class, getTranslation("calendar.post.not-found"));
        }
    }

    private static @Nullable LocalDateTime parse(String text) {
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void loadChoices() {
        LocalDate today = LocalDate.now(clock.withZone(Posts.PARIS));
        Set<String> themes = new TreeSet<>();
        Set<String> campaigns = new TreeSet<>();
        try {
            for (Post p : posts.between(List.of(user.officeId()), today.minusMonths(12), today.plusMonths(12))) {
                if (!p.theme().isBlank()) {
                    themes.add(p.theme());
                }
                if (!p.campaign().isBlank()) {
                    campaigns.add(p.campaign());
                }
            }
        } catch (DataAccessException e) {
            Notifications.storeError(e, getTranslation("calendar.error.storage"));
        }
        theme.setItems(themes);
        campaign.setItems(campaigns);
    }

    private void showNew(@Nullable LocalDateTime at) {
        heading.setText(getTranslation("calendar.post.new"));
        status.removeAll();
        status.add(PostTexts.badge(PostStatus.DRAFT, getTranslation(PostStatus.DRAFT.key())));
        title.clear();
        theme.clear();
        campaign.clear();
        day.setValue(at == null ? null : at.toLocalDate());
        time.setValue(at == null ? null : at.toLocalTime());
        editors.values().forEach(e -> e.setValue(""));
        channels.clear();
        showTexts();
        photos.setPhotoIds(List.of());
        photos.setEditable(true);
        consent.setVisible(false);
        translations.setValue(Map.of());
        links.setValue(List.of(), true);
        workflow.removeAll();
        workflow.add(new Paragraph(getTranslation("calendar.post.save-first")));
        repeat.setVisible(true);
        inSeries.setVisible(false);
        commentsSection.setVisible(false);
        historySection.setVisible(false);
        others.setVisible(false);
        saveBar.setWriter(writes(null));
        try {
            settings = posts.settings(user.officeId());
        } catch (DataAccessException e) {
            // Without storage, no weekday theme to fill in: the post is written by hand.
        }
        filledTheme = null;
        fillFromWeekday();
    }

    /**
     * A new post on a day the office gave a theme: that theme, its channels (when none is ticked)
     * and the words its texts start with (in the texts still empty). Nothing typed is replaced.
     */
    private void fillFromWeekday() {
        if (post != null || day.getValue() == null) {
            return;
        }
        DayOfWeek weekday = day.getValue().getDayOfWeek();
        CalendarSettings.WeekdayTheme t = settings.on(weekday);
        String current = Objects.requireNonNullElse(theme.getValue(), "");
        if (!current.isEmpty() && !current.equals(filledTheme)) {
            return;
        }
        if (t == null) {
            if (filledTheme != null) {
                theme.clear();
                filledTheme = null;
            }
            weekdayHint.setVisible(false);
            return;
        }
        theme.setValue(t.theme());
        filledTheme = t.theme();
        if (channels.getValue().isEmpty() && !t.channels().isEmpty()) {
            channels.setValue(t.channels());
        }
        if (!t.opening().isEmpty()) {
            for (Channel channel : channels.getValue()) {
                ChannelText editor = editors.get(channel);
                if (editor.value().isBlank()) {
                    editor.setValue(t.opening() + " ");
                }
            }
        }
        weekdayHint.setText(getTranslation(
                "calendar.post.weekday-theme", weekday.getDisplayName(TextStyle.FULL, getLocale()), t.theme()));
        weekdayHint.setVisible(true);
    }

    private void show(Post p) {
        post = p;
        weekdayHint.setVisible(false);
        repeat.setVisible(false);
        inSeries.setVisible(p.seriesId() != null);
        heading.setText(p.title());
        status.removeAll();
        status.add(PostTexts.badge(p.status(), getTranslation(p.status().key())));
        String office = accounts.office(p.officeId()).map(Office::name).orElse(p.officeId());
        var officeName = new Span(office);
        officeName.addClassName("rayonne-help");
        status.add(officeName);
        title.setValue(p.title());
        theme.setValue(p.theme().isBlank() ? null : p.theme());
        campaign.setValue(p.campaign().isBlank() ? null : p.campaign());
        day.setValue(p.plannedAt() == null ? null : p.plannedAt().toLocalDate());
        time.setValue(p.plannedAt() == null ? null : p.plannedAt().toLocalTime());
        editors.forEach((channel, editor) -> {
            editor.setValue(p.texts().getOrDefault(channel, ""));
            editor.setAuthor(office);
            editor.setReadOnly(!writes(p) || p.status().locked());
        });
        channels.setValue(p.texts().keySet());
        showTexts();
        rejection.removeAll();
        rejection.setVisible(p.status() == PostStatus.DRAFT && p.rejectionNote() != null);
        if (p.rejectionNote() != null) {
            rejection.add(new Paragraph(getTranslation("calendar.post.rejected", p.rejectionNote())));
        }
        boolean writer = writes(p) && !p.status().locked();
        photos.setPhotoIds(p.photoIds());
        photos.setEditable(writer);
        translations.setValue(p.translations());
        translations.setReadOnly(!writer);
        links.setValue(p.links(), writer);
        showConsent();
        showWorkflow(p);
        history.show(posts.history(p.id()), writer);
        commentsSection.setVisible(true);
        historySection.setVisible(true);
        comments.show(p, colleagues);
        saveBar.setWriter(writer);
        title.setReadOnly(!writer);
        theme.setReadOnly(!writer);
        campaign.setReadOnly(!writer);
        day.setReadOnly(!writer);
        time.setReadOnly(!writer);
        channels.setReadOnly(!writer);
    }

    private boolean writes(@Nullable Post p) {
        boolean team = user.has(Role.ADMIN) || user.has(Role.COMMUNICATION) || user.has(Role.PRESS);
        return team && (p == null || user.has(Role.ADMIN) || user.officeId().equals(p.officeId()));
    }

    /**
     * The text box of each chosen channel. Every channel has its box for the page's life, only
     * shown or hidden: a channel unticked keeps its text, and typing is never lost to a redraw.
     */
    private void showTexts() {
        Set<Channel> chosen = channels.getValue();
        editors.forEach((channel, editor) -> editor.setVisible(chosen.contains(channel)));
        noChannel.setVisible(chosen.isEmpty());
    }

    private Post.Draft typedDraft() {
        Map<Channel, String> chosen = new LinkedHashMap<>();
        for (Channel channel : channels.getValue()) {
            chosen.put(channel, editors.get(channel).value());
        }
        LocalDateTime at = day.getValue() == null
                ? null
                : day.getValue().atTime(Objects.requireNonNullElse(time.getValue(), LocalTime.of(10, 0)));
        return new Post.Draft(
                title.getValue(),
                chosen,
                Objects.requireNonNullElse(theme.getValue(), ""),
                Objects.requireNonNullElse(campaign.getValue(), ""),
                at,
                photos.getPhotoIds(),
                links.getValue(),
                translations.getValue());
    }

    /** Why the photos may not go out on the chosen channels on the chosen day, said before scheduling. */
    private void showConsent() {
        consent.removeAll();
        consent.setVisible(false);
        try {
            List<ConsentProblem> found = posts.consentProblems(typedDraft());
            photos.showProblems(found);
            if (!found.isEmpty()) {
                consent.add(new Paragraph(getTranslation("calendar.post.consent")));
                var list = new UnorderedList();
                ConsentMessages.texts(this, found).forEach(text -> list.add(new ListItem(text)));
                consent.add(list);
                consent.setVisible(true);
            }
        } catch (DataAccessException e) {
            // Checked again by the service when the post is scheduled.
        }
    }

    /** The active team of the network's offices, who may be mentioned in a comment. */
    private List<User> colleagues(Accounts accounts) {
        return accounts.networkOf(user.officeId()).stream()
                .flatMap(o -> accounts.team(o.id()).stream())
                .filter(u -> u.isStaff() && !u.id().equals(user.id()))
                .sorted(java.util.Comparator.comparing(User::displayName))
                .toList();
    }

    private void restore(int version) {
        Post current = post;
        if (current == null) {
            return;
        }
        try {
            show(posts.restore(current.id(), current.revision(), version));
            Notifications.success(getTranslation("calendar.history.restored-done", version));
        } catch (StaleEditException e) {
            show(e.current());
            Notifications.error(getTranslation("calendar.error.moved-meanwhile"));
        } catch (WorkflowRefusedException | InvalidPostException | DataAccessException | AccessDeniedException e) {
            refused(e);
        }
    }

    /** Says why a save or a step was refused, on the field concerned when there is one. */
    private void refused(RuntimeException e) {
        if (e instanceof WorkflowRefusedException w) {
            Notifications.error(getTranslation(w.key()));
        } else if (e instanceof InvalidPostException i) {
            problems(i.problems());
        } else if (e instanceof AccessDeniedException) {
            Notifications.error(getTranslation("calendar.error.not-your-office"));
        } else {
            Notifications.storeError(e, getTranslation("calendar.error.storage"));
        }
    }

    /** Another post of the network on one of these channels at the same moment: said, not refused. */
    private void checkSlot() {
        slot.removeAll();
        slot.setVisible(false);
        if (day.getValue() == null
                || time.getValue() == null
                || channels.getValue().isEmpty()) {
            return;
        }
        try {
            List<Post> same = posts.sameSlot(typedDraft(), post == null ? null : post.id());
            if (same.isEmpty()) {
                return;
            }
            slot.add(new Paragraph(getTranslation("calendar.post.same-slot")));
            var list = new UnorderedList();
            for (Post other : same) {
                String office =
                        accounts.office(other.officeId()).map(Office::name).orElse("");
                String shared = other.texts().keySet().stream()
                        .filter(channels.getValue()::contains)
                        .map(c -> getTranslation(c.key()))
                        .collect(Collectors.joining(", "));
                list.add(new ListItem(getTranslation("calendar.post.same-slot-item", other.title(), office, shared)));
            }
            slot.add(list);
            slot.setVisible(true);
        } catch (DataAccessException e) {
            // The warning is a help, not a rule: without storage, nothing to say.
        }
    }

    private void describeSeries() {
        if (post == null && repeat.repeats()) {
            repeat.recurrence(typedDraft().plannedAt());
        }
    }

    /** A new post repeated: one post per occurrence, each then edited alone; all or none. */
    private void saveSeries(Post.Draft draft) {
        var recurrence = repeat.recurrence(draft.plannedAt());
        if (recurrence.isEmpty()) {
            Notifications.error(getTranslation("calendar.repeat.fix"));
            return;
        }
        try {
            List<Post> created = posts.createSeries(newId.get(() -> posts.newId(draft)), draft, recurrence.get());
            newId.answered();
            Notifications.success(getTranslation("calendar.repeat.created", created.size()));
            getUI().ifPresent(ui -> ui.navigate(
                    CalendarView.ROUTE,
                    com.vaadin.flow.router.QueryParameters.simple(Map.of(
                            "vue",
                            "month",
                            "date",
                            created.get(0).plannedAt().toLocalDate().toString()))));
        } catch (InvalidPostException | AccessDeniedException e) {
            newId.answered(); // refused before anything was written
            refused(e);
        } catch (DataAccessException e) {
            refused(e);
        }
    }

    private boolean save() {
        Post.Draft draft = typedDraft();
        Post read = post;
        if (read == null && repeat.repeats()) {
            saveSeries(draft);
            return false;
        }
        try {
            Post saved = read == null
                    ? posts.create(newId.get(() -> posts.newId(draft)), draft)
                    : posts.update(read.id(), read.revision(), draft);
            newId.answered();
            Notifications.success(getTranslation("calendar.post.saved"));
            if (read == null) {
                getUI().ifPresent(ui -> ui.navigate(ROUTE + "/" + saved.id()));
            } else {
                show(saved);
            }
            return true;
        } catch (InvalidPostException | WorkflowRefusedException e) {
            newId.answered(); // refused before anything was written
            refused(e);
        } catch (StaleEditException e) {
            Post theirs = e.current();
            new StaleEditDialog(
                            accounts.user(theirs.updatedBy())
                                    .map(User::displayName)
                                    .orElse(theirs.updatedBy()),
                            theirs.updatedAt(),
                            () -> {
                                post = theirs;
                                save();
                            },
                            () -> show(theirs))
                    .open();
        } catch (DataAccessException | AccessDeniedException e) {
            refused(e);
        }
        return false;
    }

    private void problems(List<Post.Problem> problems) {
        title.setInvalid(false);
        translations.clearProblems();
        List<String> messages = new ArrayList<>();
        for (Post.Problem problem : problems) {
            String message = problem.channel() != null
                    ? getTranslation(
                            problem.key(), getTranslation(problem.channel().key()), problem.count(), problem.limit())
                    : problem.language() != null
                            ? getTranslation(problem.key(), Languages.name(problem.language(), getLocale()))
                            : getTranslation(problem.key());
            if (problem.language() != null) {
                translations.problem(problem.language(), message);
            }
            messages.add(message);
            if (problem.key().startsWith("calendar.error.title")) {
                title.setErrorMessage(message);
                title.setInvalid(true);
            }
            if (problem.channel() != null && editors.containsKey(problem.channel())) {
                editors.get(problem.channel()).problem(message);
            }
        }
        Notifications.error(String.join(" ", messages));
    }

    // ---- Review -------------------------------------------------------------------------------

    private void showWorkflow(Post p) {
        workflow.removeAll();
        ApprovalPolicy policy = posts.policy(p.officeId());
        var policyLine = new Paragraph(getTranslation("calendar.post.policy", getTranslation(policy.key())));
        policyLine.addClassName("rayonne-help");
        workflow.add(policyLine);
        if (!p.approvals().isEmpty()) {
            workflow.add(new Paragraph(getTranslation(
                    "calendar.post.approved-by",
                    p.approvals().stream().map(this::name).collect(Collectors.joining(", ")))));
        }
        if (p.publishedUrl() != null) {
            var link = new Anchor(p.publishedUrl(), p.publishedUrl());
            link.setTarget("_blank");
            workflow.add(new Paragraph(new Span(getTranslation("calendar.post.published-at") + " "), link));
        }
        var actions = new FlexLayout();
        actions.addClassName("rayonne-workflow-actions");
        boolean reviewer = posts.mayReview(p.officeId());
        var actor = new PostWorkflow.Actor(user.id(), reviewer);
        var state = new PostWorkflow.State(p.status(), p.ownerId(), p.approvals());
        for (PostAction action : PostAction.values()) {
            if (allowed(state, action, actor, policy)
                    && (writes(p) || action == PostAction.APPROVE || action == PostAction.REJECT)) {
                var button = new Button(getTranslation(actionKey(action)), e -> act(action));
                if (action == PostAction.APPROVE || action == PostAction.SUBMIT || action == PostAction.SCHEDULE) {
                    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                if (action == PostAction.CANCEL) {
                    button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                }
                actions.add(button);
            }
        }
        workflow.add(actions);
        if (p.status() == PostStatus.IN_REVIEW && p.ownerId().equals(user.id())) {
            var own = new Paragraph(getTranslation("calendar.post.own-review"));
            own.addClassName("rayonne-help");
            workflow.add(own);
        }
    }

    private static boolean allowed(
            PostWorkflow.State state, PostAction action, PostWorkflow.Actor actor, ApprovalPolicy policy) {
        try {
            PostWorkflow.next(state, action, actor, policy);
            return true;
        } catch (WorkflowRefusedException e) {
            return false;
        }
    }

    static String actionKey(PostAction action) {
        return "calendar.action." + action.name().toLowerCase(Locale.ROOT);
    }

    private void act(PostAction action) {
        if (action == PostAction.REJECT || action == PostAction.PUBLISH) {
            askThen(action);
            return;
        }
        act(action, null);
    }

    /** A rejection needs its note; a publication may carry its link. */
    private void askThen(PostAction action) {
        var dialog = new Dialog(getTranslation(actionKey(action)));
        var text = new TextArea(getTranslation(
                action == PostAction.REJECT ? "calendar.post.reject-note" : "calendar.post.published-link"));
        text.setWidth("min(32rem, 80vw)");
        dialog.add(text);
        var confirm = new Button(getTranslation(actionKey(action)), e -> {
            if (act(action, text.getValue())) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        text.focus();
    }

    /** Saves what was typed first (a step applies to the saved text), then takes the step. */
    private boolean act(PostAction action, @Nullable String text) {
        Post current = post;
        if (current == null) {
            return false;
        }
        if (writes(current) && !current.status().locked() && !typedDraft().equals(current.draft())) {
            if (!save()) {
                return false;
            }
            current = Objects.requireNonNull(post);
        }
        try {
            Post done = posts.act(current.id(), current.revision(), action, text);
            Notifications.success(
                    getTranslation("calendar.done." + action.name().toLowerCase(Locale.ROOT)));
            show(done);
            return true;
        } catch (WorkflowRefusedException | InvalidPostException e) {
            refused(e);
        } catch (MissingConsentException e) {
            showConsent();
            Notifications.error(getTranslation("calendar.refused.consent") + " "
                    + String.join(" ", ConsentMessages.texts(this, e.problems())));
        } catch (StaleEditException e) {
            Post theirs = e.current();
            Notifications.error(getTranslation(
                    "calendar.error.acted-meanwhile",
                    name(theirs.updatedBy()),
                    getTranslation(theirs.status().key())));
            show(theirs);
        } catch (DataAccessException | AccessDeniedException e) {
            refused(e);
        }
        return false;
    }

    private String name(String userId) {
        return accounts.user(userId).map(User::displayName).orElse(userId);
    }

    // ---- Presence -----------------------------------------------------------------------------

    /** After the post is shown and the view attached: says it is open here, and beats while it is. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (post == null || presenceKey != null) {
            return;
        }
        String id = post.id();
        presenceKey = presence.open(id);
        showOthers(id);
        getUI().ifPresent(ui -> {
            ui.setPollInterval(HEARTBEAT_MS);
            heartbeat = ui.addPollListener(e -> {
                if (presenceKey != null) {
                    presence.here(id, presenceKey);
                    showOthers(id);
                }
            });
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (post != null && presenceKey != null) {
            presence.leave(post.id(), presenceKey);
        }
        presenceKey = null;
        if (heartbeat != null) {
            heartbeat.remove();
            heartbeat = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    private void showOthers(String id) {
        List<String> names = presence.others(id);
        others.setVisible(!names.isEmpty());
        others.setText(names.isEmpty() ? "" : getTranslation("calendar.post.also-open", String.join(", ", names)));
    }
}
