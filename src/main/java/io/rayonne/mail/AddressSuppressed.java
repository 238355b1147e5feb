package io.rayonne.mail;

/**
 * An address was put on the suppression list (a hard bounce, a complaint, an unsubscription at
 * Mailjet, repeated soft bounces): Rayonne no longer writes to it. Published once, when it happens.
 *
 * @param email in lower case
 * @param cause the suppression's cause, as the mail screen names it
 */
public record AddressSuppressed(String email, String cause) {}
