package io.rayonne.calendar.ui;

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
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The editorial calendar as communication officers use it: a post written for Facebook and
 * Instagram, too long for Instagram then shortened, sent for review, approved by a colleague (never
 * by its author), scheduled and dragged to another day; a published post that will not move; the
 * network's offices side by side, each a layer.
 */
class CalendarJourneyIT extends BrowserTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    Posts posts;

    private static String number(int n) {
        return NumberFormat.getIntegerInstance(Locale.FRENCH).format(n);
    }

    private static void pick(Locator scope, String label, String value) {
        Locator field = scope.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName(label));
        field.fill(value);
        field.press("Enter");
    }

    private Locator dayCell(LocalDate day) {
        return page.locator("td.fc-daygrid-day[data-date='" + day + "']");
    }

    private void drag(Locator what, Locator to) {
        drag(page, what, to);
    }

    @Test
    void aPostIsWrittenPerChannelReviewedByAColleagueScheduledAndMoved() {
        String author = newUser("amiens-metropole", io.rayonne.accounts.Role.COMMUNICATION);
        String reviewer = newUser("amiens-metropole", io.rayonne.accounts.Role.COMMUNICATION);
        String title = unique("Les hortillonnages en barque");
        LocalDate day = LocalDate.now(PARIS).plusDays(10);
        Locator body = page.locator("body");

        login(author, "mot-de-passe-long");
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Calendrier"))
                .click();
        assertThat(page.locator("rayonne-calendar .fc-toolbar-title")).isVisible();
        click(body, "Nouvelle publication");

        textbox(body, "Titre (pour l’équipe)").fill(title);
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Facebook"))
                .check();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Instagram"))
                .check();
        textbox(body, "Texte pour Facebook")
                .fill("Au printemps, les barques à cornet reprennent leurs tours entre les jardins flottants. "
                        + "Départ du port à fumier, 45 minutes, réservation à l’office.");
        String instagram = "Barques, jardins flottants et hérons cendrés au fil de l’eau. ".repeat(40)
                + "\n\n#Amiens #hortillonnages";
        textbox(body, "Texte pour Instagram").fill(instagram);

        // Instagram counts UTF-16 units, as its composer does: past 2 200, the counter turns red.
        Locator counter = page.locator(".rayonne-channel-text[data-channel='instagram'] .rayonne-channel-count");
        assertThat(counter).hasText(number(instagram.length()) + " / " + number(2200) + " caractères");
        assertThat(counter).hasAttribute("data-over", "true");
        assertThat(page.locator(".rayonne-channel-text[data-channel='facebook'] .rayonne-channel-count"))
                .hasAttribute("data-over", "false");
        pick(body, "Jour", TYPED.format(day));
        pick(body, "Heure (Paris)", "11:00");
        click(body, "Enregistrer");
        assertThat(page.getByText("Trop long pour Instagram : " + number(instagram.length()) + " caractères sur "
                                + number(2200) + " au plus.")
                        .first())
                .isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/calendrier/publications/nouvelle.*"));
        screenshot(page, "calendar-post-too-long");

        click(body, "Raccourcir pour Instagram");
        assertThat(counter).hasAttribute("data-over", "false");
        assertThat(textbox(body, "Texte pour Instagram"))
                .hasValue(Pattern.compile("…\\s+#Amiens #hortillonnages$", Pattern.DOTALL));
        click(body, "Enregistrer");
        assertThat(page.getByText("Publication enregistrée.").first()).isVisible();
        page.waitForURL(Pattern.compile(".*/calendrier/publications/les-hortillonnages-en-barque-.*"));
        String id = page.url().substring(page.url().lastIndexOf('/') + 1);

        click(body, "Envoyer en relecture");
        assertThat(page.getByText("Envoyée en relecture : l’équipe est prévenue.")
                        .first())
                .isVisible();
        assertThat(page.locator(".rayonne-post-status")).hasText("En relecture");
        // Its author may not approve it: the button is not offered, and the page says why.
        assertThat(page.locator("#workflow")
                        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approuver")))
                .hasCount(0);
        assertThat(page.getByText("vous ne pouvez pas l’approuver vous-même")).isVisible();

        // The colleague opens it while the author still has it open: each sees the other.
        Page colleague = login(newPage(), reviewer, "mot-de-passe-long");
        colleague.navigate(url("calendrier/publications/" + id));
        assertThat(colleague.locator("#presence")).containsText("Aussi ouverte en ce moment par Test communication");
        assertThat(page.locator("#presence")).containsText("Aussi ouverte en ce moment par Test communication");
        click(colleague.locator("#workflow"), "Approuver");
        assertThat(colleague.getByText("Approbation enregistrée.").first()).isVisible();
        assertThat(colleague.locator(".rayonne-post-status")).hasText("Approuvé");

        // The author, on a screen still showing the version in review, cancels it: refused, since
        // the colleague approved it meanwhile; the current version is shown instead.
        click(page.locator("#workflow"), "Annuler la publication");
        assertThat(page.getByText(Pattern.compile(
                                "vient de modifier cette publication \\(elle est maintenant « Approuvé »\\)"))
                        .first())
                .isVisible();
        assertThat(page.locator(".rayonne-post-status")).hasText("Approuvé");
        click(page.locator("#workflow"), "Programmer");
        assertThat(page.getByText("Publication programmée.").first()).isVisible();

        // On the calendar, the post is dragged to the next day, at the same time.
        page.navigate(url("calendrier?vue=month&date=" + day));
        Locator event = page.locator("[data-post='" + id + "']");
        assertThat(dayCell(day).locator("[data-post='" + id + "']")).isVisible();
        assertThat(event).containsText("11:00");
        assertThat(event).containsText("Programmé");
        drag(event, dayCell(day.plusDays(1)));
        assertThat(page.getByText("« " + title + " » est désormais prévue le").first())
                .isVisible();
        assertThat(dayCell(day.plusDays(1)).locator("[data-post='" + id + "']")).isVisible();
        screenshot(page, "calendar-month");
        org.assertj.core.api.Assertions.assertThat(
                        as(author, () -> posts.get(id), io.rayonne.accounts.Role.COMMUNICATION)
                                .plannedAt())
                .isEqualTo(day.plusDays(1).atTime(11, 0));
    }

    @Test
    void aPublishedPostStaysWhereItIsWithTheReason() {
        LocalDate day = LocalDate.now(PARIS).withDayOfMonth(12);
        String author = newUser("amiens-metropole", io.rayonne.accounts.Role.COMMUNICATION);
        String id = unique("publiee");
        SystemUser.run(() -> posts.importPost(
                id,
                "amiens-metropole",
                author,
                new Post.Draft(
                        "Déjà publiée " + id,
                        Map.of(Channel.FACEBOOK, "La saison des barques est ouverte."),
                        "Nature",
                        "",
                        day.atTime(9, 30),
                        List.of(),
                        List.of()),
                PostStatus.PUBLISHED,
                List.of(),
                "https://www.facebook.com/amiens/posts/42",
                null));

        login(author, "mot-de-passe-long");
        page.navigate(url("calendrier?vue=month&date=" + day));
        Locator event = page.locator("[data-post='" + id + "']");
        assertThat(dayCell(day).locator("[data-post='" + id + "']")).isVisible();
        drag(event, dayCell(day.plusDays(2)));

        assertThat(page.getByText("Cette publication est publiée ou annulée : elle ne bouge plus.")
                        .first())
                .isVisible();
        assertThat(dayCell(day).locator("[data-post='" + id + "']")).isVisible();
        assertThat(dayCell(day.plusDays(2)).locator("[data-post='" + id + "']")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(
                        as(author, () -> posts.get(id), io.rayonne.accounts.Role.COMMUNICATION)
                                .plannedAt())
                .isEqualTo(LocalDateTime.of(day, java.time.LocalTime.of(9, 30)));
    }

    @Test
    void theNetworkViewShowsEveryOfficeEachALayer() {
        // The samples' week: Lille's daily quiz and Dunkerque's hashtag campaign, planned from the
        // first Monday on or after the day they were loaded.
        LocalDate monday = LocalDate.now(PARIS).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        login("nadia", DEMO_PASSWORD);
        page.navigate(url("calendrier?vue=week&date=" + monday));
        assertThat(page.locator(".fc-event").filter(new Locator.FilterOptions().setHasText("Mardi gourmand")))
                .isVisible();
        Locator quiz = page.locator(".fc-event").filter(new Locator.FilterOptions().setHasText("1 jour / 1 question"));
        Locator window = page.locator(".fc-event")
                .filter(new Locator.FilterOptions().setHasText("#FenetreSurDunkerque : la digue au couchant"));
        assertThat(quiz).hasCount(0);

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Tout le réseau"))
                .click();
        assertThat(quiz).hasCount(7);
        assertThat(quiz.first()).containsText("Office de tourisme de Lille");
        assertThat(window).containsText("Office de tourisme de Dunkerque");
        screenshot(page, "calendar-network-week");

        page.locator("#calendar-layers")
                .getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Office de tourisme de Lille"))
                .uncheck();
        assertThat(quiz).hasCount(0);
        assertThat(window).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*reseau=1.*"));
    }

    @Test
    void theOfficeFollowsItsCalendarInAnAgendaAppAndExportsAFilteredView() throws Exception {
        // The samples' Saturday market post (Facebook and Instagram), scheduled for the Thursday of
        // the first week from the day they were loaded; beside it, a post for Facebook only.
        LocalDate thursday = LocalDate.now(PARIS)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
                .plusDays(3);
        String author = newUser("amiens-metropole", io.rayonne.accounts.Role.COMMUNICATION);
        String facebookOnly = unique("Pour Facebook seulement");
        as(
                author,
                () -> posts.create(new Post.Draft(
                        facebookOnly,
                        Map.of(Channel.FACEBOOK, "Ce texte ne part que sur Facebook."),
                        "",
                        "",
                        thursday.atTime(15, 0),
                        List.of(),
                        List.of())),
                io.rayonne.accounts.Role.COMMUNICATION);
        Locator body = page.locator("body");
        login(author, "mot-de-passe-long");
        page.navigate(url("calendrier?vue=month&date=" + thursday));
        assertThat(dayCell(thursday).getByText(facebookOnly)).isVisible();

        click(body, "Abonnements iCal");
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Vous n’avez pas encore de lien d’abonnement."))
                .isVisible();
        click(dialog, "Créer un lien");
        Locator link = textbox(dialog, "Toutes les publications de l’office");
        assertThat(link).hasValue(Pattern.compile("http://localhost:\\d+/ical/[A-Za-z0-9_-]{32}\\.ics"));
        String feed = link.inputValue();
        screenshot(page, "calendar-feeds");
        var response = page.request().get(feed);
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(response.headers().get("content-type"))
                .startsWith("text/calendar");
        org.assertj.core.api.Assertions.assertThat(response.text())
                .contains("SUMMARY:Marché sur l’eau du samedi")
                .contains("STATUS:CONFIRMED")
                .contains("SUMMARY:" + facebookOnly);

        click(dialog, "Révoquer");
        assertThat(page.getByText("Lien révoqué : il ne fonctionne plus.").first())
                .isVisible();
        assertThat(dialog.getByText(Pattern.compile("Révoqué le "))).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.request().get(feed).status())
                .isEqualTo(404);
        click(dialog, "Fermer");

        // Only the Instagram posts of the month, exported as shown.
        Locator channels = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Canaux"));
        channels.click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Instagram"))
                .click();
        page.keyboard().press("Escape");
        assertThat(dayCell(thursday).getByText(facebookOnly)).hasCount(0);
        var download = page.waitForDownload(() -> click(body, "Exporter (CSV)"));
        String csv = java.nio.file.Files.readString(download.path(), java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(csv)
                .startsWith("\uFEFFJour;Heure (Paris);Office;Titre (pour l’équipe);Canaux;")
                .contains(
                        thursday
                                + ";11:00;Amiens Métropole Tourisme et Congrès;Marché sur l’eau du samedi;\"Facebook, Instagram\"")
                .doesNotContain(facebookOnly);
    }

    @Test
    void aWeeklySeriesIsCreatedAndOneOccurrenceEditedAlone() {
        String author = newUser("amiens-metropole", io.rayonne.accounts.Role.COMMUNICATION);
        String title = unique("Mardi et jeudi au marché");
        LocalDate monday = LocalDate.now(PARIS)
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .plusWeeks(1);
        Locator body = page.locator("body");
        login(author, "mot-de-passe-long");
        page.navigate(
                url("calendrier/publications/nouvelle?le=" + monday.plusDays(1).atTime(8, 30)));

        textbox(body, "Titre (pour l’équipe)").fill(title);
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Facebook"))
                .check();
        textbox(body, "Texte pour Facebook").fill("Les hortillons vendent leurs légumes ce matin au marché sur l’eau.");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Répéter cette publication"))
                .check();
        // Without an end, the series is refused before anything is saved, and the page says why.
        assertThat(page.locator("#repeat-summary"))
                .hasText("Une série a une fin : choisissez un dernier jour ou un nombre de publications.");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("mardi"))
                .check();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("jeudi"))
                .check();
        Locator count =
                page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName("Nombre de publications"));
        count.fill("6");
        count.press("Tab");
        assertThat(page.locator("#repeat-summary")).containsText("6 publications, du mardi");
        click(body, "Enregistrer");
        assertThat(page.getByText("6 publications créées : chacune se modifie seule.")
                        .first())
                .isVisible();
        page.waitForURL(Pattern.compile(".*/calendrier\\?.*"));

        // Tuesdays and Thursdays of three weeks, at 08:30.
        List<LocalDate> days = List.of(
                monday.plusDays(1),
                monday.plusDays(3),
                monday.plusDays(8),
                monday.plusDays(10),
                monday.plusDays(15),
                monday.plusDays(17));
        List<Post> series = as(
                        author,
                        () -> posts.between(List.of("amiens-metropole"), monday, monday.plusWeeks(3)),
                        io.rayonne.accounts.Role.COMMUNICATION)
                .stream()
                .filter(p -> p.title().equals(title))
                .toList();
        org.assertj.core.api.Assertions.assertThat(series)
                .extracting(Post::plannedAt)
                .containsExactlyElementsOf(
                        days.stream().map(d -> d.atTime(8, 30)).toList());
        java.time.YearMonth shown = java.time.YearMonth.from(monday.plusDays(8));
        page.navigate(url("calendrier?vue=list&date=" + monday.plusDays(8)));
        assertThat(page.locator(".fc-list-event").filter(new Locator.FilterOptions().setHasText(title)))
                .hasCount((int) days.stream()
                        .filter(d -> java.time.YearMonth.from(d).equals(shown))
                        .count());

        // The third one gets its own text; the others keep theirs.
        Post third = series.get(2);
        page.navigate(url("calendrier/publications/" + third.id()));
        assertThat(page.getByText("Cette publication fait partie d’une série")).isVisible();
        textbox(body, "Texte pour Facebook")
                .fill("Jour de fête : le marché sur l’eau accueille les enfants des écoles.");
        click(body, "Enregistrer");
        assertThat(page.getByText("Publication enregistrée.").first()).isVisible();
        List<Post> after = as(
                author,
                () -> series.stream().map(p -> posts.get(p.id())).toList(),
                io.rayonne.accounts.Role.COMMUNICATION);
        org.assertj.core.api.Assertions.assertThat(after)
                .extracting(p -> p.texts().get(Channel.FACEBOOK))
                .containsExactly(
                        "Les hortillons vendent leurs légumes ce matin au marché sur l’eau.",
                        "Les hortillons vendent leurs légumes ce matin au marché sur l’eau.",
                        "Jour de fête : le marché sur l’eau accueille les enfants des écoles.",
                        "Les hortillons vendent leurs légumes ce matin au marché sur l’eau.",
                        "Les hortillons vendent leurs légumes ce matin au marché sur l’eau.",
                        "Les hortillons vendent leurs légumes ce matin au marché sur l’eau.");
    }
}
