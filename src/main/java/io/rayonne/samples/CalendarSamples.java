package io.rayonne.samples;

import static io.rayonne.samples.SampleContent.files;
import static io.rayonne.samples.SampleContent.id;
import static io.rayonne.samples.SampleContent.readJson;
import static io.rayonne.samples.SampleContent.texts;

import com.fasterxml.jackson.databind.JsonNode;
import io.rayonne.base.Channel;
import io.rayonne.calendar.ApprovalPolicy;
import io.rayonne.calendar.CalendarSettings;
import io.rayonne.calendar.Post;
import io.rayonne.calendar.PostComments;
import io.rayonne.calendar.PostStatus;
import io.rayonne.calendar.Posts;
import io.rayonne.calendar.Recurrence;
import io.rayonne.calendar.TranslationStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The calendar samples of {@code content-samples/calendar}: one file per office, its review policy
 * and its posts. A post's day is either fixed ({@code at}) or relative to the first Monday on or
 * after the day the samples are loaded ({@code week}, {@code day}, {@code time}), so the calendar is
 * alive whenever Rayonne first starts: published posts two weeks back, the rest ahead.
 */
@Component
class CalendarSamples {

    private final Posts posts;
    private final PostComments comments;
    private final Clock clock;

    CalendarSamples(Posts posts, PostComments comments, Clock clock) {
        this.posts = posts;
        this.comments = comments;
        this.clock = clock;
    }

    /** The review policy and the weekday themes of an office's file. */
    private static CalendarSettings settings(JsonNode office) {
        Map<DayOfWeek, CalendarSettings.WeekdayTheme> weekdays = new EnumMap<>(DayOfWeek.class);
        office.path("weekdays").properties().forEach(e -> {
            JsonNode t = e.getValue();
            Set<Channel> channels = EnumSet.noneOf(Channel.class);
            t.path("channels").forEach(c -> channels.add(Channel.valueOf(c.asText())));
            weekdays.put(
                    DayOfWeek.valueOf(e.getKey()),
                    new CalendarSettings.WeekdayTheme(
                            t.path("theme").asText(),
                            channels,
                            t.path("opening").asText("")));
        });
        ApprovalPolicy policy = office.hasNonNull("policy")
                ? ApprovalPolicy.valueOf(office.path("policy").asText())
                : Posts.DEFAULT_POLICY;
        return new CalendarSettings(policy, weekdays, null);
    }

    /** The number of posts created. */
    int load(Path calendar) {
        LocalDate monday =
                LocalDate.now(clock.withZone(Posts.PARIS)).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        int created = 0;
        for (Path file : files(calendar, ".json")) {
            String officeId = id(file);
            JsonNode office = readJson(file);
            posts.importSettings(officeId, settings(office));
            int n = 1;
            for (JsonNode p : office.path("posts")) {
                String id = officeId + "-" + n++;
                LocalDateTime at = p.hasNonNull("at")
                        ? LocalDateTime.parse(p.path("at").asText())
                        : monday.plusWeeks(p.path("week").asInt())
                                .with(TemporalAdjusters.nextOrSame(
                                        DayOfWeek.valueOf(p.path("day").asText())))
                                .atTime(LocalTime.parse(p.path("time").asText()));
                JsonNode repeat = p.path("repeat");
                List<LocalDateTime> days = repeat.isMissingNode()
                        ? List.of(at)
                        : new Recurrence(
                                        Recurrence.Frequency.valueOf(
                                                repeat.path("frequency").asText()),
                                        1,
                                        java.util.Set.of(),
                                        at.toLocalDate(),
                                        at.toLocalTime(),
                                        null,
                                        repeat.path("count").asInt())
                                .occurrences();
                @Nullable String seriesId = repeat.isMissingNode() ? null : id;
                int occurrence = 1;
                for (LocalDateTime day : days) {
                    String postId = seriesId == null ? id : id + "-" + occurrence++;
                    created += posts.importPost(
                                    postId,
                                    officeId,
                                    p.path("owner").asText(),
                                    draft(p, day),
                                    PostStatus.valueOf(p.path("status").asText()),
                                    texts(p.path("approvedBy")),
                                    p.hasNonNull("publishedUrl")
                                            ? p.path("publishedUrl").asText()
                                            : null,
                                    seriesId)
                            ? 1
                            : 0;
                }
                int c = 1;
                for (JsonNode comment : p.path("comments")) {
                    comments.importComment(
                            seriesId == null ? id : id + "-1",
                            c++,
                            comment.path("author").asText(),
                            comment.path("text").asText(),
                            comment.path("reviewersOnly").asBoolean(false));
                }
            }
        }
        return created;
    }

    private static Post.Draft draft(JsonNode p, LocalDateTime at) {
        Map<Channel, String> texts = new EnumMap<>(Channel.class);
        p.path("texts")
                .fields()
                .forEachRemaining(
                        e -> texts.put(Channel.valueOf(e.getKey()), e.getValue().asText()));
        List<Post.Link> links = StreamSupport.stream(p.path("links").spliterator(), false)
                .map(l -> new Post.Link(
                        Post.Link.Kind.valueOf(l.path("kind").asText()),
                        l.path("id").asText()))
                .toList();
        Map<String, Post.Translation> translations = new java.util.LinkedHashMap<>();
        p.path("translations")
                .properties()
                .forEach(e -> translations.put(
                        e.getKey(),
                        new Post.Translation(
                                e.getValue().path("text").asText(""),
                                TranslationStatus.valueOf(
                                        e.getValue().path("status").asText()))));
        return new Post.Draft(
                p.path("title").asText(),
                texts,
                p.path("theme").asText(""),
                p.path("campaign").asText(""),
                at,
                texts(p.path("photos")),
                links,
                translations);
    }
}
