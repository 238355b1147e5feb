package io.rayonne.mail;

import java.util.List;

/** The mail port: hand messages over, learn per message what happened. */
public interface Mail {

    /** One result per message, in the same order. Never throws for a message's own problem. */
    List<Delivery> send(List<MailMessage> messages);

    default Delivery send(MailMessage message) {
        return send(List.of(message)).get(0);
    }

    /** Whether messages really leave (Mailjet configured) or wait in the outbox. */
    boolean isMailjetConfigured();
}
