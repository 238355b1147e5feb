package io.rayonne.samples;

import static io.rayonne.samples.SampleContent.files;
import static io.rayonne.samples.SampleContent.id;
import static io.rayonne.samples.SampleContent.readJson;
import static io.rayonne.samples.SampleContent.texts;

import com.fasterxml.jackson.databind.JsonNode;
import io.rayonne.partners.Contact;
import io.rayonne.partners.LegalBasis;
import io.rayonne.partners.Membership;
import io.rayonne.partners.Partner;
import io.rayonne.partners.Partners;
import io.rayonne.partners.Sector;
import io.rayonne.partners.SegmentCriteria;
import io.rayonne.partners.Segments;
import io.rayonne.partners.Subscription;
import io.rayonne.partners.SubscriptionState;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The partners of {@code content-samples/partners} (one file per office) and its saved segments. */
@Component
class PartnerSamples {

    private final Partners partners;
    private final Segments segments;

    PartnerSamples(Partners partners, Segments segments) {
        this.partners = partners;
        this.segments = segments;
    }

    /** The number of partners created. */
    int load(Path folder) {
        int created = 0;
        for (Path file : files(folder, ".json")) {
            String officeId = id(file);
            JsonNode office = readJson(file);
            for (JsonNode p : office.path("partners")) {
                created += partners.importPartner(p.path("id").asText(), draft(officeId, p)) ? 1 : 0;
            }
            for (JsonNode s : office.path("segments")) {
                segments.importSegment(
                        s.path("id").asText(), officeId, s.path("name").asText(), criteria(s.path("criteria")));
            }
        }
        return created;
    }

    private static Partner.Draft draft(String officeId, JsonNode p) {
        List<Contact> contacts = new ArrayList<>();
        int n = 1;
        for (JsonNode c : p.path("contacts")) {
            contacts.add(new Contact(
                    "c" + n++,
                    c.path("firstName").asText(""),
                    c.path("lastName").asText(""),
                    c.path("role").asText(""),
                    c.path("email").asText(""),
                    c.path("phone").asText(""),
                    c.path("language").asText("fr"),
                    new Subscription(
                            SubscriptionState.valueOf(c.path("state").asText("SUBSCRIBED")),
                            LegalBasis.valueOf(c.path("basis").asText("CONTRACT")),
                            c.path("source").asText(""),
                            c.hasNonNull("since")
                                    ? LocalDate.parse(c.path("since").asText())
                                    : null,
                            null,
                            Set.of())));
        }
        return new Partner.Draft(
                officeId,
                p.path("name").asText(),
                Sector.valueOf(p.path("sector").asText("OTHER")),
                p.path("territory").asText(""),
                p.path("street").asText(""),
                p.path("postalCode").asText(""),
                p.path("city").asText(""),
                Membership.valueOf(p.path("membership").asText("NOT_MEMBER")),
                p.hasNonNull("membershipYear") ? p.path("membershipYear").asInt() : null,
                p.path("apidaeId").asText(null),
                p.path("website").asText(""),
                p.path("phone").asText(""),
                p.path("notes").asText(""),
                contacts);
    }

    private static SegmentCriteria criteria(JsonNode c) {
        return new SegmentCriteria(
                c.path("text").asText(""),
                Set.copyOf(texts(c.path("offices"))),
                enums(c.path("sectors"), Sector.class),
                Set.copyOf(texts(c.path("territories"))),
                Set.copyOf(texts(c.path("cities"))),
                enums(c.path("memberships"), Membership.class),
                c.hasNonNull("memberSince") ? c.path("memberSince").asInt() : null,
                SegmentCriteria.Apidae.valueOf(c.path("apidae").asText("ANY")),
                Set.copyOf(texts(c.path("roles"))),
                Set.copyOf(texts(c.path("languages"))),
                enums(c.path("states"), SubscriptionState.class),
                enums(c.path("bases"), LegalBasis.class));
    }

    private static <E extends Enum<E>> Set<E> enums(JsonNode array, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        texts(array).forEach(v -> values.add(Enum.valueOf(type, v)));
        return values;
    }
}
