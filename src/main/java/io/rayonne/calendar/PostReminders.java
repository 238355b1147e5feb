package io.rayonne.calendar;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import io.rayonne.accounts.User;
import io.rayonne.calendar.internal.PostDocument;
import io.rayonne.calendar.internal.PostReminderDocument;
import io.rayonne.calendar.internal.PostStore;
import io.rayonne.inbox.Inbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Reminders in the app, each given once: to an office's reviewers, a post still in review whose day
 * is near; to its author, a post whose moment has passed without being marked published.
 */
@Component
class PostReminders {

    private static final Logger log = LoggerFactory.getLogger(PostReminders.class);
    /** Posts planned longer ago than this are history, not reminders. */
    private static final Duration LOOK_BACK = Duration.ofDays(30);
    /** Day and time as both languages read them in a notification. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final PostStore store;
    private final Accounts accounts;
    private final Inbox inbox;
    private final CalendarProperties properties;
    private final TaskScheduler scheduler;
    private final Clock clock;

    PostReminders(
            PostStore store,
            Accounts accounts,
            Inbox inbox,
            CalendarProperties properties,
            TaskScheduler scheduler,
            Clock clock) {
        this.scheduler = scheduler;
        this.store = store;
        this.accounts = accounts;
        this.inbox = inbox;
        this.properties = properties;
        this.clock = clock;
    }

    /** Looks every {@link CalendarProperties#remindEvery()}, from one period after the start. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.scheduleWithFixedDelay(
                this::onSchedule, Instant.now().plus(properties.remindEvery()), properties.remindEvery());
    }

    void onSchedule() {
        try {
            int given = remind();
            if (given > 0) {
                log.info("Calendar reminders given: {}", given);
            }
        } catch (DataAccessException e) {
            log.warn("Calendar reminders postponed, the store does not answer: {}", e.getMessage());
        }
    }

    /** Gives the reminders due now; returns how many notifications were sent. */
    int remind() {
        return SystemUser.call(() -> {
            Instant now = clock.instant();
            int given = 0;
            for (PostDocument d :
                    store.atSteps(List.of(PostStatus.IN_REVIEW.name()), now, now.plus(properties.reviewAhead()))) {
                if (store.remember(reminder("review", d))) {
                    for (User reviewer : reviewers(d)) {
                        inbox.notify(reviewer.id(), "calendar.reminder.review", List.of(d.title(), when(d)), route(d));
                        given++;
                    }
                }
            }
            for (PostDocument d : store.atSteps(
                    List.of(PostStatus.APPROVED.name(), PostStatus.SCHEDULED.name()), now.minus(LOOK_BACK), now)) {
                if (store.remember(reminder("unpublished", d))) {
                    inbox.notify(d.ownerId(), "calendar.reminder.unpublished", List.of(d.title(), when(d)), route(d));
                    given++;
                }
            }
            return given;
        });
    }

    /** The office's communication officers who have not approved it yet, except its author. */
    private List<User> reviewers(PostDocument d) {
        List<String> approvals = Objects.requireNonNullElse(d.approvals(), List.of());
        return accounts.team(d.officeId()).stream()
                .filter(u -> u.has(Role.COMMUNICATION))
                .filter(u -> !u.id().equals(d.ownerId()) && !approvals.contains(u.id()))
                .toList();
    }

    private static PostReminderDocument reminder(String kind, PostDocument d) {
        Instant at = Objects.requireNonNull(d.plannedInstant());
        return new PostReminderDocument(kind + ":" + d.id() + ":" + at.toEpochMilli(), d.id(), kind, at);
    }

    private static String when(PostDocument d) {
        return d.plannedAt() == null ? "" : WHEN.format(d.plannedAt());
    }

    private static String route(PostDocument d) {
        return "calendrier/publications/" + d.id();
    }
}
