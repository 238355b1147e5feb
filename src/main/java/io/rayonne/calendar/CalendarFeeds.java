package io.rayonne.calendar;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import io.rayonne.accounts.User;
import io.rayonne.base.Audited;
import io.rayonne.base.Channel;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.Tokens;
import io.rayonne.calendar.internal.CalendarFeedDocument;
import io.rayonne.calendar.internal.PostDocument;
import io.rayonne.calendar.internal.PostStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Private iCal feeds of the calendar (an office, an office's theme, a person): every post planned
 * from three months back to fifteen months ahead, whatever its step, so that what is not yet
 * approved shows too (as tentative). A feed is read with its link alone, and revoked by its maker.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class CalendarFeeds {

    static final Duration PAST = Duration.ofDays(92);
    static final Duration AHEAD = Duration.ofDays(460);
    /** How long a post lasts in a calendar client: a post is a moment, shown as half an hour. */
    static final Duration SHOWN_FOR = Duration.ofMinutes(30);

    private final PostStore store;
    private final CurrentUser currentUser;
    private final Accounts accounts;
    private final Clock clock;

    CalendarFeeds(PostStore store, CurrentUser currentUser, Accounts accounts, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A new feed of the user's office (of a theme of it, or of the user's own posts). */
    @Audited(value = "calendar-feed.created", subject = "#result.id()")
    public CalendarFeed create(CalendarFeed.Kind kind, @Nullable String theme) {
        User user = writer();
        if (kind == CalendarFeed.Kind.THEME && (theme == null || theme.isBlank())) {
            throw new InvalidPostException(List.of(Post.Problem.of("calendar.error.feed-theme-required")));
        }
        String token = Tokens.newToken();
        var document = new CalendarFeedDocument(
                hash(token),
                token,
                kind.name(),
                user.officeId(),
                kind == CalendarFeed.Kind.THEME ? Objects.requireNonNull(theme).strip() : null,
                user.id(),
                clock.instant(),
                null);
        store.saveFeed(document);
        return toFeed(document);
    }

    /** The feeds the user made, newest first, revoked ones included (they say so). */
    public List<CalendarFeed> mine() {
        return store.feedsOf(writer().id()).stream().map(CalendarFeeds::toFeed).toList();
    }

    /** The link stops working at once; a new feed gives a new link. */
    @Audited(value = "calendar-feed.revoked", subject = "#id")
    public CalendarFeed revoke(String id) {
        User user = writer();
        CalendarFeedDocument feed = store.feed(id).orElseThrow(() -> new NotFoundException("Feed " + id));
        if (!feed.userId().equals(user.id()) && !user.has(Role.ADMIN)) {
            throw new AccessDeniedException("A feed is revoked by the person who made it");
        }
        var revoked = new CalendarFeedDocument(
                feed.id(),
                feed.token(),
                feed.kind(),
                feed.officeId(),
                feed.theme(),
                feed.userId(),
                feed.createdAt(),
                Objects.requireNonNullElse(feed.revokedAt(), clock.instant()));
        store.saveFeed(revoked);
        return toFeed(revoked);
    }

    /**
     * The feed behind a link, as iCalendar text; empty for a wrong or revoked token. {@code base}
     * is Rayonne's address, for each post's link.
     */
    @PreAuthorize("permitAll()")
    public Optional<String> ics(String token, String base) {
        Optional<CalendarFeedDocument> found = store.feed(hash(token))
                .filter(f -> f.revokedAt() == null
                        && MessageDigest.isEqual(
                                f.token().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        // The token is the reader's right: names of the office and people are looked up as Rayonne.
        return Optional.of(SystemUser.call(() -> render(found.get(), base)));
    }

    private String render(CalendarFeedDocument feed, String base) {
        Locale locale = accounts.user(feed.userId()).map(User::locale).orElse(Locale.FRENCH);
        ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        Instant now = clock.instant();
        List<PostDocument> posts = store.between(List.of(feed.officeId()), now.minus(PAST), now.plus(AHEAD)).stream()
                .filter(p -> switch (CalendarFeed.Kind.valueOf(feed.kind())) {
                    case OFFICE -> true;
                    case THEME -> Objects.requireNonNullElse(feed.theme(), "").equalsIgnoreCase(p.theme());
                    case PERSON -> p.ownerId().equals(feed.userId());
                })
                .toList();
        List<Ical.Event> events = posts.stream().map(p -> event(p, texts, base)).toList();
        return Ical.calendar(name(feed, texts), events);
    }

    private String name(CalendarFeedDocument feed, ResourceBundle texts) {
        String office = accounts.office(feed.officeId()).map(Office::name).orElse(feed.officeId());
        return switch (CalendarFeed.Kind.valueOf(feed.kind())) {
            case OFFICE -> "Rayonne · " + office;
            case THEME -> "Rayonne · " + office + " · " + feed.theme();
            case PERSON ->
                "Rayonne · "
                        + accounts.user(feed.userId()).map(User::displayName).orElse(feed.userId());
        };
    }

    private static Ical.Event event(PostDocument p, ResourceBundle texts, String base) {
        List<Channel> channels = Objects.requireNonNullElse(p.channels(), List.<String>of()).stream()
                .map(Channel::valueOf)
                .sorted()
                .toList();
        String channelNames =
                channels.stream().map(c -> texts.getString(c.key())).collect(Collectors.joining(", "));
        PostStatus status = PostStatus.valueOf(p.status());
        StringBuilder description = new StringBuilder();
        description.append(line(texts, "calendar.feed.status", texts.getString(status.key())));
        description.append(line(texts, "calendar.feed.channels", channelNames));
        if (!p.theme().isBlank()) {
            description.append(line(texts, "calendar.feed.theme", p.theme()));
        }
        if (!p.campaign().isBlank()) {
            description.append(line(texts, "calendar.feed.campaign", p.campaign()));
        }
        if (!channels.isEmpty() && p.texts() != null) {
            description
                    .append('\n')
                    .append(p.texts().getOrDefault(channels.get(0).name(), ""))
                    .append('\n');
        }
        String url = base + "calendrier/publications/" + p.id();
        description.append('\n').append(url);
        Instant start = Objects.requireNonNull(p.plannedInstant());
        return new Ical.Event(
                p.id() + "@rayonne",
                start,
                start.plus(SHOWN_FOR),
                p.updatedAt(),
                p.version(),
                p.title(),
                description.toString(),
                switch (status) {
                    case SCHEDULED, PUBLISHED, APPROVED -> "CONFIRMED";
                    case CANCELLED -> "CANCELLED";
                    default -> "TENTATIVE";
                },
                channelNames,
                url);
    }

    private static String line(ResourceBundle texts, String key, String value) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(new Object[] {value}) + "\n";
    }

    private User writer() {
        User user = currentUser.require();
        if (!(user.has(Role.ADMIN) || user.has(Role.COMMUNICATION) || user.has(Role.PRESS))) {
            throw new AccessDeniedException("Calendar feeds are for the calendar's team");
        }
        return user;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CalendarFeed toFeed(CalendarFeedDocument d) {
        return new CalendarFeed(
                d.id(),
                CalendarFeed.Kind.valueOf(d.kind()),
                d.officeId(),
                d.theme(),
                d.userId(),
                d.token(),
                d.createdAt(),
                d.revokedAt());
    }
}
