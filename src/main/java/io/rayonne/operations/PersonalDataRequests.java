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

    private static final int MAX_ACTIONS = 10_000;

    private final List<PersonalData> holders;
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper()
            .findAndRegisterModules()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    PersonalDataRequests(List<PersonalData> holders, AuditTrail audit, Clock clock) {
        this.holders = holders;
        this.audit = audit;
        this.clock = clock;
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
