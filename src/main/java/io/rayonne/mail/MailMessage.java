package io.rayonne.mail;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One email to hand over.
 *
 * @param id the caller's unique id for this message (Mailjet's CustomID): handing the same id twice
 *     sends it once
 * @param cc people in copy: they see the message and are seen by every recipient
 * @param campaign groups messages of one bulletin; Mailjet then refuses a second copy to an address
 */
public record MailMessage(
        String id,
        Address from,
        List<Address> to,
        List<Address> cc,
        @Nullable Address replyTo,
        String subject,
        String html,
        String text,
        Map<String, String> headers,
        List<Attachment> attachments,
        @Nullable String campaign) {

    public MailMessage {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        headers = Map.copyOf(headers);
        attachments = List.copyOf(attachments);
    }

    public static MailMessage of(String id, Address from, Address to, String subject, String html, String text) {
        return new MailMessage(id, from, List.of(to), List.of(), null, subject, html, text, Map.of(), List.of(), null);
    }

    /** Everyone the message goes to, in copy or not. */
    public List<Address> recipients() {
        return java.util.stream.Stream.concat(to.stream(), cc.stream()).toList();
    }
}
