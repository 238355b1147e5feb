package io.rayonne.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.LoginTakenException;
import io.rayonne.accounts.Network;
import io.rayonne.accounts.NewUser;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import io.rayonne.base.Channel;
import io.rayonne.media.Consent;
import io.rayonne.media.Photo;
import io.rayonne.media.PhotoUse;
import io.rayonne.media.Photos;
import io.rayonne.notes.NoteDraft;
import io.rayonne.notes.Notes;
import io.rayonne.portraits.Favourite;
import io.rayonne.portraits.PortraitStatus;
import io.rayonne.portraits.PortraitText;
import io.rayonne.portraits.Portraits;
import io.rayonne.portraits.Series;
import io.rayonne.portraits.SeriesPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty store from {@code content-samples/} (see its README). Ids are file names and
 * every item is created only if absent, so loading twice adds nothing twice.
 */
@Component
public class SampleContent {

    private static final Logger log = LoggerFactory.getLogger(SampleContent.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Accounts accounts;
    private final Notes notes;
    private final Portraits portraits;
    private final Photos photos;
    private final Series series;
    private final PressSamples pressSamples;
    private final CalendarSamples calendarSamples;
    private final PartnerSamples partnerSamples;
    private final BulletinSamples bulletinSamples;
    private final KeyFigureSamples keyFigureSamples;
    private final SampleSettings settings;
    private static final ObjectMapper JSON = new ObjectMapper();

    SampleContent(
            Accounts accounts,
            Notes notes,
            Portraits portraits,
            Photos photos,
            Series series,
            PressSamples pressSamples,
            CalendarSamples calendarSamples,
            PartnerSamples partnerSamples,
            BulletinSamples bulletinSamples,
            KeyFigureSamples keyFigureSamples,
            SampleSettings settings) {
        this.partnerSamples = partnerSamples;
        this.bulletinSamples = bulletinSamples;
        this.keyFigureSamples = keyFigureSamples;
        this.pressSamples = pressSamples;
        this.calendarSamples = calendarSamples;
        this.accounts = accounts;
        this.notes = notes;
        this.portraits = portraits;
        this.photos = photos;
        this.series = series;
        this.settings = settings;
    }

    /** Runs before the first administrator is created, while the store has no user yet. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(-10)
    void loadIntoEmptyStore() {
        if (!settings.enabled()) {
            return;
        }
        if (!Files.isDirectory(settings.directory())) {
            log.warn(
                    "No sample content: {} is not a folder",
                    settings.directory().toAbsolutePath());
            return;
        }
        if (accounts.anyUser()) {
            return;
        }
        Counts counts = load(settings.directory());
        log.info("Sample content loaded from {}: {}", settings.directory(), counts);
    }

    /** What a load created; what existed already is not counted. */
    public record Counts(
            int networks,
            int offices,
            int users,
            int notes,
            int photos,
            int portraits,
            int series,
            int outlets,
            int journalists,
            int visits,
            int coverage,
            int kits,
            int posts,
            int partners,
            int bulletins,
            int keyFigureMonths) {}

    public Counts load(Path directory) {
        return SystemUser.call(() -> {
            int networks = 0;
            int offices = 0;
            int users = 0;
            int created = 0;
            for (Path file : files(directory.resolve("networks"), ".json")) {
                JsonNode n = readJson(file);
                networks += accounts.registerNetwork(
                                new Network(id(file), n.path("name").asText()))
                        ? 1
                        : 0;
            }
            for (Path file : files(directory.resolve("offices"), ".json")) {
                JsonNode o = readJson(file);
                offices += accounts.registerOffice(new Office(
                                id(file),
                                o.path("name").asText(),
                                o.path("network").asText(),
                                o.path("territory").asText(null),
                                o.path("city").asText(null)))
                        ? 1
                        : 0;
            }
            for (Path file : files(directory.resolve("users"), ".json")) {
                JsonNode u = readJson(file);
                Set<Role> roles = StreamSupport.stream(u.path("roles").spliterator(), false)
                        .map(r -> Role.valueOf(r.asText()))
                        .collect(Collectors.toSet());
                try {
                    accounts.register(
                            new NewUser(
                                    id(file),
                                    u.path("name").asText(),
                                    u.path("email").asText(null),
                                    u.path("office").asText(),
                                    roles,
                                    Locale.FRENCH),
                            u.path("password").asText());
                    users++;
                } catch (LoginTakenException already) {
                    // loaded before
                }
            }
            for (Path file : files(directory.resolve("notes"), ".md")) {
                MarkdownFile md = MarkdownFile.read(file);
                created += notes.importNote(
                                        id(file),
                                        new NoteDraft(md.field("office"), md.field("title"), md.body()),
                                        md.field("author"),
                                        LocalDate.parse(md.field("date"))
                                                .atTime(9, 0)
                                                .atZone(PARIS)
                                                .toInstant())
                                .isPresent()
                        ? 1
                        : 0;
            }
            int portraitCount = 0;
            int photoCount = 0;
            for (Path file : files(directory.resolve("portraits"), ".json")) {
                JsonNode p = readJson(file);
                List<String> photoIds = new java.util.ArrayList<>();
                for (JsonNode photo : p.path("photos")) {
                    String name = photo.path("file").asText();
                    String photoId = "sample-" + id(file) + "-" + name.substring(0, name.lastIndexOf('.'));
                    photoIds.add(photoId);
                    photoCount += importPhoto(directory.resolve("photos").resolve(name), photoId, p, photo) ? 1 : 0;
                }
                PortraitText text = new PortraitText(
                        p.path("displayName").asText(),
                        p.path("speciality").asText(""),
                        StreamSupport.stream(p.path("languages").spliterator(), false)
                                .map(JsonNode::asText)
                                .collect(Collectors.toSet()),
                        p.path("territory").asText(""),
                        StreamSupport.stream(p.path("favourites").spliterator(), false)
                                .map(f -> new Favourite(
                                        f.path("place").asText(), f.path("text").asText()))
                                .toList(),
                        p.path("anecdotes").asText(""),
                        p.path("bio").asText(""),
                        photoIds);
                portraitCount += portraits.importPortrait(
                                id(file),
                                p.path("guide").asText(),
                                p.path("office").asText(),
                                text,
                                PortraitStatus.valueOf(p.path("status").asText("DRAFT")),
                                LocalDate.parse(p.path("date").asText())
                                        .atTime(9, 0)
                                        .atZone(PARIS)
                                        .toInstant())
                        ? 1
                        : 0;
            }
            int seriesCount = 0;
            for (Path file : files(directory.resolve("series"), ".json")) {
                JsonNode s = readJson(file);
                Set<Channel> channels = StreamSupport.stream(s.path("channels").spliterator(), false)
                        .map(c -> Channel.valueOf(c.asText()))
                        .collect(Collectors.toSet());
                seriesCount += series.importSeries(
                                id(file),
                                s.path("office").asText(),
                                new SeriesPlan(
                                        s.path("name").asText(),
                                        StreamSupport.stream(s.path("portraits").spliterator(), false)
                                                .map(JsonNode::asText)
                                                .toList(),
                                        LocalDate.parse(s.path("start").asText()),
                                        s.path("everyDays").asInt(7),
                                        LocalTime.parse(s.path("time").asText("10:00")),
                                        channels,
                                        s.path("hashtags").asText("")))
                        ? 1
                        : 0;
            }
            PressSamples.Counts press = pressSamples.load(directory.resolve("press"));
            return new Counts(
                    networks,
                    offices,
                    users,
                    created,
                    photoCount,
                    portraitCount,
                    seriesCount,
                    press.outlets(),
                    press.journalists(),
                    press.visits(),
                    press.coverage(),
                    press.kits(),
                    calendarSamples.load(directory.resolve("calendar")),
                    partnerSamples.load(directory.resolve("partners")),
                    bulletinSamples.load(directory.resolve("bulletins")),
                    keyFigureSamples.load(directory.resolve("key-figures")));
        });
    }

    static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    /** A photo of a portrait's folder entry: its credit, caption and, when people appear, their consent. */
    private boolean importPhoto(Path file, String photoId, JsonNode portrait, JsonNode photo) {
        JsonNode c = photo.path("consent");
        Consent consent = c.isMissingNode()
                ? Consent.nobody()
                : new Consent(
                        true,
                        c.path("by").asText(),
                        StreamSupport.stream(c.path("uses").spliterator(), false)
                                .map(u -> PhotoUse.valueOf(u.asText()))
                                .collect(Collectors.toSet()),
                        LocalDate.parse(c.path("until").asText()),
                        c.path("minor").asBoolean(false),
                        c.path("guardian").asText(""));
        try (var content = Files.newInputStream(file)) {
            return photos.importPhoto(
                    photoId,
                    content,
                    file.getFileName().toString(),
                    portrait.path("guide").asText(),
                    portrait.path("office").asText(),
                    new Photo.Description(
                            photo.path("credit").asText(), photo.path("caption").asText(""), consent));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Markdown file with a front matter of {@code name: value} lines between two {@code ---} lines. */
    record MarkdownFile(Path file, Map<String, String> frontMatter, String body) {

        static MarkdownFile read(Path file) {
            String text = readString(file).replace("\r\n", "\n");
            if (!text.startsWith("---\n")) {
                throw new IllegalArgumentException(file + ": no front matter");
            }
            int end = text.indexOf("\n---\n", 4);
            if (end < 0) {
                throw new IllegalArgumentException(file + ": the front matter is not closed by ---");
            }
            Map<String, String> front = new java.util.HashMap<>();
            for (String line : text.substring(4, end).split("\n")) {
                int colon = line.indexOf(':');
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (colon < 1) {
                    throw new IllegalArgumentException(
                            file + ": front matter lines are \"name: value\", not \"" + line + "\"");
                }
                String value = line.substring(colon + 1).strip();
                if (value.length() >= 2
                        && (value.startsWith("\"") && value.endsWith("\"")
                                || value.startsWith("'") && value.endsWith("'"))) {
                    value = value.substring(1, value.length() - 1);
                }
                front.put(line.substring(0, colon).strip(), value);
            }
            return new MarkdownFile(file, front, text.substring(end + 5).strip() + "\n");
        }

        String field(String name) {
            String value = frontMatter.get(name);
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException(file + ": the front matter has no " + name);
            }
            return value;
        }
    }

    static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    static String id(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    static List<Path> files(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
