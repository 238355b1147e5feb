package io.rayonne.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.vaadin.flow.router.Route;
import io.rayonne.accounts.Role;
import io.rayonne.calendar.Posts;
import io.rayonne.newsletter.Bulletins;
import io.rayonne.notes.Notes;
import io.rayonne.partners.Partners;
import io.rayonne.partners.SegmentCriteria;
import io.rayonne.portraits.Portraits;
import io.rayonne.portraits.Series;
import io.rayonne.press.Coverage;
import io.rayonne.press.Journalists;
import io.rayonne.press.Outlets;
import io.rayonne.press.PressKits;
import io.rayonne.press.PressVisits;
import io.rayonne.testing.BrowserTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every screen against every kind of person, in Chromium: the visitor who has not signed in is
 * sent to the login page (the public kit page aside), a signed-in person who may not open a
 * screen is told it does not exist, and a guide reaches only their own portraits. Every route of
 * the application must be in the table.
 */
class RouteAccessIT extends BrowserTest {

    /** Who opens the screens: nobody signed in, then one person per role. */
    private static final Map<String, String> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("anonymous", null);
        CALLERS.put("GUIDE", "lea");
        CALLERS.put("COMMUNICATION", "camille");
        CALLERS.put("PRESS", "hugo");
        CALLERS.put("ADMIN", "nadia");
    }

    private static final Set<String> SIGNED_IN = Set.of("GUIDE", "COMMUNICATION", "PRESS", "ADMIN");
    private static final Set<String> TEAM = Set.of("COMMUNICATION", "PRESS", "ADMIN");
    private static final Set<String> EDITORS = Set.of("COMMUNICATION", "ADMIN");
    private static final Set<String> ADMIN = Set.of("ADMIN");

    /** One screen: its route as declared, the address opened, and who may open it. */
    private record Screen(String route, String path, Set<String> allowed) {}

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
    Bulletins bulletins;

    @Autowired
    PressVisits visits;

    @Autowired
    PressKits kits;

    @Autowired
    Journalists journalists;

    @Autowired
    Outlets outlets;

    @Autowired
    Coverage coverage;

    @Test
    void everyScreenAgainstEveryRole() {
        List<Screen> screens = screens();
        Set<String> declared = declaredRoutes();
        assertThat(screens.stream().map(Screen::route).collect(java.util.stream.Collectors.toSet()))
                .as("every route of the application is in the table")
                .containsAll(declared);

        Map<String, Map<String, String>> seen = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (var caller : CALLERS.entrySet()) {
            Page page = caller.getValue() == null ? newPage() : login(newPage(), caller.getValue(), DEMO_PASSWORD);
            boolean first = true;
            for (Screen screen : screens) {
                // Nobody signed in has no application open to navigate inside: they type an
                // address, or follow one from an email.
                String outcome =
                        open(page, screen.path(), first || screen.path().isEmpty() || caller.getValue() == null);
                first = false;
                seen.computeIfAbsent(screen.path(), p -> new LinkedHashMap<>()).put(caller.getKey(), outcome);
                String expected = screen.allowed().contains(caller.getKey())
                        ? "opens"
                        : caller.getValue() == null ? "login" : "refused";
                if (!outcome.equals(expected)) {
                    wrong.add(screen.path() + " as " + caller.getKey() + ": " + outcome + ", expected " + expected);
                    screenshot(page, "FAILED-route-" + caller.getKey() + "-" + wrong.size());
                }
            }
            page.context().close();
        }

        System.out.println("=== Screens × roles (✓ opens, L sent to login, · refused as not found) ===");
        System.out.printf(
                "%-58s %s%n",
                "",
                String.join(
                        " ",
                        CALLERS.keySet().stream().map(c -> c.substring(0, 4)).toList()));
        seen.forEach((path, outcomes) -> System.out.printf(
                "%-58s %s%n",
                path.length() > 58 ? path.substring(0, 57) + "…" : path,
                String.join(
                        "    ",
                        outcomes.values().stream()
                                .map(o -> o.equals("opens") ? "✓" : o.equals("login") ? "L" : "·")
                                .toList())));
        System.out.printf(
                "%d screens (%d routes) × %d callers = %d openings, %d not as the table says%n",
                screens.size(), declared.size(), CALLERS.size(), screens.size() * CALLERS.size(), wrong.size());
        assertThat(wrong).isEmpty();
    }

    /**
     * What the person sees: the screen, the login page, or "page not found". The first screen (and
     * every screen of someone not signed in) is loaded as a new page; the others are reached as a
     * link inside the application is followed
     * (the server judges each navigation the same way, without reloading the whole application).
     */
    private String open(Page page, String path, boolean load) {
        if (load) {
            page.navigate(url(path));
        } else {
            // The server's answer to this click, not a moment before it: the request it sends is
            // seen among the page's resource timings, then the client has nothing under way.
            page.evaluate(
                    "path => { performance.clearResourceTimings(); const a = document.createElement('a');"
                            + " a.href = path; a.setAttribute('router-link', '');"
                            + " document.body.appendChild(a); a.click(); a.remove(); }",
                    path);
            page.waitForFunction("() => performance.getEntriesByType('resource')"
                    + ".some(e => e.name.includes('v-r=uidl') && e.responseEnd > 0)");
        }
        waitUntilDrawn(page);
        if (!path.equals("login")
                && page.locator("vaadin-login-form, vaadin-login-overlay").count() > 0) {
            return "login";
        }
        if (page.getByText("Page introuvable").count() > 0) {
            return "refused";
        }
        return "opens";
    }

    private List<Screen> screens() {
        String post = as(
                        "camille",
                        () -> posts.between(
                                List.of("amiens-metropole"),
                                LocalDate.now().minusMonths(1),
                                LocalDate.now().plusMonths(2)),
                        Role.COMMUNICATION)
                .get(0)
                .id();
        String note = as("camille", () -> notes.list("amiens-metropole"), Role.COMMUNICATION)
                .get(0)
                .id();
        String partner = as("camille", () -> partners.find(SegmentCriteria.everyone(), 0, 1), Role.COMMUNICATION)
                .get(0)
                .id();
        var guidesPortraits = as("camille", () -> portraits.all(), Role.COMMUNICATION);
        String leas = guidesPortraits.stream()
                .filter(p -> p.guideId().equals("lea"))
                .findFirst()
                .orElseThrow()
                .id();
        String someoneElses = guidesPortraits.stream()
                .filter(p -> !p.guideId().equals("lea"))
                .findFirst()
                .orElseThrow()
                .id();
        String oneSeries =
                as("camille", () -> series.all(), Role.COMMUNICATION).get(0).id();
        String bulletin =
                as("camille", () -> bulletins.all(), Role.COMMUNICATION).get(0).id();
        String visit = as("hugo", () -> visits.mine(), Role.PRESS).get(0).id();
        String kit = as("hugo", () -> kits.mine(), Role.PRESS).get(0).id();
        String journalist =
                as("hugo", () -> journalists.all(), Role.PRESS).get(0).id();
        String outlet = as("hugo", () -> outlets.all(), Role.PRESS).get(0).id();
        String piece = as(
                        "hugo",
                        () -> coverage.mine(
                                LocalDate.now().minusYears(3), LocalDate.now().plusYears(1)),
                        Role.PRESS)
                .get(0)
                .id();
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
        Set<String> everyone = new TreeSet<>(SIGNED_IN);
        everyone.add("anonymous");
        Set<String> guideAndTeam = new TreeSet<>(TEAM);
        guideAndTeam.add("GUIDE");
        return List.of(
                new Screen("login", "login", everyone),
                new Screen("dossiers/:key", "dossiers/perret-150-ans", everyone),
                new Screen("", "", SIGNED_IN),
                new Screen("recherche", "recherche?q=visite", SIGNED_IN),
                new Screen("offices/:officeId?", "offices", SIGNED_IN),
                new Screen("calendrier", "calendrier", TEAM),
                new Screen("calendrier/publications/:postId", "calendrier/publications/" + post, TEAM),
                new Screen("calendrier/reglages", "calendrier/reglages", EDITORS),
                new Screen("notes", "notes", TEAM),
                new Screen("notes/:noteId", "notes/" + note, TEAM),
                new Screen("portraits", "portraits", guideAndTeam),
                new Screen("portraits/:portraitId", "portraits/" + leas, guideAndTeam),
                new Screen("portraits/:portraitId", "portraits/" + someoneElses, TEAM),
                new Screen("portraits/:portraitId", "portraits/nouveau", guideAndTeam),
                new Screen("portraits/series/:seriesId", "portraits/series/" + oneSeries, EDITORS),
                new Screen("photos/consentements", "photos/consentements", EDITORS),
                new Screen("partenaires", "partenaires", EDITORS),
                new Screen("partenaires/:partnerId", "partenaires/" + partner, EDITORS),
                new Screen("partenaires/import", "partenaires/import", EDITORS),
                new Screen("numeros", "numeros", EDITORS),
                new Screen("numeros/:bulletinId", "numeros/" + bulletin, EDITORS),
                new Screen("observatoire", "observatoire", TEAM),
                new Screen("observatoire/chiffres", "observatoire/chiffres", TEAM),
                new Screen("observatoire/bilan/:officeId/:year", "observatoire/bilan/amiens-metropole/" + year, TEAM),
                new Screen("presse/contacts", "presse/contacts", TEAM),
                new Screen("presse/journalistes/:journalistId", "presse/journalistes/" + journalist, TEAM),
                new Screen("presse/medias/:outletId", "presse/medias/" + outlet, TEAM),
                new Screen("presse/accueils", "presse/accueils", TEAM),
                new Screen("presse/accueils/:visitId", "presse/accueils/" + visit, TEAM),
                new Screen("presse/retombees", "presse/retombees", TEAM),
                new Screen("presse/retombees/:coverageId", "presse/retombees/" + piece, TEAM),
                new Screen("presse/dossiers", "presse/dossiers", TEAM),
                new Screen("presse/dossiers/:kitId", "presse/dossiers/" + kit, TEAM),
                new Screen("admin/utilisateurs", "admin/utilisateurs", ADMIN),
                new Screen("admin/emails", "admin/emails", ADMIN),
                new Screen("admin/index", "admin/index", ADMIN),
                new Screen("admin/journal", "admin/journal", ADMIN),
                new Screen("admin/sauvegardes", "admin/sauvegardes", ADMIN),
                new Screen("admin/donnees-personnelles", "admin/donnees-personnelles", ADMIN));
    }

    /** The routes the application declares, read from its {@code @Route} annotations. */
    private static Set<String> declaredRoutes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("io.rayonne")) {
            try {
                Route route = Class.forName(candidate.getBeanClassName()).getAnnotation(Route.class);
                routes.add(route.value());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return routes;
    }
}
