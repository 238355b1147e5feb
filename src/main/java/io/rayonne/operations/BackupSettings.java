package io.rayonne.operations;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Backups: Elasticsearch snapshots of Rayonne's indices, plus copies of the media files and of the
 * newsletter's signing key.
 *
 * @param directory where the media copies go ({@code media/}); keep it with the snapshots
 * @param repositoryLocation the snapshot repository's folder as Elasticsearch sees it (inside its
 *     {@code path.repo}); by default the embedded node's {@code rayonne.elasticsearch.embedded.snapshots}
 * @param cron when the scheduled backup runs (Paris time); "-" for never
 * @param keep how many backups are kept; older ones are deleted after each new one
 * @param restore on start, with an empty store: the backup to restore first ("latest" or its name)
 */
@ConfigurationProperties("rayonne.backups")
public record BackupSettings(
        @DefaultValue("data/backups") Path directory,
        @Nullable String repositoryLocation,
        @DefaultValue("0 30 2 * * *") String cron,
        @DefaultValue("14") int keep,
        @Nullable String restore) {

    public BackupSettings {
        if (keep < 1) {
            throw new IllegalArgumentException("rayonne.backups.keep must keep at least one backup");
        }
    }
}
