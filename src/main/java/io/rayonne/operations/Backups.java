package io.rayonne.operations;

import io.rayonne.accounts.SystemUser;
import io.rayonne.base.Audited;
import io.rayonne.media.MediaSettings;
import io.rayonne.newsletter.NewsletterSettings;
import io.rayonne.operations.internal.MediaCopies;
import io.rayonne.operations.internal.Snapshots;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Backups of everything Rayonne holds: a snapshot of its indices (content, accounts, ledgers) and a
 * copy of the media files and signing key, every night and on demand; the newest
 * {@code rayonne.backups.keep} are kept. Restoring goes into an empty store, on start (decision 12).
 */
@Service
public class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("'rayonne-'yyyyMMdd'-'HHmmss").withZone(ZoneId.of("Europe/Paris"));

    /**
     * One backup.
     *
     * @param mediaFiles the media files it holds; -1 when they were not copied here
     */
    public record Backup(String name, java.time.Instant at, String state, int indices, int mediaFiles, String failure) {
        public boolean complete() {
            return "SUCCESS".equals(state) && mediaFiles >= 0;
        }
    }

    private final Snapshots snapshots;
    private final MediaCopies media;
    private final BackupSettings settings;
    private final MediaSettings mediaSettings;
    private final NewsletterSettings newsletter;
    private final Clock clock;

    Backups(
            Snapshots snapshots,
            MediaCopies media,
            BackupSettings settings,
            MediaSettings mediaSettings,
            NewsletterSettings newsletter,
            Clock clock) {
        this.snapshots = snapshots;
        this.media = media;
        this.settings = settings;
        this.mediaSettings = mediaSettings;
        this.newsletter = newsletter;
        this.clock = clock;
    }

    public BackupSettings settings() {
        return settings;
    }

    /** Every backup of the repository, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Backup> list() {
        return snapshots.list().stream().map(this::backup).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Audited(value = "backup.taken", subject = "#result.name()", label = "#result.state()")
    public Backup takeNow() {
        return take();
    }

    @Scheduled(cron = "${rayonne.backups.cron:0 30 2 * * *}", zone = "Europe/Paris")
    void nightly() {
        SystemUser.run(() -> {
            Backup backup = take();
            log.info(
                    "Nightly backup {}: {}, {} indices, {} media files",
                    backup.name(),
                    backup.state(),
                    backup.indices(),
                    backup.mediaFiles());
        });
    }

    /** The snapshot first, then the files: a photo the snapshot describes is in the copy. */
    synchronized Backup take() {
        String name = NAME.format(clock.instant());
        List<String> taken =
                snapshots.list().stream().map(Snapshots.Snapshot::name).toList();
        for (int n = 2; taken.contains(name); n++) {
            name = NAME.format(clock.instant()) + "-" + n;
        }
        Snapshots.Snapshot snapshot = snapshots.create(name);
        int files = media.save(name, mediaSettings.directory(), newsletter.keyFile());
        keepNewest(settings.keep());
        return new Backup(
                snapshot.name(),
                snapshot.at(),
                snapshot.state(),
                snapshot.indices(),
                files,
                snapshot.failure() == null ? "" : snapshot.failure());
    }

    /** Deletes the snapshots beyond the newest {@code keep}, and the copies only they held. */
    void keepNewest(int keep) {
        List<Snapshots.Snapshot> all = snapshots.list();
        all.stream().skip(keep).forEach(s -> snapshots.delete(s.name()));
        Set<String> kept =
                all.stream().limit(keep).map(Snapshots.Snapshot::name).collect(Collectors.toSet());
        media.prune(kept);
    }

    private Backup backup(Snapshots.Snapshot s) {
        return new Backup(
                s.name(),
                s.at(),
                s.state(),
                s.indices(),
                media.count(s.name()),
                s.failure() == null ? "" : s.failure());
    }
}
