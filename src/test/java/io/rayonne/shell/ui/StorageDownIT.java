package io.rayonne.shell.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.rayonne.accounts.SystemUser;
import io.rayonne.base.Channel;
import io.rayonne.calendar.Post;
import io.rayonne.calendar.PostStatus;
import io.rayonne.calendar.Posts;
import io.rayonne.testing.BrowserTest;
import io.rayonne.testing.NotePages;
import io.rayonne.testing.TestElasticsearch;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Elasticsearch stops while people work, or its disk fills: they are told so in plain French and
 * lose nothing they typed; a post dragged on the calendar goes back to its day; a banner says so on
 * every page until the store is back, and then what was kept saves, once. It stops the test node,
 * so Surefire runs it in a JVM of its own, with the resilience suite.
 */
class StorageDownIT extends BrowserTest {

    @Autowired
    Posts posts;

    @Test
    void whenTheStoreStopsTheWriterIsToldAndKeepsTheirTextAndLoginSaysWhy() {
        login("camille", DEMO_PASSWORD);
        var notes = new NotePages(page).openList();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouvelle note"))
                .first()
                .click();
        notes.titleField().fill("Compte rendu du comité de pilotage");
        notes.bodyField().fill("Trois décisions importantes, à ne pas perdre.");

        // A colleague has the calendar open on a month with a draft.
        LocalDate day = LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(3);
        String postId = unique("a-deplacer");
        SystemUser.run(() -> posts.importPost(
                postId,
                "amiens-metropole",
                "antoine",
                new Post.Draft(
                        "À déplacer " + postId,
                        Map.of(Channel.FACEBOOK, "Le marché sur l’eau, samedi matin."),
                        "",
                        "",
                        day.atTime(9, 0),
                        List.of(),
                        List.of()),
                PostStatus.DRAFT,
                List.of(),
                null,
                null));
        Page planner = login(newPage(), "antoine", DEMO_PASSWORD);
        planner.navigate(url("calendrier?vue=month&date=" + day));
        Locator post = planner.locator("[data-post='" + postId + "']");
        assertThat(planner.locator("td.fc-daygrid-day[data-date='" + day + "'] [data-post='" + postId + "']"))
                .isVisible();

        // A guide is writing her portrait at the same time.
        Page guide = login(newPage(), "lea", DEMO_PASSWORD);
        guide.navigate(url("portraits/nouveau"));
        guide.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Nom affiché").setExact(true))
                .fill("Léa Dupont");
        guide.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Présentation").setExact(true))
                .fill("Guide-conférencière, écrit hors ligne.");
        assertThat(guide.getByText("Brouillon gardé sur cet appareil", new Page.GetByTextOptions().setExact(false)))
                .isVisible();

        TestElasticsearch.node().close();

        guide.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(guide.getByText(
                        "Le service de stockage ne répond pas pour le moment : rien n’est perdu, votre texte est gardé sur cet appareil.",
                        new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(guide.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Présentation").setExact(true)))
                .hasValue("Guide-conférencière, écrit hors ligne.");
        Object kept = guide.evaluate("() => localStorage.getItem('rayonne.portrait.lea.nouveau')");
        org.assertj.core.api.Assertions.assertThat((String) kept).contains("Guide-conférencière, écrit hors ligne.");

        // The drag cannot be saved: the post goes back to its day, and the planner is told why.
        drag(planner, post, planner.locator("td.fc-daygrid-day[data-date='" + day.plusDays(1) + "']"));
        assertThat(planner.getByText(
                                "La publication n’a pas pu être déplacée : la base ne répond pas. Elle reste à sa place ; réessayez dans un instant.")
                        .first())
                .isVisible();
        assertThat(planner.locator("td.fc-daygrid-day[data-date='" + day + "'] [data-post='" + postId + "']"))
                .isVisible();
        assertThat(planner.locator(
                        "td.fc-daygrid-day[data-date='" + day.plusDays(1) + "'] [data-post='" + postId + "']"))
                .hasCount(0);

        notes.save();
        assertThat(page.getByText(
                        "Le service de stockage ne répond pas pour le moment.",
                        new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(notes.titleField()).hasValue("Compte rendu du comité de pilotage");
        assertThat(notes.bodyField()).hasValue("Trois décisions importantes, à ne pas perdre.");

        page.navigate(url("notes"));
        assertThat(page.getByText(
                        "Le service de stockage ne répond pas pour le moment.",
                        new Page.GetByTextOptions().setExact(false)))
                .isVisible();

        Page other = newPage();
        other.navigate(url("login"));
        other.getByLabel("Identifiant").fill("hugo");
        other.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true))
                .fill(DEMO_PASSWORD);
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter"))
                .click();
        assertThat(other.getByText("Connexion impossible pour le moment")).isVisible();

        // Every open page says so in a banner, until the store is back; then the kept text saves.
        Locator banner = guide.getByRole(AriaRole.ALERT)
                .filter(new Locator.FilterOptions().setHasText("La base de données ne répond plus."));
        assertThat(banner).isVisible();
        assertThat(page.getByRole(AriaRole.ALERT)
                        .filter(new Locator.FilterOptions().setHasText("La base de données ne répond plus.")))
                .isVisible();
        TestElasticsearch.restart();
        var slow = new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000);
        assertThat(guide.getByText("La base de données répond de nouveau : vous pouvez enregistrer."))
                .isVisible(slow);
        assertThat(banner).isHidden();
        assertThat(guide.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Présentation").setExact(true)))
                .hasValue("Guide-conférencière, écrit hors ligne.");
        guide.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(guide.getByText("Portrait enregistré.")).isVisible();
    }

    @Test
    void whenTheDiskIsFullTheWriterIsToldWhyAndTheirPostSavesOnceThereIsRoom() {
        String title = unique("Nuit des musées au Beffroi");
        LocalDate day = LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(12);
        Locator body = page.locator("body");
        login("camille", DEMO_PASSWORD);
        page.navigate(url("calendrier/publications/nouvelle?le=" + day.atTime(18, 0)));
        textbox(body, "Titre (pour l’équipe)").fill(title);
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Facebook"))
                .check();
        textbox(body, "Texte pour Facebook").fill("Samedi soir, le Beffroi ouvre jusqu’à minuit : montée libre.");
        Locator banner = page.getByRole(AriaRole.ALERT)
                .filter(new Locator.FilterOptions().setHasText("Le disque de la base de données est plein"));

        TestElasticsearch.fillDisk();
        try {
            click(body, "Enregistrer");
            assertThat(page.getByText(
                                    "Rien n’a été enregistré : le disque du serveur est plein.",
                                    new Page.GetByTextOptions().setExact(false))
                            .first())
                    .isVisible();
            assertThat(banner).isVisible();
            assertThat(textbox(body, "Titre (pour l’équipe)")).hasValue(title);
            screenshot(page, "disk-full");
        } finally {
            TestElasticsearch.freeDisk();
        }
        var slow = new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000);
        assertThat(page.getByText("La base de données répond de nouveau : vous pouvez enregistrer."))
                .isVisible(slow);
        assertThat(banner).isHidden();
        click(body, "Enregistrer");
        assertThat(page.getByText("Publication enregistrée.").first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(
                        SystemUser.call(() -> posts.between(List.of("amiens-metropole"), day, day.plusDays(1))))
                .filteredOn(p -> p.title().equals(title))
                .hasSize(1);
    }
}
