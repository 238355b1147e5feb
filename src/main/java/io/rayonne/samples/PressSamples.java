package io.rayonne.samples;

import static io.rayonne.samples.SampleContent.files;
import static io.rayonne.samples.SampleContent.id;
import static io.rayonne.samples.SampleContent.readJson;
import static io.rayonne.samples.SampleContent.texts;

import com.fasterxml.jackson.databind.JsonNode;
import io.rayonne.base.Amounts;
import io.rayonne.press.CoOrganiser;
import io.rayonne.press.Coverage;
import io.rayonne.press.CoverageItem;
import io.rayonne.press.Journalist;
import io.rayonne.press.Journalists;
import io.rayonne.press.Medium;
import io.rayonne.press.Outlet;
import io.rayonne.press.OutletKind;
import io.rayonne.press.Outlets;
import io.rayonne.press.PressKit;
import io.rayonne.press.PressKits;
import io.rayonne.press.PressVisit;
import io.rayonne.press.PressVisits;
import io.rayonne.press.ProgrammeItem;
import io.rayonne.press.Tone;
import io.rayonne.press.VisitOrigin;
import io.rayonne.press.VisitStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The press samples of {@code content-samples/press}: outlets, journalists, visits with their
 * programme, coverage. Sums are written as people type them ("38,50"). Called as the system user.
 */
@Component
class PressSamples {

    record Counts(int outlets, int journalists, int visits, int coverage, int kits) {}

    private final Outlets outlets;
    private final Journalists journalists;
    private final PressVisits visits;
    private final Coverage coverage;
    private final PressKits kits;

    PressSamples(Outlets outlets, Journalists journalists, PressVisits visits, Coverage coverage, PressKits kits) {
        this.kits = kits;
        this.outlets = outlets;
        this.journalists = journalists;
        this.visits = visits;
        this.coverage = coverage;
    }

