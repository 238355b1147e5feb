package io.rayonne.testing;

import io.rayonne.accounts.Role;
import io.rayonne.media.Consent;
import io.rayonne.media.Photo;
import io.rayonne.media.PhotoUse;
import io.rayonne.media.Photos;
import io.rayonne.portraits.Favourite;
import io.rayonne.portraits.Portrait;
import io.rayonne.portraits.PortraitText;
import io.rayonne.portraits.Portraits;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Portraits made the way guides and reviewers make them, for tests that need approved ones. */
public final class TestPortraits {

    private TestPortraits() {}

    /**
     * A new guide's portrait with one photo of them, consented for social networks and the website
     * until {@code until}, submitted by the guide and approved by Camille (Amiens). Leaves Camille
     * signed in.
     */
    public static Portrait approved(Portraits portraits, Photos photos, String guide, String name, LocalDate until) {
        RayonneTest.signIn(guide, Role.GUIDE);
        Photo photo = photos.upload(new ByteArrayInputStream(TestPhotos.jpeg(300, 200, System.nanoTime())), "moi.jpg");
        Photo described = photos.describe(
                photo.id(),
                photo.revision(),
                new Photo.Description(
                        "OT Amiens",
                        "",
                        new Consent(true, name, Set.of(PhotoUse.SOCIAL_NETWORKS, PhotoUse.WEBSITE), until, false, "")));
        Portrait draft = portraits.create(new PortraitText(
                name,
                "Patrimoine",
                Set.of("fr"),
                "Amiens",
                List.of(new Favourite("Beffroi", "")),
                "",
                "Guide depuis dix ans.",
                List.of(described.id())));
        Portrait submitted = portraits.submit(draft.id(), draft.revision());
        RayonneTest.signIn("camille", Role.COMMUNICATION);
        return portraits.approve(submitted.id(), submitted.revision());
    }
}
