package io.rayonne.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The image-rights rule every publishing step applies. */
class PhotoRuleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 21);

    private static Photo photo(String credit, Consent consent) {
        return new Photo(
                "p1",
                "hash",
                "image/jpeg",
                "parvis.jpg",
                800,
                600,
                1000,
                credit,
                "",
                consent,
                "lea",
                "amiens-metropole",
                Instant.EPOCH,
                null);
    }

    @Test
    void aCreditedPhotoWithNobodyOnItMayBePublishedForAnyUse() {
        assertThat(photo("OT Amiens", Consent.nobody()).problemsFor(Set.of(PhotoUse.values()), DAY))
                .isEmpty();
    }

    @Test
    void aPhotoWithoutCreditIsRefusedWhateverTheConsent() {
        assertThat(photo(" ", Consent.nobody()).problemsFor(Set.of(PhotoUse.WEBSITE), DAY))
                .extracting(ConsentProblem::reason)
                .containsExactly(ConsentProblem.Reason.NO_CREDIT);
    }

    @Test
    void peopleOnThePhotoNeedAConsentCoveringEachUseUntilTheDay() {
        var consent = new Consent(true, "Léa Dupont", Set.of(PhotoUse.WEBSITE), DAY, false, "");
        Photo photo = photo("OT Amiens", consent);
        assertThat(photo.problemsFor(Set.of(PhotoUse.WEBSITE), DAY)).isEmpty();
        assertThat(photo.problemsFor(Set.of(PhotoUse.WEBSITE, PhotoUse.SOCIAL_NETWORKS), DAY))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.reason()).isEqualTo(ConsentProblem.Reason.USE_NOT_COVERED);
                    assertThat(p.use()).isEqualTo(PhotoUse.SOCIAL_NETWORKS);
                    assertThat(p.fileName()).isEqualTo("parvis.jpg");
                });
        assertThat(photo.problemsFor(Set.of(PhotoUse.WEBSITE), DAY.plusDays(1)))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.reason()).isEqualTo(ConsentProblem.Reason.EXPIRED);
                    assertThat(p.date()).isEqualTo(DAY);
                });
    }

    @Test
    void anIncompleteRecordOrAMinorWithoutGuardianIsRefused() {
        var incomplete = new Consent(true, "", Set.of(PhotoUse.WEBSITE), DAY, false, "");
        assertThat(photo("OT", incomplete).problemsFor(Set.of(PhotoUse.WEBSITE), DAY))
                .extracting(ConsentProblem::reason)
                .containsExactly(ConsentProblem.Reason.NO_CONSENT);
        var minor = new Consent(true, "Classe de CM2", Set.of(PhotoUse.WEBSITE), DAY, true, "");
        assertThat(photo("OT", minor).problemsFor(Set.of(PhotoUse.WEBSITE), DAY))
                .extracting(ConsentProblem::reason)
                .containsExactly(ConsentProblem.Reason.NO_GUARDIAN);
        assertThat(minor.problems()).containsExactly("media.error.guardian-required");
    }
}