    Counts load(Path press) {
        int outletCount = 0;
        for (Path file : files(press.resolve("outlets"), ".json")) {
            JsonNode o = readJson(file);
            outletCount += count(outlets.importOutlet(
                    id(file),
                    new Outlet.Draft(
                            o.path("name").asText(),
                            OutletKind.valueOf(o.path("kind").asText()),
                            o.path("country").asText(""),
                            o.path("language").asText(""),
                            o.hasNonNull("audience") ? o.path("audience").asLong() : null,
                            o.path("website").asText(""))));
        }
        int journalistCount = 0;
        for (Path file : files(press.resolve("journalists"), ".json")) {
            JsonNode j = readJson(file);
            journalistCount += count(journalists.importJournalist(
                    id(file),
                    new Journalist.Draft(
                            j.path("name").asText(),
                            j.path("role").asText(""),
                            texts(j.path("outlets")),
                            Set.copyOf(texts(j.path("languages"))),
                            Set.copyOf(texts(j.path("markets"))),
                            Set.copyOf(texts(j.path("beats"))),
                            j.path("email").asText(""),
                            j.path("phone").asText(""),
                            j.path("notes").asText(""),
                            j.path("consentSource").asText(""),
                            date(j, "consentDate"))));
        }
        int visitCount = 0;
        for (Path file : files(press.resolve("visits"), ".json")) {
            JsonNode v = readJson(file);
            String visitId = id(file);
            List<ProgrammeItem> programme = StreamSupport.stream(
                            v.path("programme").spliterator(), false)
                    .map(i -> new ProgrammeItem(
                            PressVisits.newItemId(),
                            LocalDate.parse(i.path("date").asText()),
                            i.hasNonNull("time")
                                    ? LocalTime.parse(i.path("time").asText())
                                    : null,
                            ProgrammeItem.Kind.valueOf(i.path("kind").asText()),
                            i.path("title").asText(),
                            i.path("partner").asText(""),
                            i.path("address").asText(""),
                            i.path("email").asText(""),
                            i.path("offered").asBoolean(false),
                            Amounts.parseCents(i.path("cost").asText(""))))
                    .toList();
            List<CoOrganiser> coOrganisers = StreamSupport.stream(
                            v.path("coOrganisers").spliterator(), false)
                    .map(c -> new CoOrganiser(
                            CoOrganiser.Kind.valueOf(c.path("kind").asText()),
                            c.path("name").asText(),
                            c.path("contact").asText(""),
                            c.path("email").asText("")))
                    .toList();
            visitCount += count(visits.importVisit(
                    visitId,
                    v.path("office").asText(),
                    new PressVisit.Draft(
                            v.path("subject").asText(),
                            v.path("angle").asText(""),
                            VisitOrigin.valueOf(v.path("origin").asText("PROPOSED")),
                            VisitStatus.valueOf(v.path("status").asText("IDEA")),
                            texts(v.path("journalists")),
                            texts(v.path("outlets")),
                            date(v, "start"),
                            date(v, "end"),
                            coOrganisers,
                            programme,
                            Amounts.parseCents(v.path("budget").asText("")),
                            Amounts.parseCents(v.path("actualCost").asText("")),
                            v.path("notes").asText(""))));
        }
        int coverageCount = 0;
        for (Path file : files(press.resolve("coverage"), ".json")) {
            JsonNode c = readJson(file);
            coverageCount += count(coverage.importCoverage(
                    id(file),
                    c.path("office").asText(),
                    new CoverageItem.Draft(
                            c.hasNonNull("visit") ? c.path("visit").asText() : null,
                            c.path("outlet").asText(),
                            c.hasNonNull("journalist") ? c.path("journalist").asText() : null,
                            date(c, "date"),
                            c.path("title").asText(),
                            c.path("language").asText(""),
                            c.path("market").asText(""),
                            Medium.valueOf(c.path("medium").asText("PRINT")),
                            c.hasNonNull("pages") ? c.path("pages").asDouble() : null,
                            c.hasNonNull("minutes") ? c.path("minutes").asInt() : null,
                            c.path("link").asText(""),
                            c.hasNonNull("reach") ? c.path("reach").asLong() : null,
                            Tone.valueOf(c.path("tone").asText("NEUTRAL")),
                            Amounts.parseCents(c.path("ave").asText("")),
                            c.path("notes").asText(""))));
        }
        int kitCount = 0;
        for (Path file : files(press.resolve("kits"), ".json")) {
            JsonNode k = readJson(file);
            Map<String, String> titles = new HashMap<>();
            k.path("titles")
                    .fields()
                    .forEachRemaining(e -> titles.put(e.getKey(), e.getValue().asText()));
            List<PressKit.Section> sections = StreamSupport.stream(
                            k.path("sections").spliterator(), false)
                    .map(s -> {
                        Map<String, PressKit.Version> versions = new HashMap<>();
                        s.fields()
                                .forEachRemaining(e -> versions.put(
                                        e.getKey(),
                                        new PressKit.Version(
                                                e.getValue().path("title").asText(),
                                                e.getValue().path("body").asText(""),
                                                e.getValue().path("machine").asBoolean(false))));
                        return new PressKit.Section(PressKits.newSectionId(), versions);
                    })
                    .toList();
            kitCount += count(kits.importKit(
                    id(file),
                    k.path("office").asText(),
                    new PressKit.Draft(
                            titles,
                            sections,
                            List.of(),
                            List.of(),
                            k.hasNonNull("embargo")
                                    ? LocalDateTime.parse(k.path("embargo").asText())
                                    : null,
                            PressKit.Visibility.valueOf(k.path("visibility").asText("PRIVATE")))));
        }
        return new Counts(outletCount, journalistCount, visitCount, coverageCount, kitCount);
    }

    private static int count(boolean created) {
        return created ? 1 : 0;
    }

    private static @Nullable LocalDate date(JsonNode node, String field) {
        return node.hasNonNull(field) ? LocalDate.parse(node.path(field).asText()) : null;
    }
}
