package io.rayonne.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.rayonne.accounts.Role;
import io.rayonne.base.ElasticsearchSettings;
import io.rayonne.base.internal.EmbeddedElasticsearch;
import io.rayonne.media.MediaSettings;
import io.rayonne.media.Photo;
import io.rayonne.media.PhotoSize;
import io.rayonne.media.Photos;
import io.rayonne.newsletter.NewsletterSettings;
import io.rayonne.notes.Note;
import io.rayonne.notes.NoteDraft;
import io.rayonne.notes.Notes;
import io.rayonne.operations.Backups;
import io.rayonne.testing.IntegrationTest;
import io.rayonne.testing.TestElasticsearch;
import io.rayonne.testing.TestPhotos;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A backup made by the administrator, restored on "a new machine": a second, empty Elasticsearch
 * with the backups folder copied beside it, restored as Rayonne does on start. Content, photos
 * (their files, byte for byte), accounts (the password still opens) and the signing key are back.
 */
class BackupRestoreIT extends IntegrationTest {

    @Autowired
    Backups backups;

    @Autowired
    Notes notes;

    @Autowired
    Photos photos;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    MediaSettings mediaSettings;

    @Autowired
    NewsletterSettings newsletterSettings;

    @Test
    void aBackupRestoredIntoAnEmptyStoreBringsBackContentPhotosAndAccounts() throws Exception {
        String title = unique("Programme des Journées du patrimoine");
        Note note = as(
                "camille", () -> notes.create(new NoteDraft("amiens-metropole", title, "Visites")), Role.COMMUNICATION);
        Photo photo = as(
                "camille",
                () -> photos.upload(new ByteArrayInputStream(TestPhotos.jpeg(900, 600, 41)), "beffroi.jpg"),
                Role.COMMUNICATION);
        String login = newUser("amiens-metropole", Role.PRESS);

        Backups.Backup backup = as("nadia", backups::takeNow, Role.ADMIN);
        assertThat(backup.complete()).as(backup.failure()).isTrue();
        assertThat(backup.indices()).isGreaterThan(30);
        assertThat(backup.mediaFiles()).isGreaterThanOrEqualTo(3);
        assertThat(as("nadia", backups::list, Role.ADMIN))
                .first()
                .extracting(Backups.Backup::name)
                .isEqualTo(backup.name());

        Path machine = Path.of("target", unique("new-machine")).toAbsolutePath();
        copy(TestElasticsearch.SNAPSHOTS, machine.resolve("snapshots"));
        copy(BACKUPS, machine.resolve("backups"));
        EmbeddedElasticsearch empty = EmbeddedElasticsearch.start(
                URI.create("http://127.0.0.1:" + freePort()),
                new ElasticsearchSettings.Embedded(
                        true,
                        Path.of(System.getProperty(
                                "rayonne.elasticsearch.embedded.home", "target/elasticsearch/elasticsearch-8.19.21")),
                        Path.of(System.getProperty(
                                "rayonne.elasticsearch.embedded.plugin", "target/rayonne-analysis-plugin.zip")),
                        machine.resolve("elasticsearch"),
                        machine.resolve("snapshots"),
                        "384m",
                        Duration.ofMinutes(3)));
        try (RestClient rest = RestClient.builder(
                        new HttpHost(empty.url().getHost(), empty.url().getPort()))
                .build()) {
            var client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
            var snapshots = new Snapshots(client, machine.resolve("snapshots").toString());
            assertThat(snapshots.storeIsEmpty()).isTrue();
            Path media = machine.resolve("media");
            Path key = machine.resolve("newsletter.key");

            RestoreOnStart.restore(
                    backup.name(),
                    snapshots,
                    new MediaCopies(machine.resolve("backups/media")),
                    new MediaSettings(media, mediaSettings.maxUpload(), mediaSettings.maxPixels(), 60),
                    withKeyFile(key));

            assertThat(snapshots.storeIsEmpty()).isFalse();
            @SuppressWarnings("unchecked")
            Map<String, Object> restoredNote = client.get(
                            g -> g.index("rayonne-notes").id(note.id()), Map.class)
                    .source();
            assertThat(restoredNote).containsEntry("title", title);
            Map<?, ?> user = client.get(g -> g.index("rayonne-users").id(login), Map.class)
                    .source();
            assertThat(passwords.matches("mot-de-passe-long", (String) user.get("passwordHash")))
                    .isTrue();
            assertThat(client.get(g -> g.index("rayonne-photos").id(photo.id()), Map.class)
                            .found())
                    .isTrue();
            for (PhotoSize size : PhotoSize.values()) {
                Path original = photos.file(photo, size);
                Path back =
                        media.resolve(mediaSettings.directory().toAbsolutePath().relativize(original.toAbsolutePath()));
                assertThat(back).as(size.name()).exists().hasSameBinaryContentAs(original);
            }
            assertThat(key).hasSameBinaryContentAs(newsletterSettings.keyFile());
            assertThat(client.indices()
                            .existsAlias(e -> e.name("rayonne-posts"))
                            .value())
                    .isTrue();
        } finally {
            empty.close();
        }
    }

    private NewsletterSettings withKeyFile(Path key) {
        NewsletterSettings s = newsletterSettings;
        return new NewsletterSettings(
                s.publicUrl(),
                key,
                s.unsubscribeMailbox(),
                s.lease(),
                s.tick(),
                s.batch(),
                s.retryAfter(),
                s.giveUpAfter(),
                s.linkValidity(),
                s.sending());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk.sorted(Comparator.naturalOrder())::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
