package io.rayonne.mail.internal;

import com.mailjet.client.ClientOptions;
import com.mailjet.client.MailjetClient;
import com.mailjet.client.errors.MailjetClientCommunicationException;
import com.mailjet.client.errors.MailjetClientRequestException;
import com.mailjet.client.errors.MailjetException;
import com.mailjet.client.errors.MailjetRateLimitException;
import com.mailjet.client.errors.MailjetServerException;
import com.mailjet.client.errors.MailjetUnauthorizedException;
import com.mailjet.client.transactional.SendContact;
import com.mailjet.client.transactional.SendEmailsRequest;
import com.mailjet.client.transactional.TransactionalEmail;
import com.mailjet.client.transactional.response.MessageResult;
import com.mailjet.client.transactional.response.SendEmailError;
import com.mailjet.client.transactional.response.SendEmailsResponse;
import com.mailjet.client.transactional.response.SentMessageStatus;
import io.rayonne.mail.Address;
import io.rayonne.mail.Attachment;
import io.rayonne.mail.Delivery;
import io.rayonne.mail.MailMessage;
import io.rayonne.mail.MailSettings;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends through Mailjet's Send API v3.1, 50 messages a call. Retries only what Mailjet certainly did
 * not take: 429 and 5xx answers, and connections that never opened. A timeout after the request left
 * is reported as unknown, never retried: a retried send is a duplicate. See
 * docs/decisions/0005-mail.md.
 */
public class MailjetGateway {

    static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(MailjetGateway.class);

    private final MailjetClient client;
    private final MailSettings.Mailjet settings;
    private final ExecutorService senders;

    public MailjetGateway(MailSettings.Mailjet settings) {
        this.settings = settings;
        this.senders = Executors.newFixedThreadPool(Math.max(1, settings.parallelRequests()), r -> {
            Thread t = new Thread(r, "mailjet-send");
            t.setDaemon(true);
            return t;
        });
        OkHttpClient http = new OkHttpClient.Builder()
                .retryOnConnectionFailure(false)
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(settings.readTimeout().multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS)
                .build();
        // ClientOptions' toString() prints the secret: it is never logged, nor kept.
        this.client = new MailjetClient(ClientOptions.builder()
                .baseUrl(settings.baseUrl().toString().replaceAll("/+$", ""))
                .apiKey(settings.apiKey())
                .apiSecretKey(settings.secretKey())
                .okHttpClient(http)
                .build());
    }

    /** One delivery per message, in order; up to {@code parallelRequests} batches in flight at once. */
    public List<Delivery> deliver(List<MailMessage> messages) {
        if (messages.size() <= BATCH) {
            return messages.isEmpty() ? List.of() : sendBatch(messages);
        }
        List<CompletableFuture<List<Delivery>>> batches = new ArrayList<>();
        for (int from = 0; from < messages.size(); from += BATCH) {
            List<MailMessage> batch = messages.subList(from, Math.min(messages.size(), from + BATCH));
            batches.add(CompletableFuture.supplyAsync(() -> sendBatch(batch), senders));
        }
        List<Delivery> deliveries = new ArrayList<>(messages.size());
        batches.forEach(batch -> deliveries.addAll(batch.join()));
        return deliveries;
    }

    /** Stops the sending threads (the application is closing). */
    public void close() {
        senders.shutdown();
    }

