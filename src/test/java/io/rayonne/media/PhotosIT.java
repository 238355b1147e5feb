package io.rayonne.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rayonne.accounts.Role;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.StaleEditException;
import io.rayonne.testing.IntegrationTest;
import io.rayonne.testing.TestPhotos;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Uploads checked by content, files kept by hash, rights and consents, on the real node and disk. */
class PhotosIT extends IntegrationTest {

    @Autowired
    Photos photos;

    @Autowired
    MediaSettings settings;

    private static InputStream bytes(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    private static BufferedImage read(Path file) throws IOException {
        return ImageIO.read(file.toFile());
    }

    @Test
    void thePhotosTypeComesFromItsContentAndItsFilesAreKeptByHashWithSmallerCopies() throws IOException {
        signIn("lea", Role.GUIDE);
        // A PNG that calls itself .jpg is a PNG: its name follows its content.
        Photo png = photos.upload(bytes(TestPhotos.png(3_200, 2_400, System.nanoTime())), "C:\\Users\\lea\\parvis.jpg");
        assertThat(png.mediaType()).isEqualTo("image/png");
        assertThat(png.fileName()).isEqualTo("parvis.png");
        assertThat(png.width()).isEqualTo(3_200);
        assertThat(png.height()).isEqualTo(2_400);
        assertThat(png.hash()).hasSize(64);
        assertThat(png.credit()).isEmpty();

        Path original = photos.file(png, PhotoSize.ORIGINAL);
        assertThat(original.toString()).contains(png.hash());
        assertThat(Files.size(original)).isEqualTo(png.bytes());
        BufferedImage preview = read(photos.file(png, PhotoSize.PREVIEW));
        assertThat(preview.getWidth()).isEqualTo(1_600);
        assertThat(preview.getHeight()).isEqualTo(1_200);
        BufferedImage thumbnail = read(photos.file(png, PhotoSize.THUMBNAIL));
        assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isEqualTo(320);

        Photo jpeg = photos.upload(bytes(TestPhotos.jpeg(800, 600, System.nanoTime())), "hortillonnages.JPEG");
        assertThat(jpeg.mediaType()).isEqualTo("image/jpeg");
        assertThat(jpeg.fileName()).isEqualTo("hortillonnages.jpg");
        // Small photos are not enlarged.
        assertThat(read(photos.file(jpeg, PhotoSize.PREVIEW)).getWidth()).isEqualTo(800);

        Photo webp = photos.upload(bytes(TestPhotos.webp()), "canal.webp");
        assertThat(webp.mediaType()).isEqualTo("image/webp");
        assertThat(webp.width()).isEqualTo(640);
        assertThat(read(photos.file(webp, PhotoSize.THUMBNAIL)).getWidth()).isEqualTo(320);
    }

    @Test
    void theSameFileTwiceIsTwoPhotosSharingOneFile() {
        signIn("lea", Role.GUIDE);
        byte[] content = TestPhotos.jpeg(400, 300, System.nanoTime());
        Photo first = photos.upload(bytes(content), "a.jpg");
        Photo second = photos.upload(bytes(content), "b.jpg");
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.hash()).isEqualTo(first.hash());
        assertThat(photos.file(second, PhotoSize.ORIGINAL)).isEqualTo(photos.file(first, PhotoSize.ORIGINAL));
        assertThat(second.width()).isEqualTo(400);
    }

    @Test
    void fakesOtherTypesBrokenFilesHugeImagesAndHeavyFilesAreRefusedAndNothingIsKept() throws IOException {
        signIn("lea", Role.GUIDE);
        assertRefused("Ceci n'est pas une photo".getBytes(), "media.rejected.not-an-image");
        assertRefused("GIF89a\u0001\u0000\u0001\u0000".getBytes(), "media.rejected.other-type");
        assertRefused("<script>alert(1)</script>".getBytes(), "media.rejected.other-type");
        assertRefused(new byte[0], "media.rejected.empty");
        byte[] truncated = TestPhotos.jpeg(800, 600, 1);
        byte[] broken = new byte[200];
        System.arraycopy(truncated, 0, broken, 0, 20);
        assertRefused(broken, "media.rejected.unreadable");
        assertRefused(TestPhotos.pngClaiming(20_000, 20_000), "media.rejected.too-many-pixels");

        long limit = settings.maxUpload().toBytes();
        InputStream heavy = new InputStream() {
            long sent;

            @Override
            public int read() {
                return sent++ < limit + 10 ? (sent < 4 ? 0xFF : 0) : -1;
            }
        };
        assertThatThrownBy(() -> photos.upload(heavy, "lourde.jpg"))
                .isInstanceOfSatisfying(PhotoRejectedException.class, e -> {
                    assertThat(e.key()).isEqualTo("media.rejected.too-large");
                    assertThat(e.arguments()).containsExactly(limit / (1024 * 1024));
                });
        try (Stream<Path> left = Files.list(settings.directory().resolve("tmp"))) {
            assertThat(left).as("temporary files of refused uploads").isEmpty();
        }
    }

    private void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> photos.upload(bytes(content), "photo.jpg"))
                .isInstanceOfSatisfying(
                        PhotoRejectedException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    @Test
    void onlyTheUploaderAndTheTeamSeeAndDescribeAPhoto() {
        Photo mine = as(
                "lea", () -> photos.upload(bytes(TestPhotos.jpeg(300, 200, System.nanoTime())), "moi.jpg"), Role.GUIDE);
        assertThat(as("camille", () -> photos.get(mine.id()), Role.COMMUNICATION)
                        .id())
                .isEqualTo(mine.id());

        signIn(newGuide(), Role.GUIDE);
        assertThatThrownBy(() -> photos.get(mine.id())).isInstanceOf(NotFoundException.class);
        assertThat(photos.getAll(List.of(mine.id()))).isEmpty();
        assertThatThrownBy(() -> photos.describe(mine.id(), mine.revision(), mine.description()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDescriptionIsCompleteOrRefusedAndAStaleOneIsAConflict() {
        signIn("lea", Role.GUIDE);
        Photo photo = photos.upload(bytes(TestPhotos.jpeg(300, 200, System.nanoTime())), "groupe.jpg");
        var incomplete =
                new Photo.Description("OT Amiens", "", new Consent(true, "Famille Martin", Set.of(), null, true, ""));
        assertThatThrownBy(() -> photos.describe(photo.id(), photo.revision(), incomplete))
                .isInstanceOfSatisfying(InvalidPhotoDescriptionException.class, e -> assertThat(e.problems())
                        .containsExactly(
                                "media.error.uses-required",
                                "media.error.until-required",
                                "media.error.guardian-required"));

        var complete = new Photo.Description(
                "OT Amiens / J. Martin",
                "Un groupe devant le portail",
                new Consent(
                        true,
                        "Famille Martin",
                        Set.of(PhotoUse.WEBSITE),
                        photos.today().plusYears(1),
                        true,
                        "Paul Martin"));
        Photo described = photos.describe(photo.id(), photo.revision(), complete);
        assertThat(described.consent().guardian()).isEqualTo("Paul Martin");
        assertThat(photos.problemsFor(List.of(photo.id()), Set.of(PhotoUse.WEBSITE), photos.today()))
                .isEmpty();

        assertThatThrownBy(() -> photos.describe(photo.id(), photo.revision(), complete))
                .isInstanceOf(StaleEditException.class);
    }
}
