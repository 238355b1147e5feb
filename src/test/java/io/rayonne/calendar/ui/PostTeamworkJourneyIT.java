package io.rayonne.calendar.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.rayonne.accounts.Role;
import io.rayonne.base.Channel;
import io.rayonne.calendar.Post;
import io.rayonne.calendar.Posts;
import io.rayonne.testing.BrowserTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The team around a post: the office's weekday themes filling in a new post; a colleague mentioned
 * in a comment, told under the bell, answering with a note the author does not see; an earlier
 * version compared word by word and brought back.
 */
class PostTeamworkJourneyIT extends BrowserTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    Posts posts;

    /** Ticks these channels in the group of checkboxes with this label. */
    private void choose(String label, String... channels) {
        Locator group = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(label));
        for (String channel : channels) {
            group.getByRole(
                            AriaRole.CHECKBOX,
                            new Locator.GetByRoleOptions().setName(channel).setExact(true))
                    .check();
        }
    }

    @Test
    void theOfficeGivesTuesdayItsThemeAndANewTuesdayPostStartsFromIt() {
        String officer = newUser("coeur-de-flandre", Role.COMMUNICATION);
        Locator body = page.locator("body");
        login(officer, "mot-de-passe-long");
        page.navigate(url("calendrier"));
        click(body, "Réglages");
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName("Réglages du calendrier")
                                .setLevel(2)))
                .isVisible();
        page.getByRole(
                        AriaRole.RADIO,
                        new Page.GetByRoleOptions().setName("Double relecture").setExact(false))
                .check();
        textbox(body, "Thème du mardi").fill("Gastronomie");
        choose("Canaux du mardi", "Facebook", "Instagram");
        textbox(body, "Début des textes du mardi").fill("#MardiGourmand");
        // A day with channels but no theme is named, not saved half-way.
        choose("Canaux du vendredi", "X");
        click(body, "Enregistrer");
        assertThat(page.getByText("Donnez un nom au thème de ce jour, ou videz ses canaux et son début de texte.")
                        .first())
                .isVisible();
        textbox(body, "Thème du vendredi").fill("Agenda du week-end");
        click(body, "Enregistrer");
        assertThat(page.getByText("Réglages enregistrés.").first()).isVisible();
        screenshot(page, "calendar-settings");

        LocalDate tuesday = LocalDate.now(PARIS).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        page.navigate(url("calendrier/publications/nouvelle?le=" + tuesday.atTime(12, 0)));
        Locator theme = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Thème"));
        assertThat(theme).hasValue("Gastronomie");
        assertThat(page.locator("#weekday-theme")).containsText("Le mardi, l’office parle de « Gastronomie »");
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Facebook")))
                .isChecked();
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Instagram")))
                .isChecked();
        assertThat(textbox(body, "Texte pour Instagram")).hasValue("#MardiGourmand ");

        // Moved to Wednesday, which has no theme: the theme filled in goes; back on Tuesday, it returns.
        Locator day = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Jour"));
        day.fill(TYPED.format(tuesday.plusDays(1)));
        day.press("Enter");
        assertThat(theme).hasValue("");
        assertThat(page.locator("#weekday-theme")).isHidden();
        day.fill(TYPED.format(tuesday));
        day.press("Enter");
        assertThat(theme).hasValue("Gastronomie");

        textbox(body, "Titre (pour l’équipe)").fill(unique("Le potjevleesch"));
        textbox(body, "Texte pour Instagram")
                .fill("#MardiGourmand Le potjevleesch de Cassel, en terrine, avec des frites.");
        textbox(body, "Texte pour Facebook").fill("#MardiGourmand Quatre viandes en gelée : le potjevleesch.");
        click(body, "Enregistrer");
        assertThat(page.getByText("Publication enregistrée.").first()).isVisible();
        assertThat(page.getByText("Règle de l’office : Double relecture.")).isVisible();
    }

    @Test
    void aMentionedColleagueIsToldAnswersPrivatelyAndAnEarlierVersionComesBack() {
        String author = newUser("cambresis", Role.COMMUNICATION);
        String reviewer = newUser("cambresis", Role.COMMUNICATION);
        String title = unique("Les bêtises de Cambrai");
        String first = "Sucrées, mentholées, nées de l’erreur d’un confiseur : les bêtises de Cambrai.";
        Post post = as(
                author,
                () -> posts.create(new Post.Draft(
                        title,
                        Map.of(Channel.FACEBOOK, first),
                        "Gastronomie",
                        "",
                        LocalDate.now(PARIS).plusDays(12).atTime(16, 0),
                        List.of(),
                        List.of())),
                Role.COMMUNICATION);
        Locator body = page.locator("body");
        login(author, "mot-de-passe-long");
        page.navigate(url("calendrier/publications/" + post.id()));
        assertThat(page.getByText("Pas encore de commentaire.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        textbox(body, "Votre commentaire").fill("@" + reviewer + " peux-tu relire le texte avant vendredi ?");
        click(body, "Commenter");
        assertThat(page.getByText("Commentaire ajouté : Test communication est prévenu·e.")
                        .first())
                .isVisible();
        assertThat(page.locator(".rayonne-comment .rayonne-mention")).hasText("@" + reviewer);

        Page colleague = login(newPage(), reviewer, "mot-de-passe-long");
        colleague
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notifications : 1 non lue(s)"))
                .click();
        colleague
                .getByText("Test communication vous mentionne à propos de « " + title + " ».")
                .click();
        assertThat(colleague.locator(".rayonne-comment")).containsText("peux-tu relire le texte avant vendredi ?");
        textbox(colleague.locator("body"), "Votre commentaire")
                .fill("Entre relecteurs : le texte est bon, mais l’heure de la boutique est à vérifier.");
        colleague
                .getByRole(
                        AriaRole.CHECKBOX,
                        new Page.GetByRoleOptions()
                                .setName("Note de relecture (les relecteurs la voient, pas l’auteur)"))
                .check();
        click(colleague.locator("body"), "Commenter");
        assertThat(colleague.locator(".rayonne-comment-private")).containsText("l’heure de la boutique");
        assertThat(colleague.locator(".rayonne-comment-private")).containsText("Note de relecture");
        screenshot(colleague, "calendar-post-comments");

        page.reload();
        assertThat(page.locator(".rayonne-comment")).hasCount(1);
        assertThat(page.getByText("l’heure de la boutique", new Page.GetByTextOptions().setExact(false)))
                .hasCount(0);

        textbox(body, "Texte pour Facebook")
                .fill("Sucrées, mentholées, nées de l’erreur d’un apprenti : les bêtises de Cambrai.");
        click(body, "Enregistrer");
        assertThat(page.getByText("Publication enregistrée.").first()).isVisible();
        Locator history = page.locator("#post-history");
        history.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Voir les changements"))
                .first()
                .click();
        Locator changes = page.getByRole(AriaRole.DIALOG);
        assertThat(changes.locator("del")).hasText("confiseur");
        assertThat(changes.locator("ins")).hasText("apprenti");
        screenshot(page, "calendar-post-changes");
        click(changes, "Fermer");
        history.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Voir les changements"))
                .last()
                .click();
        click(page.getByRole(AriaRole.DIALOG), "Rétablir la version 1");
        assertThat(page.getByText("La version 1 est rétablie : c’est maintenant la version actuelle.")
                        .first())
                .isVisible();
        assertThat(textbox(body, "Texte pour Facebook")).hasValue(first);
        assertThat(history.getByText("version 1 rétablie")).isVisible();
    }
}
