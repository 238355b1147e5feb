package io.rayonne.newsletter.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.Network;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import io.rayonne.base.Slugs;
import io.rayonne.media.Consent;
import io.rayonne.media.Photo;
import io.rayonne.media.PhotoUse;
import io.rayonne.media.Photos;
import io.rayonne.partners.Contact;
import io.rayonne.partners.LegalBasis;
import io.rayonne.partners.Membership;
import io.rayonne.partners.Partner;
import io.rayonne.partners.Partners;
import io.rayonne.partners.Sector;
import io.rayonne.partners.SegmentCriteria;
import io.rayonne.partners.Segments;
import io.rayonne.partners.Subscription;
import io.rayonne.partners.SubscriptionState;
import io.rayonne.portraits.Favourite;
import io.rayonne.portraits.Portrait;
import io.rayonne.portraits.PortraitText;
import io.rayonne.portraits.Portraits;
import io.rayonne.testing.MailjetBrowserTest;
import io.rayonne.testing.TestPhotos;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A communication officer composes the office's bulletin — a key figure, a greeting with the
 * partner's first name, a guide's portrait pulled from Rayonne —, looks at it at desktop and phone
 * width, sends herself a test, sends it to her members and watches it go; the web version opens;
 * then two partners unsubscribe, one through the confirmation page, one by their mail client's
 * one-click POST.
 */
class BulletinJourneyIT extends MailjetBrowserTest {

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Segments segments;

    @Autowired
    Portraits portraits;

    @Autowired
    Photos photos;

    private Portrait guidePortrait(String office, String officer, String name) {
        String guide = newUser(office, Role.GUIDE);
        signIn(guide, Role.GUIDE);
        Photo photo =
                photos.upload(new ByteArrayInputStream(TestPhotos.jpeg(600, 400, System.nanoTime())), "guide.jpg");
        Photo described = photos.describe(
                photo.id(),
                photo.revision(),
                new Photo.Description(
                        "OT des Trois Vallées",
                        name + " au belvédère",
                        new Consent(
                                true,
                                name,
                                Set.of(PhotoUse.SOCIAL_NETWORKS, PhotoUse.WEBSITE, PhotoUse.NEWSLETTER),
                                LocalDate.now().plusYears(1),
                                false,
                                "")));
        Portrait draft = portraits.create(new PortraitText(
                name,
                "Guide nature, les marais et leurs oiseaux",
                Set.of("fr"),
                "Trois Vallées",
                List.of(new Favourite("Le belvédère du marais", "")),
                "",
                "Guide depuis douze ans, je fais découvrir les marais à la jumelle, au lever du jour.",
                List.of(described.id())));
        Portrait submitted = portraits.submit(draft.id(), draft.revision());
        signIn(officer, Role.COMMUNICATION);
        return portraits.approve(submitted.id(), submitted.revision());
    }

    private Partner.Draft partner(String office, String name, String first, String email, SubscriptionState state) {
        return new Partner.Draft(
                office,
                name,
                Sector.ACCOMMODATION,
                "",
                "",
                "80120",
                "Rue",
                Membership.MEMBER,
                2026,
                null,
                "",
                "",
                "",
                List.of(new Contact(
                        "",
                        first,
                        "Durand",
                        "Gérante",
                        email,
                        "",
                        "fr",
                        new Subscription(state, LegalBasis.CONTRACT, "Adhésion 2026", null, null, Set.of()))));
    }

