package io.rayonne.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rayonne.accounts.Role;
import io.rayonne.media.Consent;
import io.rayonne.media.MissingConsentException;
import io.rayonne.media.Photo;
import io.rayonne.media.PhotoSize;
import io.rayonne.media.PhotoUse;
import io.rayonne.media.Photos;
import io.rayonne.testing.IntegrationTest;
import io.rayonne.testing.TestClock;
import io.rayonne.testing.TestPhotos;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Press kits on the real store, with the clock set by the test: nothing shows before the embargo,
 * everything after; wrong keys and private kits lead nowhere; photos obey the consent rule.
 */
class PressKitsIT extends IntegrationTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final KitLabels LABELS = new KitLabels("Dossier de presse", "", "Photo :", "Traduction automatique");

    @Autowired
    PressKits kits;

    @Autowired
    Photos photos;

    @Autowired
    TestClock clock;

    @AfterEach
    void systemTime() {
        clock.useSystemTime();
    }

    private static PressKit.Draft draft(
            String title,
            LocalDateTime embargo,
            PressKit.Visibility visibility,
            List<String> photoIds,
            List<PressKit.KitFile> files) {
        return new PressKit.Draft(
                Map.of("fr", title, "de", "Perret in Amiens"),
                List.of(
                        new PressKit.Section(
                                "a",
                                Map.of(
                                        "fr",
                                                new PressKit.Version(
                                                        "L’architecte", "Auguste **Perret** et la tour.", false),
                                        "de",
                                                new PressKit.Version(
                                                        "Der Architekt", "Auguste Perret und der Turm.", true))),
                        new PressKit.Section(
                                "b",
                                Map.of("fr", new PressKit.Version("Venir à Amiens", "À une heure de Paris.", false)))),
                photoIds,
                files,
                embargo,
                visibility);
    }

    private static byte[] onePagePdf() throws IOException {
        try (var document = new PDDocument()) {
            document.addPage(new PDPage());
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void nothingShowsBeforeTheEmbargoAndEverythingAtItsMinute() throws IOException {
        String press = newUser("amiens-metropole", Role.PRESS);
        Instant now = Instant.parse("2027-02-01T09:00:00Z");
        clock.set(now);
        LocalDateTime embargo = LocalDateTime.of(2027, 3, 1, 10, 0);
        Instant lifts = embargo.atZone(PARIS).toInstant();
        PressKit.KitFile programme = as(
                press,
                () -> kits.attach(new ByteArrayInputStream(unchecked(PressKitsIT::onePagePdf)), "programme.pdf"),
                Role.PRESS);
        Photo uploaded = as(
                press,
                () -> photos.upload(new ByteArrayInputStream(TestPhotos.jpeg(800, 600, 7)), "tour.jpg"),
                Role.PRESS);
        Photo tower = as(
                press,
                () -> photos.describe(
                        uploaded.id(),
                        uploaded.revision(),
                        new Photo.Description("OT Amiens Métropole", "La tour Perret", Consent.nobody())),
                Role.PRESS);
        PressKit kit = as(
                press,
                () -> kits.create(draft(
                        "Les 150 ans d’Auguste Perret",
                        embargo,
                        PressKit.Visibility.LINK,
                        List.of(tower.id()),
                        List.of(programme))),
                Role.PRESS);

        // Before: the office and the moment, nothing else — not the title, not a photo, not a file.
        clock.set(lifts.minusSeconds(60));
        assertThat(kits.open(kit.token())).containsInstanceOf(PublicKit.Embargoed.class);
        var embargoed = (PublicKit.Embargoed) kits.open(kit.token()).orElseThrow();
        assertThat(embargoed.until()).isEqualTo(lifts);
        assertThat(embargoed.toString()).doesNotContain("Perret").doesNotContain("architecte");
        assertThat(kits.photoFile(kit.token(), tower.id(), PhotoSize.PREVIEW)).isEmpty();
        assertThat(kits.attachment(kit.token(), programme.id())).isEmpty();
        assertThat(kits.pdf(kit.token(), "fr", LABELS)).isEmpty();

        // At the minute: everything.
        clock.set(lifts);
        var open = (PublicKit.Open) kits.open(kit.token()).orElseThrow();
        assertThat(open.officeName()).isEqualTo("Amiens Métropole Tourisme et Congrès");
        assertThat(open.kit().title("de")).isEqualTo("Perret in Amiens");
        assertThat(open.photos()).extracting(Photo::id).containsExactly(tower.id());
        assertThat(kits.photoFile(kit.token(), tower.id(), PhotoSize.PREVIEW)).isPresent();
        assertThat(kits.attachment(kit.token(), programme.id())).isPresent();
        byte[] pdf = kits.pdf(kit.token(), "de", LABELS).orElseThrow();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Perret in Amiens")
                    .contains("Der Architekt")
                    .contains("Traduction automatique");
            // The part not translated comes in French.
            assertThat(text).contains("Venir à Amiens");
        }
    }

    /** A try of a save whose earlier try was written, its answer lost (decision 13). */
    @Test
    void aKitSavedAgainAfterALostAnswerIsCompletedNotDoubledAndKeepsItsLink() {
        String press = newUser("amiens-metropole", Role.PRESS);
        String title = unique("Les hortillonnages en barque");
        var draft = draft(title, null, PressKit.Visibility.LINK, List.of(), List.of());
        String id = as(press, () -> kits.newId(draft), Role.PRESS);
        PressKit first = as(press, () -> kits.create(id, draft), Role.PRESS);
        PressKit again = as(
                press,
                () -> kits.create(id, draft(title, null, PressKit.Visibility.PUBLIC, List.of(), List.of())),
                Role.PRESS);
        assertThat(again.visibility()).isEqualTo(PressKit.Visibility.PUBLIC);
        assertThat(again.token()).as("the link sent is still the kit's").isEqualTo(first.token());
        assertThat(as(press, kits::mine, Role.PRESS))
                .filteredOn(k -> title.equals(k.titles().get("fr")))
                .extracting(PressKit::id)
                .containsExactly(id);
        assertThatThrownBy(() -> as(newUser("amiens-metropole", Role.PRESS), () -> kits.create(id, draft), Role.PRESS))
                .as("a kit someone else saved is not taken over by its id")
                .isInstanceOf(io.rayonne.base.AlreadyExistsException.class);
    }

    @Test
    void wrongKeysPrivateKitsAndOldLinksLeadNowhere() {
        String press = newUser("amiens-metropole", Role.PRESS);
        PressKit shared = as(
                press,
                () -> kits.create(draft("Hortillonnages", null, PressKit.Visibility.LINK, List.of(), List.of())),
                Role.PRESS);
        assertThat(kits.open(shared.token())).containsInstanceOf(PublicKit.Open.class);
        assertThat(kits.open(shared.token() + "x")).isEmpty();
        assertThat(kits.open("A".repeat(32))).isEmpty();
        // Shared by link only: its own address is not enough.
        assertThat(kits.open(shared.id())).isEmpty();

        PressKit renewed = as(press, () -> kits.newLink(shared.id(), shared.revision()), Role.PRESS);
        assertThat(kits.open(shared.token())).isEmpty();
        assertThat(kits.open(renewed.token())).isPresent();

        PressKit hidden = as(
                press,
                () -> kits.update(
                        renewed.id(),
                        renewed.revision(),
                        draft("Hortillonnages", null, PressKit.Visibility.PRIVATE, List.of(), List.of())),
                Role.PRESS);
        assertThat(kits.open(hidden.token())).isEmpty();

        PressKit everyone = as(
                press,
                () -> kits.update(
                        hidden.id(),
                        hidden.revision(),
                        draft("Hortillonnages", null, PressKit.Visibility.PUBLIC, List.of(), List.of())),
                Role.PRESS);
        assertThat(kits.open(everyone.id())).containsInstanceOf(PublicKit.Open.class);
    }

    @Test
    void anEmbargoInThePastAFileThatIsNoPdfAndAPhotoWithoutPressConsentAreRefused() {
        String press = newUser("amiens-metropole", Role.PRESS);
        clock.set(Instant.parse("2027-02-01T09:00:00Z"));
        assertThatThrownBy(() -> as(
                        press,
                        () -> kits.create(draft(
                                "Trop tard",
                                LocalDateTime.of(2027, 1, 31, 10, 0),
                                PressKit.Visibility.LINK,
                                List.of(),
                                List.of())),
                        Role.PRESS))
                .isInstanceOfSatisfying(InvalidPressInputException.class, e -> assertThat(e.problems())
                        .containsExactly("press.error.embargo-past"));
        assertThatThrownBy(() -> as(
                        press,
                        () -> kits.attach(new ByteArrayInputStream("<html>".getBytes()), "dossier.pdf"),
                        Role.PRESS))
                .isInstanceOfSatisfying(InvalidPressInputException.class, e -> assertThat(e.problems())
                        .containsExactly("press.error.kit-file-not_pdf"));

        // A guide on the photo agreed to the website only: the kit stays private until the press is covered.
        Photo guide = as(
                press,
                () -> photos.upload(new ByteArrayInputStream(TestPhotos.jpeg(640, 480, 11)), "guide.jpg"),
                Role.PRESS);
        Photo described = as(
                press,
                () -> photos.describe(
                        guide.id(),
                        guide.revision(),
                        new Photo.Description(
                                "OT Amiens",
                                "",
                                new Consent(
                                        true,
                                        "Léa Dupont",
                                        Set.of(PhotoUse.WEBSITE),
                                        LocalDate.of(2030, 1, 1),
                                        false,
                                        ""))),
                Role.PRESS);
        PressKit kept = as(
                press,
                () -> kits.create(
                        draft("Guides", null, PressKit.Visibility.PRIVATE, List.of(described.id()), List.of())),
                Role.PRESS);
        assertThatThrownBy(() -> as(
                        press,
                        () -> kits.update(
                                kept.id(),
                                kept.revision(),
                                draft("Guides", null, PressKit.Visibility.LINK, List.of(described.id()), List.of())),
                        Role.PRESS))
                .isInstanceOfSatisfying(MissingConsentException.class, e -> assertThat(e.problems())
                        .singleElement()
                        .satisfies(p -> assertThat(p.photoId()).isEqualTo(described.id())));
        assertThat(as(press, () -> kits.get(kept.id()).visibility(), Role.PRESS))
                .isEqualTo(PressKit.Visibility.PRIVATE);
    }

    @Test
    void eachLanguageSaysWhatIsMissingAndWhatAMachineTranslated() {
        PressKit kit = new PressKit(
                "k",
                "o",
                draft("Titre", null, PressKit.Visibility.PRIVATE, List.of(), List.of())
                        .titles(),
                draft("Titre", null, PressKit.Visibility.PRIVATE, List.of(), List.of())
                        .sections(),
                List.of(),
                List.of(),
                null,
                PressKit.Visibility.PRIVATE,
                "t",
                Instant.EPOCH,
                "x",
                null);
        assertThat(kit.translations())
                .extracting(t -> t.language() + ":" + t.missing() + ":" + t.machine())
                .containsExactly("fr:0:0", "en:3:0", "de:1:1");
        assertThat(kit.readableLanguages()).containsExactly("fr", "de");
    }

    private interface IoSupplier<T> {
        T get() throws IOException;
    }

    private static <T> T unchecked(IoSupplier<T> supplier) {
        try {
            return supplier.get();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
