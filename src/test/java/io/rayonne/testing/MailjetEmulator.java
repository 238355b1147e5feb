package io.rayonne.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The part of Mailjet's API Rayonne uses, on loopback: {@code POST /v3.1/send} with Basic auth.
 * It accepts, refuses chosen addresses per message (a 400 that mixes sent and refused), answers
 * whole-request errors (401, 429, 5xx) or slowly on demand, and records every request it received,
 * parsed as JSON. Fast enough for a benchmark.
 */
public final class MailjetEmulator implements AutoCloseable {

    public static final String API_KEY = "emulator-key";
    public static final String SECRET = "emulator-secret";

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final List<JsonNode> requests = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<Integer> nextStatuses = new ConcurrentLinkedQueue<>();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final Set<String> refusedSenders = ConcurrentHashMap.newKeySet();
    private final AtomicLong messageIds = new AtomicLong(1_000_000);
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong deduplicated = new AtomicLong();
    /** Copies that would reach each address (lower case): what a recipient would count. */
    private final Map<String, AtomicLong> delivered = new ConcurrentHashMap<>();
    /** How many times each CustomID was handed over (in any request that reached the answer). */
    private final Map<String, AtomicLong> handed = new ConcurrentHashMap<>();
    /** The addresses each campaign has reached, for DeduplicateCampaign. */
    private final Map<String, Set<String>> campaignAddresses = new ConcurrentHashMap<>();

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private volatile Duration delay = Duration.ZERO;
    private volatile boolean recording = true;

    public MailjetEmulator() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v3.1/send", this::send);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next requests get these whole-request statuses (401, 429, 500, 503…), in order. */
    public MailjetEmulator answerNext(int... statuses) {
        for (int status : statuses) {
            nextStatuses.add(status);
        }
        return this;
    }

    /** Messages to this address are refused, each on its own, as Mailjet does for an invalid recipient. */
    public MailjetEmulator refuse(String email) {
        refused.add(email);
        return this;
    }

    /** Messages from this address are refused, as Mailjet does for a sender not validated on the account. */
    public MailjetEmulator refuseSender(String email) {
        refusedSenders.add(email);
        return this;
    }

    public MailjetEmulator delay(Duration delay) {
        this.delay = delay;
        return this;
    }

    /** For benchmarks: count messages without keeping the requests. */
    public MailjetEmulator recording(boolean recording) {
        this.recording = recording;
        return this;
    }

