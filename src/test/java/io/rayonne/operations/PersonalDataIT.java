package io.rayonne.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.NewUser;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import io.rayonne.base.PersonalData;
import io.rayonne.mail.Address;
import io.rayonne.mail.Mail;
import io.rayonne.mail.MailMessage;
import io.rayonne.partners.Contact;
import io.rayonne.partners.LegalBasis;
import io.rayonne.partners.Membership;
import io.rayonne.partners.Partner;
import io.rayonne.partners.Partners;
import io.rayonne.partners.Sector;
import io.rayonne.partners.Subscription;
import io.rayonne.press.Journalist;
import io.rayonne.press.Journalists;
import io.rayonne.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * One person known to Rayonne by one address — a partner's contact, a journalist, a team member,
 * the recipient of an email — asks for their data, then to be forgotten.
 */
class PersonalDataIT extends IntegrationTest {

    @Autowired
    PersonalDataRequests requests;

    @Autowired
    Partners partners;

    @Autowired
    Journalists journalists;

    @Autowired
    Accounts accounts;

    @Autowired
    Mail mail;

    @Autowired
    AuditTrail audit;

    @Autowired
    co.elastic.clients.elasticsearch.ElasticsearchClient client;

    @Test
    void everythingHeldIsExportedThenErasedKeepingWhatIsCounted() throws Exception {
        String email = unique("claire.martin") + "@exemple.fr";
        Partner partner = as(
                "camille",
                () -> partners.create(new Partner.Draft(
                        "amiens-metropole",
                        unique("Hôtel du Beffroi"),
                        Sector.ACCOMMODATION,
                        "Amiens",
                        "3 place du Beffroi",
                        "80000",
                        "Amiens",
                        Membership.MEMBER,
                        2026,
                        null,
                        "https://www.exemple.fr",
                        "03 22 00 00 00",
                        "",
                        List.of(
                                contact("Claire", "Martin", email),
                                contact("Paul", "Durand", unique("paul") + "@exemple.fr")))),
                Role.COMMUNICATION);
        Journalist journalist = as(
                "hugo",
                () -> journalists.create(
                        new Journalist.Draft(
                                "Claire Martin",
                                "Pigiste",
                                List.of(),
                                Set.of("fr"),
                                Set.of("FR"),
                                Set.of("patrimoine"),
                                email,
                                "06 00 00 00 00",
                                "Rencontrée au salon",
                                "Carte de visite",
                                LocalDate.of(2026, 2, 15)),
                        true),
                Role.PRESS);
        String login = unique("claire").toLowerCase(Locale.ROOT);
        SystemUser.run(() -> accounts.register(
                new NewUser(login, "Claire Martin", email, "amiens-metropole", Set.of(Role.GUIDE), Locale.FRENCH),
                "mot-de-passe-long"));
        mail.send(MailMessage.of(
                unique("msg"),
                Address.of("contact@amiens-tourisme.example"),
                Address.of(email),
                "Votre accueil presse",
                "<p>Bonjour Claire</p>",
                "Bonjour Claire"));

        PersonalDataRequests.Report report = as("nadia", () -> requests.find(email), Role.ADMIN);
        assertThat(report.held())
                .extracting(PersonalData.Held::kind)
                .contains("partner-contact", "journalist", "user", "message");

        JsonNode exported = new ObjectMapper()
                .readTree(new String(as("nadia", () -> requests.export(email), Role.ADMIN), StandardCharsets.UTF_8));
        assertThat(exported.path("email").asText()).isEqualTo(email);
        assertThat(exported.path("records")).hasSize(report.held().size());
        assertThat(exported.toString()).contains("Rencontrée au salon", "CONSENT", "Votre accueil presse");
        assertThat(exported.toString()).doesNotContain("passwordHash", "{bcrypt}");

        int erased = as("nadia", () -> requests.erase(email), Role.ADMIN);
        assertThat(erased).isGreaterThanOrEqualTo(4);

        assertThat(as("nadia", () -> requests.find(email), Role.ADMIN).held()).isEmpty();
        Partner after = as("camille", () -> partners.get(partner.id()), Role.COMMUNICATION);
        assertThat(after.contacts()).extracting(Contact::firstName).containsExactly("Paul");
        Journalist anonymous = as("hugo", () -> journalists.get(journalist.id()), Role.PRESS);
        assertThat(anonymous.name()).isEqualTo("Journaliste (données effacées)");
        assertThat(anonymous.email()).isEmpty();
        assertThat(anonymous.markets()).containsExactly("FR");
        var user = as("nadia", () -> accounts.user(login), Role.ADMIN).orElseThrow();
        assertThat(user.active()).isFalse();
        assertThat(user.displayName()).isEqualTo("Compte effacé");
        assertThat(user.email()).isNull();

        // The audit log keeps that it was done, under a pseudonym, never the address.
        client.indices().refresh(r -> r.index("rayonne-audit"));
        String pseudonym = PersonalDataRequests.pseudonym(email);
        var lines = as(
                        "nadia",
                        () -> audit.search(new AuditQuery(pseudonym, null, null, null, null), 0, 10),
                        Role.ADMIN)
                .entries();
        assertThat(lines).extracting(AuditEntry::action).contains("personal-data.erased", "personal-data.exported");
        assertThat(as("nadia", () -> audit.search(new AuditQuery(email, null, null, null, null), 0, 10), Role.ADMIN)
                        .entries())
                .isEmpty();
    }

