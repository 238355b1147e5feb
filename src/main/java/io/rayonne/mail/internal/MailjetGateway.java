package io.rayonne.mail.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mailjet.client.ClientOptions;
import com.mailjet.client.MailjetClient;
import com.mailjet.client.MailjetRequest;
import com.mailjet.client.MailjetResponse;
import com.mailjet.client.errors.MailjetClientCommunicationException;
import com.mailjet.client.errors.MailjetClientRequestException;
import com.mailjet.client.errors.MailjetException;
import com.mailjet.client.errors.MailjetRateLimitException;
import com.mailjet.client.errors.MailjetServerException;
import com.mailjet.client.errors.MailjetUnauthorizedException;
import com.mailjet.client.resource.Emailv31;
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
    private static final ObjectMapper JSON = new ObjectMapper();
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
        ObjectNode body = JSON.createObjectNode();
        ArrayNode messages = body.putArray(Emailv31.MESSAGES);
        batch.forEach(m -> messages.add(toMailjet(m)));
        if (settings.sandbox()) {
            body.put(Emailv31.SANDBOX_MODE, true);
        }
        MailjetRequest request = new Prepared(body);
        Duration backoff = settings.firstBackoff();
        String lastProblem = "";
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            try {
                return results(client.post(request), batch);
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

    /**
     * A request whose body is written once, by Jackson. The client's own way (its transactional
     * builder, or {@code setBody}) turns the text into org.json objects and back into text: for a
     * campaign, megabytes of HTML parsed and quoted twice per call, most of a send's time.
     */
    private static final class Prepared extends MailjetRequest {
        private final String body;

        Prepared(ObjectNode body) {
            super(Emailv31.resource);
            try {
                this.body = JSON.writeValueAsString(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String getBody() {
            return body;
        }
    }

    /**
     * Per-message results, from a 200 or a 400 answer (which may mix sent and refused messages).
     *
     * @throws MailjetClientRequestException the answer holds no per-message results
     */
    private static List<Delivery> results(MailjetResponse response, List<MailMessage> batch)
            throws MailjetClientRequestException {
        String raw = response.getRawResponseContent();
        JsonNode results;
        try {
            results = JSON.readTree(raw).path("Messages");
        } catch (JsonProcessingException e) {
            results = JSON.missingNode();
        }
        if (!results.isArray()) {
            throw new MailjetClientRequestException(raw, response.getStatus());
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (int i = 0; i < results.size(); i++) {
            String id = results.get(i).path("CustomID").asText("");
            byId.put(id.isEmpty() ? batch.get(Math.min(i, batch.size() - 1)).id() : id, results.get(i));
        }
        List<Delivery> deliveries = new ArrayList<>(batch.size());
        for (MailMessage message : batch) {
            JsonNode result = byId.get(message.id());
            if (result == null) {
                deliveries.add(new Delivery(
                        message.id(), Delivery.Status.UNKNOWN, null, "Mailjet n’a rien dit de ce message."));
            } else if ("success".equalsIgnoreCase(result.path("Status").asText())) {
                JsonNode id = result.path("To").path(0).path("MessageID");
                deliveries.add(new Delivery(
                        message.id(), Delivery.Status.ACCEPTED, id.isMissingNode() ? null : id.asText(), null));
            } else if (aboutTheSender(result.path("Errors"))) {
                deliveries.add(
                        new Delivery(
                                message.id(),
                                Delivery.Status.SENDER_REFUSED,
                                null,
                                "Mailjet refuse l’adresse d’expédition "
                                        + message.from().email()
                                        + " (" + describe(result.path("Errors"))
                                        + ") : un administrateur doit la valider dans le compte Mailjet. Rien n’a été envoyé."));
            } else {
                deliveries.add(Delivery.refused(
                        message.id(), "Mailjet a refusé ce message : " + describe(result.path("Errors"))));
            }
        }
        return deliveries;
    }

    /**
     * Mailjet refuses the sender itself (an address not validated on the account, send-0008): the
     * message is fine, and goes once the address is validated.
     */
    private static boolean aboutTheSender(JsonNode errors) {
        for (JsonNode error : errors) {
            if ("send-0008".equals(error.path("ErrorCode").asText())) {
                return true;
            }
            for (JsonNode related : error.path("ErrorRelatedTo")) {
                if (related.asText().equals("From") || related.asText().startsWith("From.")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String describe(JsonNode errors) {
        if (errors.isEmpty()) {
            return "sans préciser pourquoi.";
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode error : errors) {
            List<String> related = new ArrayList<>();
            error.path("ErrorRelatedTo").forEach(r -> related.add(r.asText()));
            parts.add(error.path("ErrorMessage").asText("")
                    + (related.isEmpty() ? "" : " (" + String.join(", ", related) + ")"));
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

    /** A message of Send API v3.1, field by field. */
    private static ObjectNode toMailjet(MailMessage m) {
        ObjectNode email = JSON.createObjectNode();
        email.set("From", contact(m.from()));
        email.set("To", contacts(m.to()));
        if (!m.cc().isEmpty()) {
            email.set("Cc", contacts(m.cc()));
        }
        if (m.replyTo() != null) {
            email.set("ReplyTo", contact(m.replyTo()));
        }
        email.put("Subject", m.subject()).put("HTMLPart", m.html()).put("TextPart", m.text());
        email.put("CustomID", m.id());
        if (!m.headers().isEmpty()) {
            ObjectNode headers = email.putObject("Headers");
            m.headers().forEach(headers::put);
        }
        if (!m.attachments().isEmpty()) {
            ArrayNode attachments = email.putArray("Attachments");
            for (Attachment a : m.attachments()) {
                attachments
                        .addObject()
                        .put("Filename", a.filename())
                        .put("ContentType", a.contentType())
                        .put("Base64Content", Base64.getEncoder().encodeToString(a.content()));
            }
        }
        if (m.campaign() != null) {
            email.put("CustomCampaign", m.campaign()).put("DeduplicateCampaign", true);
        }
        return email;
    }

    private static ArrayNode contacts(List<Address> addresses) {
        ArrayNode all = JSON.createArrayNode();
        addresses.forEach(a -> all.add(contact(a)));
        return all;
    }

    private static ObjectNode contact(Address address) {
        ObjectNode contact = JSON.createObjectNode().put("Email", address.email());
        if (address.name() != null) {
            contact.put("Name", address.name());
        }
        return contact;
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
