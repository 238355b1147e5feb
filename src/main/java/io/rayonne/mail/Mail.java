package io.rayonne.mail;

import java.util.List;

/** The mail port: hand messages over, learn per message what happened. */
public interface Mail {

    /** One result per message, in the same order. Never throws for a message's own problem. */
    List<Delivery> send(List<MailMessage> messages);

    /**
     * Like {@link #send}, for the messages of a campaign whose earlier hand-over may have been cut
     * short (a crash, an answer lost): a message with a final outcome gets it back; one left pending
     * or unknown is handed to Mailjet again under the same CustomID in its campaign, where
     * DeduplicateCampaign makes Mailjet drop a second copy to the same address. A message without a
     * campaign is refused: nothing would stop a second copy.
     */
    List<Delivery> resend(List<MailMessage> messages);

    default Delivery send(MailMessage message) {
        return send(List.of(message)).get(0);
    }

    /** Whether messages really leave (Mailjet configured) or wait in the outbox. */
    boolean isMailjetConfigured();
}
