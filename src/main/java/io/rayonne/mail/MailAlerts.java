package io.rayonne.mail;

import java.time.Instant;
import java.util.List;

/**
 * What an administrator should look at in the mail: addresses Rayonne no longer writes to, and
 * messages that did not leave (refused, or of unknown fate) recently.
 */
public record MailAlerts(long blockedAddresses, List<Failed> failed) {

    /** A message that did not leave, or may not have. */
    public record Failed(String id, String subject, List<String> to, Delivery.Status status, Instant at) {}

    public MailAlerts {
        failed = List.copyOf(failed);
    }
}
