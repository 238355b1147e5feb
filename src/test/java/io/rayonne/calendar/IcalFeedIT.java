package io.rayonne.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.rayonne.accounts.Role;
import io.rayonne.base.Channel;
import io.rayonne.testing.IntegrationTest;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The private iCal feeds, read over HTTP without a login and parsed by ical4j as a calendar client
 * would: Paris times in UTC on both sides of the spring change, text escaped, the office's posts,
 * one theme's, one person's; a revoked or wrong link is a 404.
 */
class IcalFeedIT extends IntegrationTest {

    static {
        // The feeds carry UTC times only: the parser needs no time-zone download.
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    }

    @Autowired
    Posts posts;

    @Autowired
    CalendarFeeds feeds;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Map<String, VEvent> events(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        // Lines end with CRLF and are folded at 75 octets, as RFC 5545 asks.
        assertThat(response.body()).contains("\r\n");
        assertThat(Arrays.stream(response.body().split("\r\n")))
                .allSatisfy(line ->
                        assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        assertThat(calendar.validate().hasErrors())
                .as(calendar.validate().toString())
                .isFalse();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        return events.stream().collect(Collectors.toMap(e -> value(e, Property.UID), Function.identity()));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    private Post create(String writer, String title, Channel channel, String text, String theme, LocalDateTime at) {
        return as(
                writer,
                () -> posts.create(new Post.Draft(title, Map.of(channel, text), theme, "", at, List.of(), List.of())),
                Role.COMMUNICATION);
    }

    @Test
    void feedsListTheOfficesTheThemesAndThePersonsPostsUntilRevoked() throws Exception {
        String writer = newUser("amiens-metropole", Role.COMMUNICATION);
        String theme = unique("Printemps");
        Post before = create(
                writer,
                "Avant l’heure d’été",
                Channel.FACEBOOK,
                "Les barques; les jardins, les hérons\net le marché sur l’eau",
                theme,
                LocalDateTime.of(2027, 3, 27, 10, 0));
        Post after = create(
                writer,
                "Après l’heure d’été",
                Channel.INSTAGRAM,
                "Le printemps aux hortillonnages #Amiens",
                "",
                LocalDateTime.of(2027, 3, 28, 10, 0));
        as(writer, () -> posts.act(before.id(), before.revision(), PostAction.SUBMIT, null), Role.COMMUNICATION);

        CalendarFeed office = as(writer, () -> feeds.create(CalendarFeed.Kind.OFFICE, null), Role.COMMUNICATION);
        CalendarFeed themed = as(writer, () -> feeds.create(CalendarFeed.Kind.THEME, theme), Role.COMMUNICATION);
        CalendarFeed mine = as(writer, () -> feeds.create(CalendarFeed.Kind.PERSON, null), Role.COMMUNICATION);

        Map<String, VEvent> all = events(office.path());
        VEvent spring = all.get(before.id() + "@rayonne");
        // 10:00 in Paris is 09:00 UTC on the Saturday, 08:00 UTC on the Sunday the clocks change.
        assertThat(value(spring, Property.DTSTART)).isEqualTo("20270327T090000Z");
        assertThat(value(all.get(after.id() + "@rayonne"), Property.DTSTART)).isEqualTo("20270328T080000Z");
        assertThat(value(spring, Property.SUMMARY)).isEqualTo("Avant l’heure d’été");
        assertThat(value(spring, Property.DESCRIPTION))
                .contains("Étape : En relecture")
                .contains("Canaux : Facebook")
                .contains("Les barques; les jardins, les hérons\net le marché sur l’eau")
                .contains("/calendrier/publications/" + before.id());
        assertThat(value(spring, Property.STATUS)).isEqualTo("TENTATIVE");
        // The office's other posts are in its feed: the samples' approved Christmas market.
        assertThat(all).containsKey("amiens-metropole-5@rayonne");
        assertThat(value(all.get("amiens-metropole-5@rayonne"), Property.STATUS))
                .isEqualTo("CONFIRMED");

        assertThat(events(themed.path())).containsOnlyKeys(before.id() + "@rayonne");
        assertThat(events(mine.path())).containsOnlyKeys(before.id() + "@rayonne", after.id() + "@rayonne");

        as(writer, () -> feeds.revoke(office.id()), Role.COMMUNICATION);
        assertThat(get(office.path()).statusCode()).isEqualTo(404);
        assertThat(get(themed.path()).statusCode()).isEqualTo(200);
        assertThat(get("ical/" + themed.token().substring(1) + "x.ics").statusCode())
                .isEqualTo(404);
        assertThat(as(writer, () -> feeds.mine(), Role.COMMUNICATION))
                .extracting(f -> f.kind() + ":" + f.active())
                .containsExactlyInAnyOrder("OFFICE:false", "THEME:true", "PERSON:true");
    }
}
