package io.rayonne.portraits.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import io.rayonne.portraits.PortraitText;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the writer typed, kept in the browser as they type: a lost connection, a closed tab or a
 * store that does not answer loses nothing. Cleared once the text is saved.
 */
final class LocalDraft {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    /** What is kept: the text and when it was typed. */
    record Kept(PortraitText text, Instant at) {}

    private final Component owner;
    private final String key;

    LocalDraft(Component owner, String userId, String portraitId) {
        this.owner = owner;
        this.key = "rayonne.portrait." + userId + "." + portraitId;
    }

    void keep(PortraitText text, Instant at) {
        try {
            String json = JSON.writeValueAsString(new Kept(text, at));
            owner.getElement().executeJs("try { localStorage.setItem($0, $1) } catch (e) {}", key, json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the kept draft, if any; the answer comes later, from the browser. */
    void read(Consumer<Optional<Kept>> answer) {
        owner.getElement()
                .executeJs("try { return localStorage.getItem($0) } catch (e) { return null }", key)
                .then(String.class, json -> answer.accept(parse(json)), error -> answer.accept(Optional.empty()));
    }

    void clear() {
        owner.getElement().executeJs("try { localStorage.removeItem($0) } catch (e) {}", key);
    }

    private static Optional<Kept> parse(String json) {
        if (json == null || json.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(json, Kept.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
