package io.rayonne.operations.internal;

import io.rayonne.base.StoreStartup;
import io.rayonne.media.MediaSettings;
import io.rayonne.newsletter.NewsletterSettings;
import io.rayonne.operations.BackupSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * With {@code rayonne.backups.restore} set and a store that holds none of Rayonne's indices, puts
 * the backup back (indices, media files, signing key) before anything else touches the store. A
 * store that holds something is never overwritten: the restore is skipped and the log says why.
 */
@Component
class RestoreOnStart implements StoreStartup {

    private static final Logger log = LoggerFactory.getLogger(RestoreOnStart.class);

    private final BackupSettings settings;
    private final Snapshots snapshots;
    private final MediaCopies media;
    private final MediaSettings mediaSettings;
    private final NewsletterSettings newsletter;

    RestoreOnStart(
            BackupSettings settings,
            Snapshots snapshots,
            MediaCopies media,
            MediaSettings mediaSettings,
            NewsletterSettings newsletter) {
        this.settings = settings;
        this.snapshots = snapshots;
        this.media = media;
        this.mediaSettings = mediaSettings;
        this.newsletter = newsletter;
    }

    @Override
    public void beforeIndexes() {
        String wanted = settings.restore();
        if (wanted == null || wanted.isBlank()) {
            return;
        }
        if (!snapshots.storeIsEmpty()) {
            log.warn(
                    "rayonne.backups.restore={} is set but the store already holds Rayonne's indices: nothing restored",
                    wanted);
            return;
        }
        Snapshots.Snapshot snapshot = snapshots
                .find(wanted)
                .orElseThrow(() -> new IllegalStateException("No backup \"" + wanted + "\" in the repository "
                        + Snapshots.REPOSITORY + ": see the backups' names on the Sauvegardes screen or in "
                        + settings.directory().resolve("media/manifests")));
        restore(snapshot.name(), snapshots, media, mediaSettings, newsletter);
    }

    /** The whole restore, for a start with an empty store (and for the test that proves it). */
    static void restore(
            String name,
            Snapshots snapshots,
            MediaCopies media,
            MediaSettings mediaSettings,
            NewsletterSettings newsletter) {
        log.info("Restoring backup {} into the empty store", name);
        snapshots.restore(name);
        int files = media.restore(name, mediaSettings.directory(), newsletter.keyFile());
        log.info("Backup {} restored: indices and {} media files", name, files);
    }
}