    public List<JsonNode> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Every message of every request received, in order. */
    public List<JsonNode> messages() {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode request : requests()) {
            request.path("Messages").forEach(all::add);
        }
        return all;
    }

    public long acceptedCount() {
        return accepted.get();
    }

    /** Copies that reached this address: accepted, and not dropped by DeduplicateCampaign. */
    public long deliveredTo(String email) {
        AtomicLong n = delivered.get(email.toLowerCase(java.util.Locale.ROOT));
        return n == null ? 0 : n.get();
    }

    /** Every address reached, with how many copies it got. */
    public Map<String, Long> deliveredCopies() {
        Map<String, Long> copies = new java.util.TreeMap<>();
        delivered.forEach((email, n) -> copies.put(email, n.get()));
        return copies;
    }

    /** The CustomIDs handed over more than once: what the sender sent again (Mailjet may drop them). */
    public long handedAgain() {
        return handed.values().stream().filter(n -> n.get() > 1).count();
    }

    /** Messages accepted, then dropped as a second copy within their campaign (as Mailjet does). */
    public long deduplicatedCount() {
        return deduplicated.get();
    }

    public void reset() {
        requests.clear();
        nextStatuses.clear();
        refused.clear();
        refusedSenders.clear();
        delay = Duration.ZERO;
        accepted.set(0);
        deduplicated.set(0);
        delivered.clear();
        handed.clear();
        campaignAddresses.clear();
    }

    /** A slow Mailjet answers later from a timer, without holding a server thread. */
    private void send(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (delay.isZero()) {
            answer(exchange, body);
        } else {
            timer.schedule(
                    () -> {
                        try {
                            answer(exchange, body);
                        } catch (IOException e) {
                            // the client gave up waiting: that is what a slow answer is for
                        }
                    },
                    delay.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void answer(HttpExchange exchange, byte[] body) throws IOException {
        try (exchange) {
            String expected = "Basic "
                    + Base64.getEncoder().encodeToString((API_KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
            if (!"POST".equals(exchange.getRequestMethod())
                    || !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, error(401, "API key authentication/authorization failure."));
                return;
            }
            JsonNode request = json.readTree(body);
            if (recording) {
                requests.add(request);
            }
            Integer status = nextStatuses.poll();
            if (status != null) {
                answer(exchange, status, error(status, "Emulated answer " + status));
                return;
            }
            ArrayNode results = json.createArrayNode();
            boolean anyRefused = false;
            for (JsonNode message : request.path("Messages")) {
                ObjectNode result = results.addObject();
                result.put("CustomID", message.path("CustomID").asText(""));
                handed.computeIfAbsent(message.path("CustomID").asText(""), id -> new AtomicLong())
                        .incrementAndGet();
                String to = message.path("To").path(0).path("Email").asText();
                String from = message.path("From").path("Email").asText();
                if (refusedSenders.contains(from)) {
                    anyRefused = true;
                    result.put("Status", "error");
                    ObjectNode err = result.putArray("Errors").addObject();
                    err.put("ErrorIdentifier", "emulated-sender-" + from);
                    err.put("ErrorCode", "send-0008");
                    err.put("StatusCode", 403);
                    err.put(
                            "ErrorMessage",
                            "\"" + from + "\" is not an authorized sender email address for your account.");
                    err.putArray("ErrorRelatedTo").add("From");
                } else if (refused.contains(to)) {
                    anyRefused = true;
                    result.put("Status", "error");
                    ObjectNode err = result.putArray("Errors").addObject();
                    err.put("ErrorIdentifier", "emulated-" + to);
                    err.put("ErrorCode", "mj-0013");
                    err.put("StatusCode", 400);
                    err.put("ErrorMessage", "\"" + to + "\" is an invalid email address.");
                    err.putArray("ErrorRelatedTo").add("To[0].Email");
                } else {
                    accepted.incrementAndGet();
                    String address = to.toLowerCase(java.util.Locale.ROOT);
                    String campaign = message.path("CustomCampaign").asText("");
                    boolean firstInCampaign = campaign.isEmpty()
                            || campaignAddresses
                                    .computeIfAbsent(campaign, c -> ConcurrentHashMap.newKeySet())
                                    .add(address);
                    if (firstInCampaign || !message.path("DeduplicateCampaign").asBoolean(false)) {
                        delivered
                                .computeIfAbsent(address, a -> new AtomicLong())
                                .incrementAndGet();
                    } else {
                        deduplicated.incrementAndGet();
                    }
                    long id = messageIds.incrementAndGet();
                    result.put("Status", "success");
                    ObjectNode recipient = result.putArray("To").addObject();
                    recipient.put("Email", to);
                    recipient.put("MessageUUID", "uuid-" + id);
                    recipient.put("MessageID", id);
                    recipient.put("MessageHref", "https://api.mailjet.com/v3/REST/message/" + id);
                    result.putArray("Cc");
                    result.putArray("Bcc");
                }
            }
            ObjectNode response = json.createObjectNode();
            response.set("Messages", results);
            answer(exchange, anyRefused ? 400 : 200, response);
        }
    }

    private ObjectNode error(int status, String message) {
        ObjectNode error = json.createObjectNode();
        error.put("ErrorIdentifier", "emulated");
        error.put("StatusCode", status);
        error.put("ErrorMessage", message);
        return error;
    }

    private void answer(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        timer.shutdownNow();
    }
}
