package io.rayonne.press;

import io.rayonne.media.Photo;
import java.time.Instant;
import java.util.List;

/**
 * A kit as a reader without an account may see it. Under embargo it carries nothing of the kit but
 * the office and the moment the embargo lifts, so no page can show what it does not have.
 */
public sealed interface PublicKit {

    String officeName();

    /** The key the reader came with (token or id), for the links of the page. */
    String key();

    record Embargoed(String key, String officeName, Instant until) implements PublicKit {}

    record Open(String key, String officeName, PressKit kit, List<Photo> photos) implements PublicKit {}
}
