package io.rayonne.press;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The programme emailed once: to whom, who in copy, and what the mail module said.
 *
 * @param outcome the delivery status (ACCEPTED, RECORDED, REFUSED, UNKNOWN)
 */
public record ProgrammeSend(
        Instant at,
        String by,
        String messageId,
        List<String> to,
        List<String> cc,
        String outcome,
        @Nullable String reason) {

    public ProgrammeSend {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
    }
}
