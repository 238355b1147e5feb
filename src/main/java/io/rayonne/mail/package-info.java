/**
 * Email leaving Rayonne: the {@link io.rayonne.mail.Mail} port, Mailjet behind it when keys are
 * configured, an outbox otherwise; Mailjet's events and the suppression list. Callers never see
 * Mailjet. See docs/decisions/0005-mail.md.
 */
@NullMarked
package io.rayonne.mail;

import org.jspecify.annotations.NullMarked;
