package io.rayonne.inbox;

import io.rayonne.accounts.CurrentUser;
import io.rayonne.inbox.internal.InboxDocument;
import io.rayonne.inbox.internal.InboxStore;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Each person's notifications; nobody reads or marks another's. */
@Service
@PreAuthorize("isAuthenticated()")
public class Inbox {

    /** How many notifications the bell shows. */
    public static final int SHOWN = 30;

    private final InboxStore store;
    private final CurrentUser currentUser;
    private final Clock clock;

    Inbox(InboxStore store, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Tells {@code userId} something; the current user is the one who caused it. */
    public InboxItem notify(String userId, String key, List<String> arguments, String route) {
        var item = new InboxDocument(
                UUID.randomUUID().toString(), userId, key, List.copyOf(arguments), route, clock.instant(), false);
        store.add(item);
        return toItem(item);
    }

    /** The current user's latest notifications, newest first. */
    public List<InboxItem> mine() {
        return store.latest(currentUser.require().id(), SHOWN).stream()
                .map(Inbox::toItem)
                .toList();
    }

    public long unread() {
        return store.unread(currentUser.require().id());
    }

    /** Marks one of the current user's notifications read; another's is left alone. */
    public void markRead(String id) {
        store.markRead(currentUser.require().id(), List.of(id));
    }

    public void markAllRead() {
        String me = currentUser.require().id();
        store.markRead(
                me,
                store.latest(me, 1_000).stream()
                        .filter(d -> !d.read())
                        .map(InboxDocument::id)
                        .toList());
    }

    private static InboxItem toItem(InboxDocument d) {
        return new InboxItem(d.id(), d.userId(), d.key(), d.arguments(), d.route(), d.at(), d.read());
    }
}
