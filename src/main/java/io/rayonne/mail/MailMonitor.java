package io.rayonne.mail;

import java.time.Duration;

/** What the administrator's home screen asks of the mail. */
public interface MailMonitor {

    /** Blocked addresses, and the messages of the last {@code over} that did not leave (or may not have). */
    MailAlerts alerts(Duration over);
}