    @Test
    void anOfficerComposesPreviewsTestsAndSendsTheBulletinThenPartnersUnsubscribe() {
        MAILJET.reset();
        String officeName = unique("Office de tourisme des Trois Vallées");
        String network = Slugs.of(unique("reseau-trois-vallees"));
        SystemUser.run(() -> {
            accounts.registerNetwork(new Network(network, "Réseau " + officeName));
            accounts.createOffice(officeName, network, "Trois Vallées", "Rue");
        });
        String office = Slugs.of(officeName);
        String officer = newUser(office, Role.COMMUNICATION);
        String guideName = unique("Margot Lefranc");
        guidePortrait(office, officer, guideName);
        String tag = office.substring(office.length() - 6);
        as(
                officer,
                () -> {
                    partners.create(partner(
                            office,
                            "Gîte des Marais",
                            "Inès",
                            "ines@" + tag + ".example",
                            SubscriptionState.SUBSCRIBED));
                    partners.create(partner(
                            office,
                            "Hôtel du Belvédère",
                            "Paul",
                            "paul@" + tag + ".example",
                            SubscriptionState.SUBSCRIBED));
                    partners.create(partner(
                            office,
                            "Camping des Oiseaux",
                            "Lina",
                            "lina@" + tag + ".example",
                            SubscriptionState.SUBSCRIBED));
                    partners.create(partner(
                            office,
                            "Chambre d’hôtes fermée",
                            "Marc",
                            "marc@" + tag + ".example",
                            SubscriptionState.UNSUBSCRIBED));
                    segments.create("Tous les adhérents", SegmentCriteria.everyone());
                    return null;
                },
                Role.COMMUNICATION);

        Locator body = page.locator("body");
        login(officer, "mot-de-passe-long");
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Bulletins"))
                .click();
        assertThat(page.getByText("Aucun bulletin pour l’instant")).isVisible();
        page.locator("#bulletin-new").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        textbox(dialog, "Titre du numéro").fill("Décembre 2026 : les marais en hiver");
        click(dialog, "Créer le numéro");
        assertThat(page.locator("h2")
                        .filter(new Locator.FilterOptions().setHasText("Décembre 2026 : les marais en hiver")))
                .isVisible();

        // A greeting in the first section, the key figure in "Groupes", the guide in "Communication".
        Locator sections = page.locator(".rayonne-bulletin-section");
        Locator welcome = sections.nth(0);
        click(welcome, "Texte");
        welcome.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Texte (Markdown)"))
                .fill("Bonjour {prénom}, voici l’hiver au marais. Le gîte des Marais rouvre ses chambres.");
        Locator groups = sections.nth(2);
        click(groups, "Chiffre clé");
        textbox(groups, "Chiffre").fill("210");
        textbox(groups, "Ce qu’il compte").fill("dossiers de groupes traités en novembre");
        Locator communication = sections.nth(3);
        click(communication, "Contenu Rayonne…");
        Locator pull = page.getByRole(AriaRole.DIALOG);
        textbox(pull, "Rechercher").fill(guideName);
        assertThat(pull.locator("#pull-results")).hasAttribute("data-query", guideName);
        assertThat(pull.locator("#pull-results").getByText(guideName)).isVisible();
        pull.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ajouter « " + guideName))
                .click();
        assertThat(communication.getByText(guideName + ", Guide nature, les marais et leurs oiseaux"))
                .isVisible();
        click(body, "Enregistrer");
        assertThat(page.getByText("« Décembre 2026 : les marais en hiver » est enregistré.")
                        .first())
                .isVisible();

        // The preview is the email as partners get it; the phone width narrows it.
        var preview = page.frameLocator("#bulletin-preview");
        assertThat(preview.getByText(
                        "210", new com.microsoft.playwright.FrameLocator.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(preview.getByText(guideName + ", Guide nature").first()).isVisible();
        assertThat(preview.getByText("Se désinscrire")).isVisible();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Téléphone"))
                .click();
        assertThat(page.locator(".rayonne-bulletin-preview")).hasAttribute("data-width", "phone");
        screenshot(page, "bulletin-editor");

        // A test to herself.
        textbox(body, "Adresse du test").fill("officer@" + tag + ".example");
        click(body, "M’envoyer un test");
        assertThat(page.getByText("Un test est parti vers officer@" + tag + ".example."))
                .isVisible();
        // (The run's sample bulletin may be going through the same emulator: only this test's messages count.)
        List<JsonNode> tests = MAILJET.messages().stream()
                .filter(m -> m.path("To").path(0).path("Email").asText().equals("officer@" + tag + ".example"))
                .toList();
        assertThat(tests).hasSize(1);
        assertThat(tests.get(0).path("Subject").asText()).startsWith("[Test] ");

        // The members: three reached, the unsubscribed one counted apart.
        page.locator("#send-segments").getByText("Tous les adhérents").click();
        assertThat(page.locator("#send-audience"))
                .hasText(
                        "3 destinataire(s) · non comptés : 1 désinscrit(s), 0 bloqué(s), 0 ayant refusé ce bulletin, 0 sans email, 0 adresse(s) en double");
        // On what ground the office writes to them: the members' contract.
        assertThat(page.locator("#send-basis")).hasText("Base légale de ces envois : 3 contrat d’adhésion.");
        click(body, "Envoyer le numéro");
        Locator confirm = page.locator("vaadin-confirm-dialog-overlay");
        assertThat(confirm.getByText("Envoyer « Décembre 2026 : les marais en hiver » ?"))
                .isVisible();
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Envoyer le numéro"))
                .click();
        assertThat(page.locator("#send-state"))
                .hasText(
                        "Envoyé",
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(page.locator("#send-counters"))
                .hasText("3 destinataire(s) : 3 remis, 0 refusé(s), 0 non confirmé(s), 0 en attente");
        assertThat(page.locator("#send-statistics")).isVisible();
        // The partner the text names, whatever its case, links to its page in the directory.
        assertThat(page.locator("#featured-partners")).containsText("Partenaires cités dans ce numéro (1)");
        assertThat(page.locator("#featured-partners a")).hasText("Gîte des Marais");
        screenshot(page, "bulletin-sent");
        for (String first : List.of("ines", "paul", "lina")) {
            assertThat(MAILJET.deliveredTo(first + "@" + tag + ".example")).isEqualTo(1);
        }
        assertThat(MAILJET.deliveredTo("marc@" + tag + ".example")).isZero();

        // The web version, at its public address.
        String web = page.locator("#web-version").getAttribute("href");
        Page reader = page.context().browser().newPage();
        reader.navigate(web.replace("http://localhost:8080/", url("")));
        assertThat(reader.getByText("210", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(reader.getByText("Se désinscrire")).hasCount(0);

        // Inès unsubscribes through the page her link opens; Paul's mail client posts one click.
        String ines = unsubscribeLink("ines@" + tag + ".example");
        reader.navigate(ines);
        assertThat(reader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Se désinscrire")))
                .isVisible();
        reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Me désinscrire"))
                .click();
        assertThat(reader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vous êtes désinscrit")))
                .isVisible();
        APIResponse oneClick = reader.request()
                .post(
                        unsubscribeLink("paul@" + tag + ".example"),
                        RequestOptions.create()
                                .setForm(FormData.create().set("List-Unsubscribe", "One-Click"))
                                .setMaxRedirects(0));
        assertThat(oneClick.status()).isEqualTo(200);
        reader.close();

        page.navigate(url("partenaires"));
        assertThat(page.locator("#partners-count")).containsText("dont 1 joignable(s) par email · 3 désinscrit(s)");
    }

    /** The https link of the message's List-Unsubscribe header, pointed at this test's server. */
    private String unsubscribeLink(String email) {
        JsonNode message = MAILJET.messages().stream()
                .filter(m -> m.path("To").path(0).path("Email").asText().equals(email))
                .findFirst()
                .orElseThrow();
        Matcher link = Pattern.compile("<(http[^>]+)>")
                .matcher(message.path("Headers").path("List-Unsubscribe").asText());
        assertThat(link.find()).isTrue();
        return link.group(1).replace("http://localhost:8080/", url(""));
    }
}