    @Autowired
    io.rayonne.testing.TestClock clock;

    /**
     * A contact unsubscribed four years ago and a journalist untouched for four years are due; a
     * contact unsubscribed last year and a subscribed one are not. Applying the rule erases the first two.
     */
    @Test
    void theRetentionRuleNamesThoseLongGoneAndErasesThem() {
        java.time.Instant now = java.time.Instant.now();
        java.time.Instant fourYearsAgo = now.minus(java.time.Duration.ofDays(4 * 366));
        String gone = unique("ancien") + "@exemple.fr";
        String recent = unique("recent") + "@exemple.fr";
        String subscribed = unique("abonne") + "@exemple.fr";
        String silentJournalist = unique("silence") + "@presse.example";
        // Rayonne dates a subscription's change itself: each partner is written at its moment.
        Partner partner = partnerAt(fourYearsAgo, left("Ancien", gone), contact("Abonné", "Fidèle", subscribed));
        partnerAt(now.minus(java.time.Duration.ofDays(365)), left("Récent", recent));
        clock.set(fourYearsAgo);
        try {
            as(
                    "hugo",
                    () -> journalists.create(
                            new Journalist.Draft(
                                    unique("Journaliste silencieux"),
                                    "",
                                    List.of(),
                                    Set.of("fr"),
                                    Set.of("FR"),
                                    Set.of(),
                                    silentJournalist,
                                    "",
                                    "",
                                    "",
                                    null),
                            true),
                    Role.PRESS);
        } finally {
            clock.useSystemTime();
        }

        List<String> due = as("nadia", () -> requests.inactive(), Role.ADMIN).stream()
                .map(PersonalDataRequests.Inactive::email)
                .toList();
        assertThat(due).contains(gone, silentJournalist).doesNotContain(recent, subscribed);

        int erased = as("nadia", () -> requests.eraseInactive(), Role.ADMIN);
        assertThat(erased).isGreaterThanOrEqualTo(2);
        assertThat(as("nadia", () -> requests.inactive(), Role.ADMIN))
                .extracting(PersonalDataRequests.Inactive::email)
                .doesNotContain(gone, silentJournalist);
        assertThat(as("camille", () -> partners.get(partner.id()), Role.COMMUNICATION)
                        .contacts())
                .extracting(Contact::email)
                .containsExactly(subscribed);
    }

    private Partner partnerAt(java.time.Instant at, Contact... contacts) {
        clock.set(at);
        try {
            return as(
                    "camille",
                    () -> partners.create(new Partner.Draft(
                            "amiens-metropole",
                            unique("Camping de la Somme"),
                            Sector.ACCOMMODATION,
                            "Amiens",
                            "1 chemin de halage",
                            "80000",
                            "Amiens",
                            Membership.MEMBER,
                            2026,
                            null,
                            "https://www.exemple.fr",
                            "03 22 00 00 01",
                            "",
                            List.of(contacts))),
                    Role.COMMUNICATION);
        } finally {
            clock.useSystemTime();
        }
    }

    private static Contact left(String first, String email) {
        return new Contact(
                "",
                first,
                "Parti",
                "",
                email,
                "",
                "fr",
                new Subscription(
                        io.rayonne.partners.SubscriptionState.UNSUBSCRIBED,
                        LegalBasis.CONSENT,
                        "Salon des partenaires",
                        LocalDate.of(2020, 3, 1),
                        null,
                        Set.of()));
    }

    @Test
    void onlyAdministratorsHandleRequests() {
        assertThatThrownBy(() -> as("camille", () -> requests.find("x@exemple.fr"), Role.COMMUNICATION))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("hugo", () -> requests.erase("x@exemple.fr"), Role.PRESS))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static Contact contact(String first, String last, String email) {
        return new Contact(
                "",
                first,
                last,
                "Directrice",
                email,
                "",
                "fr",
                Subscription.subscribed(LegalBasis.CONSENT, "Salon des partenaires", LocalDate.of(2026, 3, 12)));
    }
}
