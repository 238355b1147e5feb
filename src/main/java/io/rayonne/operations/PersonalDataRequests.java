package io.rayonne.operations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.rayonne.base.Audited;
import io.rayonne.base.Names;
import io.rayonne.base.PersonalData;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A person's requests about their data (GDPR articles 15, 17 and 20): everything Rayonne holds on
 * them, found by their email address in every feature that holds personal data, given to them as
 * JSON, or erased. Erasing keeps what is only counted (a bulletin's opens, a visit's coverage).
 * The audit log records each request under a pseudonym of the address, never the address itself.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class PersonalDataRequests {

    /** What Rayonne holds on a person, and what they did in it when they have an account. */
    public record Report(String email, List<PersonalData.Held> held, List<AuditEntry> actions) {
        public boolean isEmpty() {
            return held.isEmpty() && actions.isEmpty();
        }
    }

    /** Someone due for erasure under the retention rule: their address, what is held, since when nothing happened. */
    public record Inactive(String email, List<PersonalData.Held> held, java.time.Instant lastActivity) {}

    private static final int MAX_ACTIONS = 10_000;

    private final List<PersonalData> holders;
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper()
            .findAndRegisterModules()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final PersonalDataSettings settings;

    PersonalDataRequests(List<PersonalData> holders, AuditTrail audit, Clock clock, PersonalDataSettings settings) {
        this.holders = holders;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    public PersonalDataSettings settings() {
        return settings;
    }

    /** The people the retention rule says to erase now, one per address, longest silent first. */
    public List<Inactive> inactive() {
        java.time.Instant before = clock.instant()
                .atZone(java.time.ZoneId.of("Europe/Paris"))
                .minus(settings.inactiveAfter())
                .toInstant();
        Map<String, List<PersonalData.Held>> byEmail = new LinkedHashMap<>();
        holders.forEach(h -> h.inactiveSince(before).forEach(held -> byEmail.computeIfAbsent(
                        Names.foldEmail(String.valueOf(held.data().get("email"))), e -> new ArrayList<>())
                .add(held)));
        return byEmail.values().stream()
                .map(held -> new Inactive(
                        String.valueOf(held.get(0).data().get("email")),
                        held,
                        held.stream()
                                .map(h -> java.time.Instant.parse(
                                        String.valueOf(h.data().get("lastActivity"))))
                                .max(java.util.Comparator.naturalOrder())
                                .orElseThrow()))
                .sorted(java.util.Comparator.comparing(Inactive::lastActivity))
                .toList();
    }

    /** Applies the retention rule: erases everyone it names; returns how many people. */
    @Audited(value = "personal-data.retention-applied", subject = "'retention'", label = "#result + ' personnes'")
    public int eraseInactive() {
        List<Inactive> due = inactive();
        due.forEach(person -> holders.forEach(h -> h.erase(person.email())));
        return due.size();
    }

    public Report find(String email) {
        String address = email.strip();
        List<PersonalData.Held> held = new ArrayList<>();
        holders.forEach(h -> held.addAll(h.heldOn(address)));
        List<AuditEntry> actions = new ArrayList<>();
        held.stream()
                .filter(h -> h.kind().equals("user"))
                .forEach(user ->
                        actions.addAll(audit.search(new AuditQuery("", null, user.id(), null, null), 0, MAX_ACTIONS)
                                .entries()));
        return new Report(address, held, actions);
    }

    /** Everything held, as one JSON document for the person (UTF-8). */
    @Audited(
            value = "personal-data.exported",
            subject = "T(io.rayonne.operations.PersonalDataRequests).pseudonym(#email)")
    public byte[] export(String email) {
        Report report = find(email);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("email", report.email());
        document.put("exportedAt", clock.instant().toString());
        document.put("exportedBy", "Rayonne");
        document.put("records", report.held());
        document.put("actions", report.actions());
        try {
            return json.writeValueAsString(document).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Erases what every feature holds on the person; returns how many records changed. */
    @Audited(
            value = "personal-data.erased",
            subject = "T(io.rayonne.operations.PersonalDataRequests).pseudonym(#email)",
            label = "#result + ' éléments'")
    public int erase(String email) {
        String address = email.strip();
        int erased = 0;
        for (PersonalData holder : holders) {
            erased += holder.erase(address);
        }
        return erased;
    }

    /** A stable stand-in for an address in the audit log: the start of its folded form's SHA-256. */
    public static String pseudonym(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Names.foldEmail(email).getBytes(StandardCharsets.UTF_8));
            return "personne-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
