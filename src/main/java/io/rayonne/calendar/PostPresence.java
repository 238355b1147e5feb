package io.rayonne.calendar;

import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Who has a post open right now, so that two people editing it know of each other before the
 * second save is refused. Held in this instance's memory: behind a load balancer with sticky
 * sessions, people on another instance are not seen (docs/decisions/0009). An editor that stops
 * saying it is there (a closed tab) is forgotten after {@link #FORGET_AFTER}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PostPresence {

    /** Three missed heartbeats of the editor (it beats every 10 seconds). */
    public static final Duration FORGET_AFTER = Duration.ofSeconds(30);

    private record Viewer(String userId, String name, Instant seen) {}

    private final Map<String, Map<String, Viewer>> viewers = new ConcurrentHashMap<>();
    private final CurrentUser currentUser;

    PostPresence(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The current user opens the post: a key for {@link #here} and {@link #leave}. */
    public String open(String postId) {
        String key = UUID.randomUUID().toString();
        here(postId, key);
        return key;
    }

    /** The editor is still open. */
    public void here(String postId, String key) {
        User user = currentUser.require();
        viewers.computeIfAbsent(postId, id -> new ConcurrentHashMap<>())
                .put(key, new Viewer(user.id(), user.displayName(), Instant.now()));
    }

    public void leave(String postId, String key) {
        viewers.computeIfPresent(postId, (id, open) -> {
            open.remove(key);
            return open.isEmpty() ? null : open;
        });
    }

    /** The names of the other people who have the post open, each once. */
    public List<String> others(String postId) {
        String me = currentUser.require().id();
        Instant forgotten = Instant.now().minus(FORGET_AFTER);
        Map<String, Viewer> open = viewers.getOrDefault(postId, Map.of());
        open.values().removeIf(v -> v.seen().isBefore(forgotten));
        return open.values().stream()
                .filter(v -> !v.userId().equals(me))
                .map(Viewer::name)
                .distinct()
                .sorted()
                .toList();
    }
}
