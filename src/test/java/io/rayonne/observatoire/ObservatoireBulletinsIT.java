package io.rayonne.observatoire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rayonne.accounts.Role;
import io.rayonne.newsletter.BulletinStatistics;
import io.rayonne.newsletter.CampaignState;
import io.rayonne.newsletter.Campaigns;
import io.rayonne.testing.MailjetIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bulletins' part of the dashboards, counted over the delivery ledger by Elasticsearch, against
 * the sample issue's own statistics once it is sent through the Mailjet emulator.
 */
class ObservatoireBulletinsIT extends MailjetIntegrationTest {

    private static final String SAMPLE = "amiens-back-office-novembre-2026";

    @Autowired
    Campaigns campaigns;

    @Autowired
    io.rayonne.newsletter.internal.CampaignStore campaignStore;

    @Test
    void bulletinsSentWithTheirRatesAndThePartnersTheyNamed() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        // Sent when the samples loaded; the campaign's last write is searchable within a refresh.
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> statistics(List.of("amiens-metropole"), today).issues().stream()
                        .anyMatch(i -> i.bulletinId().equals(SAMPLE)));
        assertThat(as("camille", () -> campaigns.of(SAMPLE), Role.COMMUNICATION)
                        .orElseThrow()
                        .state())
                .isEqualTo(CampaignState.SENT);
        campaignStore.refreshLedger(); // the ledger's last entries, searchable before both counts
        BulletinStatistics counted = statistics(List.of("amiens-metropole"), today);
        var sample = counted.issues().stream()
                .filter(i -> i.bulletinId().equals(SAMPLE))
                .findFirst()
                .orElseThrow();
        var direct = as("camille", () -> campaigns.statistics(SAMPLE), Role.COMMUNICATION)
                .all();
        assertThat(sample.sent()).isPositive().isEqualTo(direct.accepted());
        assertThat(sample.opened()).isEqualTo(direct.opened());
        assertThat(sample.clicked()).isEqualTo(direct.clicked());
        assertThat(counted.openRate()).isNotNull();
        assertThat(counted.featured())
                .extracting(BulletinStatistics.Featured::name)
                .contains("Barques des Hortillonnages", "Maison des macarons d’Amiens");
        // Nothing of another network's office is counted.
        assertThat(statistics(List.of("landes-chalosse"), today).issues()).isEmpty();
        // The press officer's observatoire counts the same issues; a guide counts none.
        assertThat(as(
                                "hugo",
                                () -> campaigns.statistics(
                                        List.of("amiens-metropole"), today.minusDays(7), today.plusDays(1)),
                                Role.PRESS)
                        .issues())
                .isEqualTo(statistics(List.of("amiens-metropole"), today).issues());
        assertThatThrownBy(() -> as(
                        "lea",
                        () -> campaigns.statistics(List.of("amiens-metropole"), today.minusDays(7), today),
                        Role.GUIDE))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private BulletinStatistics statistics(List<String> offices, LocalDate today) {
        return as(
                "camille",
                () -> campaigns.statistics(offices, today.minusDays(7), today.plusDays(1)),
                Role.COMMUNICATION);
    }
}