    private List<Delivery> sendBatch(List<MailMessage> batch) {
        SendEmailsRequest request = SendEmailsRequest.builder()
                .messages(batch.stream().map(MailjetGateway::toMailjet).toList())
                .sandboxMode(settings.sandbox())
                .build();
        Duration backoff = settings.firstBackoff();
        String lastProblem = "";
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            try {
                return results(request.sendWith(client), batch);
            } catch (MailjetRateLimitException e) {
                lastProblem = "Mailjet limite le nombre d’envois (429)";
            } catch (MailjetServerException e) {
                lastProblem = "Mailjet a rencontré une erreur de son côté (5xx)";
            } catch (MailjetUnauthorizedException e) {
                log.error("Mailjet refused the API keys (401): check MAILJET_API_KEY and MAILJET_SECRET_KEY");
                return all(
                        batch,
                        Delivery.Status.REFUSED,
                        "Mailjet refuse les clés d’accès (401) : l’administrateur doit vérifier MAILJET_API_KEY et MAILJET_SECRET_KEY.");
            } catch (MailjetClientRequestException e) {
                return all(batch, Delivery.Status.REFUSED, "Mailjet a refusé la demande : " + e.getMessage());
            } catch (MailjetClientCommunicationException e) {
                if (!neverSent(e)) {
                    log.warn(
                            "Mailjet did not answer in time; {} message(s) may or may not have been sent",
                            batch.size());
                    return all(
                            batch,
                            Delivery.Status.UNKNOWN,
                            "Mailjet n’a pas répondu à temps : l’envoi sera confirmé ou non par ses événements.");
                }
                lastProblem = "Mailjet est injoignable";
            } catch (MailjetException e) {
                return all(batch, Delivery.Status.UNKNOWN, "Réponse inattendue de Mailjet : " + e.getMessage());
            }
            if (attempt < settings.maxAttempts()) {
                log.info(
                        "{}: attempt {} of {}, next in {} ms",
                        lastProblem,
                        attempt,
                        settings.maxAttempts(),
                        backoff.toMillis());
                pause(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
        return all(
                batch,
                Delivery.Status.DEFERRED,
                lastProblem + " : rien n’a été envoyé après " + settings.maxAttempts()
                        + " essais. Réessayez plus tard.");
    }

    /** Per-message results, from a 200 or a 400 answer (which may mix sent and refused messages). */
    private static List<Delivery> results(SendEmailsResponse response, List<MailMessage> batch) {
        Map<String, MessageResult> byId = new HashMap<>();
        MessageResult[] results = response.getMessages() == null ? new MessageResult[0] : response.getMessages();
        for (int i = 0; i < results.length; i++) {
            String id = results[i].getCustomID() != null
                    ? results[i].getCustomID()
                    : batch.get(Math.min(i, batch.size() - 1)).id();
            byId.put(id, results[i]);
        }
        List<Delivery> deliveries = new ArrayList<>(batch.size());
        for (MailMessage message : batch) {
            MessageResult result = byId.get(message.id());
            if (result == null) {
                deliveries.add(new Delivery(
                        message.id(), Delivery.Status.UNKNOWN, null, "Mailjet n’a rien dit de ce message."));
            } else if (result.getStatus() == SentMessageStatus.SUCCESS) {
                String providerId = result.getTo() == null || result.getTo().isEmpty()
                        ? null
                        : String.valueOf(result.getTo().get(0).getMessageID());
                deliveries.add(new Delivery(message.id(), Delivery.Status.ACCEPTED, providerId, null));
            } else {
                deliveries.add(Delivery.refused(
                        message.id(), "Mailjet a refusé ce message : " + describe(result.getErrors())));
            }
        }
        return deliveries;
    }

    private static String describe(SendEmailError[] errors) {
        if (errors == null || errors.length == 0) {
            return "sans préciser pourquoi.";
        }
        List<String> parts = new ArrayList<>();
        for (SendEmailError error : errors) {
            String related =
                    error.getErrorRelatedTo() == null ? "" : " (" + String.join(", ", error.getErrorRelatedTo()) + ")";
            parts.add(error.getErrorMessage() + related);
        }
        return String.join(" ; ", parts);
    }

    /** The connection never opened, so Mailjet cannot have received the request. */
    private static boolean neverSent(MailjetClientCommunicationException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SocketTimeoutException
                    && String.valueOf(t.getMessage()).contains("connect")) {
                return true;
            }
        }
        return false;
    }

    private static TransactionalEmail toMailjet(MailMessage m) {
        var email = TransactionalEmail.builder()
                .from(contact(m.from()))
                .to(m.to().stream().map(MailjetGateway::contact).toList())
                .subject(m.subject())
                .htmlPart(m.html())
                .textPart(m.text())
                .customID(m.id());
        if (!m.cc().isEmpty()) {
            email.cc(m.cc().stream().map(MailjetGateway::contact).toList());
        }
        if (m.replyTo() != null) {
            email.replyTo(contact(m.replyTo()));
        }
        if (!m.headers().isEmpty()) {
            email.headers(m.headers());
        }
        for (Attachment a : m.attachments()) {
            email.attachment(com.mailjet.client.transactional.Attachment.builder()
                    .filename(a.filename())
                    .contentType(a.contentType())
                    .base64Content(Base64.getEncoder().encodeToString(a.content()))
                    .build());
        }
        if (m.campaign() != null) {
            email.customCampaign(m.campaign()).deduplicateCampaign(true);
        }
        return email.build();
    }

    private static SendContact contact(Address address) {
        return address.name() == null
                ? new SendContact(address.email())
                : new SendContact(address.email(), address.name());
    }

    private static List<Delivery> all(List<MailMessage> batch, Delivery.Status status, String reason) {
        return batch.stream()
                .map(m -> new Delivery(m.id(), status, null, reason))
                .toList();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
