package io.rayonne.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.rayonne.accounts.Role;
import io.rayonne.calendar.Post;
import io.rayonne.calendar.Posts;
import io.rayonne.newsletter.Bulletins;
import io.rayonne.notes.Notes;
import io.rayonne.partners.Partners;
import io.rayonne.partners.SegmentCriteria;
import io.rayonne.portraits.Portraits;
import io.rayonne.portraits.Series;
import io.rayonne.press.Journalists;
import io.rayonne.press.Outlets;
import io.rayonne.press.PressKits;
import io.rayonne.press.PressVisits;
import io.rayonne.testing.BrowserTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core (from the npm registry, unpacked by the build) run by Chromium on every screen, as each
 * kind of person reaches it: no serious or critical violation. Prints each screen's count.
 */
class AccessibilityIT extends BrowserTest {

    private static final Path AXE = Path.of("target/axe-core/package/axe.min.js");

    @Autowired
    Posts posts;

    @Autowired
    Notes notes;

    @Autowired
    Partners partners;

    @Autowired
    Portraits portraits;

    @Autowired
    Series series;

    @Autowired
    PressVisits visits;

    @Autowired
    PressKits kits;

    @Autowired
    Journalists journalists;

    @Autowired
    Outlets outlets;

    @Autowired
    Bulletins bulletins;

    @Test
    void noScreenHasASeriousOrCriticalViolation() throws IOException {
        String axe = Files.readString(AXE);
        Map<String, List<String>> found = new LinkedHashMap<>();

        Page anonymous = newPage();
        for (String path : List.of(
                "login", "dossiers/perret-150-ans", "bulletins/amiens-back-office-novembre-2026", "desinscription/x")) {
            found.put("(public) " + path, check(anonymous, path, axe));
        }

        Map<String, List<String>> byPerson = new LinkedHashMap<>();
        byPerson.put("camille", camillesScreens());
        byPerson.put("hugo", hugosScreens());
        byPerson.put("lea", List.of("", "portraits", "portraits/nouveau", "recherche?q=visite"));
        byPerson.put(
                "nadia",
                List.of(
                        "",
                        "admin/utilisateurs",
                        "offices",
                        "admin/emails",
                        "admin/index",
                        "admin/journal",
                        "admin/sauvegardes",
                        "admin/donnees-personnelles",
                        "observatoire?offices=valenciennes,dunkerque",
                        "observatoire/bilan/amiens-metropole/"
                                + LocalDate.now(ZoneId.of("Europe/Paris")).getYear()));
        for (var person : byPerson.entrySet()) {
            Page page = login(newPage(), person.getKey(), DEMO_PASSWORD);
            for (String path : person.getValue()) {
                found.put(person.getKey() + " " + (path.isEmpty() ? "(accueil)" : path), check(page, path, axe));
            }
        }

        System.out.println("=== Accessibility (axe-core, serious and critical violations) ===");
        found.forEach((screen, violations) -> System.out.printf("%-70s %d%n", screen, violations.size()));
        System.out.printf(
                "%d screens checked, %d violations%n",
                found.size(), found.values().stream().mapToInt(List::size).sum());
        List<String> all = new ArrayList<>();
        found.forEach((screen, violations) -> violations.forEach(v -> all.add(screen + ": " + v)));
        assertThat(all).isEmpty();
    }

    private List<String> camillesScreens() {
        Post post = as(
                        "camille",
                        () -> posts.between(
                                List.of("amiens-metropole"),
                                LocalDate.now().minusMonths(1),
                                LocalDate.now().plusMonths(2)),
                        Role.COMMUNICATION)
                .get(0);
        String note = as("camille", () -> notes.list("amiens-metropole"), Role.COMMUNICATION)
                .get(0)
                .id();
        String partner = as("camille", () -> partners.find(SegmentCriteria.everyone(), 0, 1), Role.COMMUNICATION)
                .get(0)
                .id();
        String portrait =
                as("camille", () -> portraits.all(), Role.COMMUNICATION).get(0).id();
        String oneSeries =
                as("camille", () -> series.all(), Role.COMMUNICATION).get(0).id();
        String bulletin =
                as("camille", () -> bulletins.all(), Role.COMMUNICATION).get(0).id();
        return List.of(
                "",
                "recherche?q=visite",
                "calendrier",
                "calendrier/publications/" + post.id(),
                "calendrier/reglages",
                "notes",
                "notes/" + note,
                "portraits",
                "portraits/" + portrait,
                "portraits/series/" + oneSeries,
                "photos/consentements",
                "partenaires",
                "partenaires/" + partner,
                "partenaires/import",
                "numeros",
                "numeros/" + bulletin,
                "observatoire",
                "observatoire/chiffres");
    }

    private List<String> hugosScreens() {
        String visit = as("hugo", () -> visits.mine(), Role.PRESS).get(0).id();
        String kit = as("hugo", () -> kits.mine(), Role.PRESS).get(0).id();
        String journalist =
                as("hugo", () -> journalists.all(), Role.PRESS).get(0).id();
        String outlet = as("hugo", () -> outlets.all(), Role.PRESS).get(0).id();
        return List.of(
                "",
                "presse/contacts",
                "presse/journalistes/" + journalist,
                "presse/medias/" + outlet,
                "presse/accueils",
                "presse/accueils/" + visit,
                "presse/retombees",
                "presse/dossiers",
                "presse/dossiers/" + kit);
    }

    /** The screen once it has drawn itself, checked by axe: each violation as "rule (impact): where". */
    @SuppressWarnings("unchecked")
    private List<String> check(Page page, String path, String axe) {
        page.navigate(url(path));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        if (!path.startsWith("bulletins/") && !path.startsWith("desinscription/")) {
            // A Vaadin screen (the others are plain pages): once its client has applied the answer, title included.
            waitUntilDrawn(page);
        }
        page.waitForFunction("() => !document.querySelector('vaadin-connection-indicator[loading]')");
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
        List<Map<String, Object>> violations = (List<Map<String, Object>>)
                page.evaluate(
                        """
                async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({ id: v.id, impact: v.impact,
                                 where: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ') }))
                """);
        return violations.stream()
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("where"))
                .toList();
    }
}
