package io.rayonne.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import io.rayonne.accounts.Role;
import io.rayonne.base.Channel;
import io.rayonne.calendar.Post;
import io.rayonne.calendar.Posts;
import io.rayonne.newsletter.Block;
import io.rayonne.newsletter.Bulletin;
import io.rayonne.newsletter.BulletinRenderer;
import io.rayonne.newsletter.BulletinTemplate;
import io.rayonne.newsletter.Bulletins;
import io.rayonne.newsletter.Personalised;
import io.rayonne.newsletter.Section;
import io.rayonne.notes.NoteDraft;
import io.rayonne.notes.Notes;
import io.rayonne.partners.Contact;
import io.rayonne.partners.LegalBasis;
import io.rayonne.partners.Membership;
import io.rayonne.partners.Partner;
import io.rayonne.partners.Partners;
import io.rayonne.partners.Sector;
import io.rayonne.partners.Subscription;
import io.rayonne.portraits.Favourite;
import io.rayonne.portraits.PortraitText;
import io.rayonne.portraits.Portraits;
import io.rayonne.press.Journalist;
import io.rayonne.press.Journalists;
import io.rayonne.press.PressKit;
import io.rayonne.press.PressKits;
import io.rayonne.testing.BrowserTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The injection payloads of a public list (the Big List of Naughty Strings, from the npm registry)
 * through every kind of free text people write: each payload is either refused with a message
 * (active markup where Markdown is published) or kept exactly as typed; then every screen that
 * shows it is drawn in Chromium, and the rendered bulletin emails too: no dialog opens, no element
 * carries an event handler, a {@code javascript:} address or a frame it should not.
 */
class PayloadsIT extends BrowserTest {

    private static final String MARK = "charivari";
    private static final String OFFICE = "amiens-metropole";

    @Autowired
    Notes notes;

    @Autowired
    Posts posts;

    @Autowired
    Journalists journalists;

    @Autowired
    Partners partners;

    @Autowired
    PressKits kits;

    @Autowired
    Portraits portraits;

    @Autowired
    Bulletins bulletins;

    @Autowired
    BulletinRenderer renderer;

    /** Per field: how many payloads were kept as typed, how many refused with a message. */
    private final Map<String, int[]> tally = new LinkedHashMap<>();

    /** Everything that ran or could run: dialogs opened, handlers, script addresses, frames. */
    private final List<String> executed = new ArrayList<>();

    private int screens;

    @Test
    void injectionPayloadsStayInertText() {
        assertThat(NaughtyStrings.injections())
                .as("payloads of the public list")
                .hasSizeGreaterThanOrEqualTo(200);
        List<String> payloads = NaughtyStrings.sample();
        LocalDate month = LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(3).withDayOfMonth(1);

        List<String> noteIds = new ArrayList<>();
        List<String> keptMarkdown = new ArrayList<>();
        List<String> keptInKits = new ArrayList<>();
        List<String> keptInPortraits = new ArrayList<>();
        List<String> keptInBulletins = new ArrayList<>();
        Bulletin scratch = as(
                "camille",
                () -> bulletins.create(
                        OFFICE,
                        BulletinTemplate.MONTHLY,
                        new Bulletin.Draft("Essai", MARK + " bulletin", month, "fr", List.of())),
                Role.COMMUNICATION);
        for (int i = 0; i < payloads.size(); i++) {
            String p = payloads.get(i);
            String n = MARK + " " + i;
            int k = i;
            write("note: title", "camille", () -> notes.create(new NoteDraft(OFFICE, p, n)), x -> x.title(), p)
                    .ifPresent(note -> noteIds.add(note.id()));
            write("note: text", "camille", () -> notes.create(new NoteDraft(OFFICE, n, p)), x -> x.body(), p)
                    .ifPresent(note -> keptMarkdown.add(p));
            write(
                    "post: title",
                    "camille",
                    () -> posts.create(draftPost(p, Map.of(Channel.FACEBOOK, n), month, k)),
                    Post::title,
                    p);
            write(
                    "post: text",
                    "camille",
                    () -> posts.create(draftPost(n, Map.of(Channel.INSTAGRAM, p), month, k)),
                    x -> x.texts().get(Channel.INSTAGRAM),
                    p);
            write(
                    "journalist: name and notes",
                    "hugo",
                    () -> journalists.create(
                            new Journalist.Draft(
                                    p, "", List.of(), Set.of(), Set.of(), Set.of(), "", "", p + " " + n, "", null),
                            true),
                    Journalist::name,
                    p);
            write(
                    "partner: name, notes, contact",
                    "camille",
                    () -> partners.create(partner(p, n, k)),
                    Partner::name,
                    p);
            write(
                            "press kit: title and text",
                            "hugo",
                            () -> kits.create(kit(p, p)),
                            x -> x.titles().get("fr"),
                            p)
                    .ifPresent(kit -> keptInKits.add(p));
            write(
                            "portrait: name and text",
                            "lea",
                            () -> portraits.create(portrait(p, p)),
                            portrait -> portrait.text().displayName(),
                            p)
                    .ifPresent(portrait -> keptInPortraits.add(p));
            Bulletin current = as("camille", () -> bulletins.get(scratch.id()), Role.COMMUNICATION);
            write(
                            "bulletin: text block",
                            "camille",
                            () -> bulletins.update(current.id(), current.revision(), withTexts(current, List.of(p))),
                            b -> ((Block.Text) b.sections().get(0).blocks().get(0)).markdown(),
                            p)
                    .ifPresent(b -> keptInBulletins.add(p));
        }

        // Everything kept, gathered where one screen shows it all.
        String allNotes = as(
                        "camille",
                        () -> notes.create(new NoteDraft(OFFICE, MARK + " tout", String.join("\n\n", keptMarkdown))),
                        Role.COMMUNICATION)
                .id();
        String allKit = as("hugo", () -> kits.create(kit(MARK, String.join("\n\n", keptInKits))), Role.PRESS)
                .token();
        // A portrait's favourite holds 600 characters: the kept payloads share as many portraits as they need.
        List<String> allPortraits = new ArrayList<>();
        for (String texts : joinedUpTo(keptInPortraits, PortraitText.FAVOURITE_TEXT_MAX)) {
            allPortraits.add(as("lea", () -> portraits.create(portrait(MARK, texts)), Role.GUIDE)
                    .id());
        }
        Bulletin lastScratch = as("camille", () -> bulletins.get(scratch.id()), Role.COMMUNICATION);
        Bulletin allBulletin = as(
                "camille",
                () -> bulletins.update(
                        lastScratch.id(), lastScratch.revision(), withTexts(lastScratch, keptInBulletins)),
                Role.COMMUNICATION);

        Page camille = watched(login(newPage(), "camille", DEMO_PASSWORD));
        look(camille, "notes", true);
        look(camille, "notes/" + allNotes, false);
        for (int i = 0; i < Math.min(noteIds.size(), 5); i++) {
            look(camille, "notes/" + noteIds.get(i), false);
        }
        look(camille, "calendrier?vue=list&date=" + month, false);
        look(camille, "calendrier?vue=month&date=" + month, false);
        for (String type : List.of("note", "post", "partner", "journalist", "press-kit", "portrait")) {
            look(camille, "recherche?q=" + MARK + "&type=" + type, false);
        }
        look(camille, "partenaires", true);
        look(camille, "numeros/" + allBulletin.id(), false);
        for (String p : payloads) {
            look(camille, "recherche?q=" + URLEncoder.encode(p, StandardCharsets.UTF_8), false);
        }
        Page hugo = watched(login(newPage(), "hugo", DEMO_PASSWORD));
        look(hugo, "presse/contacts", true);
        look(hugo, "presse/dossiers", true);
        Page lea = watched(login(newPage(), "lea", DEMO_PASSWORD));
        look(lea, "portraits", true);
        for (String portrait : allPortraits) {
            look(lea, "portraits/" + portrait, false);
            lea.locator(".rayonne-portrait-preview vaadin-details-summary").click();
            lea.locator(".rayonne-portrait-preview .rayonne-rendered").first().waitFor();
            inspect(lea, "portraits/" + portrait + " (aperçu)");
        }
        Page visitor = watched(newPage());
        look(visitor, "dossiers/" + allKit, false);

        // The emails: the bulletin rendered as it is sent, personalised with each payload as name and business.
        Personalised email = new Personalised(renderer.render(
                allBulletin, new BulletinRenderer.Context("Amiens Métropole", url(""), Map.of(), true)));
        Page mailbox = watched(newPage());
        for (String p : payloads) {
            mailbox.setContent(email.html(new Personalised.Values(p, p, p, "Amiens", url("x"), url("y"), true)));
            inspect(mailbox, "email for " + p);
        }

        System.out.println("=== Injection payloads (big-list-of-naughty-strings) ===");
        System.out.printf(
                "%d payloads of %d in the list's injection sections%n",
                payloads.size(), NaughtyStrings.injections().size());
        tally.forEach((field, counts) -> System.out.printf(
                "%-34s kept as typed %4d, refused with a message %4d%n", field, counts[0], counts[1]));
        System.out.printf(
                "%d screens and emails drawn in Chromium: %d dialogs, handlers, script addresses or frames%n",
                screens, executed.size());
        assertThat(executed).isEmpty();
        assertThat(screens).isGreaterThanOrEqualTo(2 * payloads.size());
    }

    /**
     * Writes one payload: the service either keeps it exactly as typed (the spaces around it
     * perhaps trimmed) or refuses it with a validation message; anything else (an error, a changed
     * text) fails.
     */
    private <T> java.util.Optional<T> write(
            String field, String login, Supplier<T> call, Function<T, String> readBack, String payload) {
        Role role =
                switch (login) {
                    case "hugo" -> Role.PRESS;
                    case "lea" -> Role.GUIDE;
                    default -> Role.COMMUNICATION;
                };
        int[] counts = tally.computeIfAbsent(field, f -> new int[2]);
        try {
            T saved = as(login, call, role);
            // Exactly as typed; a field may drop the spaces around it (titles do, texts keep them).
            assertThat(readBack.apply(saved)).as(field + " kept as typed").isIn(payload, payload.strip());
            counts[0]++;
            return java.util.Optional.of(saved);
        } catch (RuntimeException e) {
            String kind = e.getClass().getSimpleName();
            boolean validation = kind.startsWith("Invalid")
                    || kind.endsWith("WorkflowException")
                    || e instanceof IllegalArgumentException;
            if (!validation || e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError(field + " broke on " + payload, e);
            }
            counts[1]++;
            return java.util.Optional.empty();
        }
    }

    private Page watched(Page page) {
        page.onDialog(dialog -> {
            executed.add(page.url() + ": dialog " + dialog.type() + " «" + dialog.message() + "»");
            dialog.dismiss();
        });
        return page;
    }

    /** Opens the screen, lets it draw (every row of a grid, scrolled through), and inspects it. */
    private void look(Page page, String path, boolean grid) {
        page.navigate(url(path));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction("() => !document.querySelector('vaadin-connection-indicator[loading]')");
        if (grid) {
            page.evaluate(
                    """
                    async () => { for (const grid of document.querySelectorAll('vaadin-grid')) {
                        for (let i = 0; i < (grid.size || 0); i += 20) {
                            grid.scrollToIndex(i);
                            await new Promise(r => requestAnimationFrame(r)); } } }
                    """);
            page.waitForLoadState(LoadState.NETWORKIDLE);
        }
        inspect(page, path);
    }

    private void inspect(Page page, String what) {
        screens++;
        for (Frame frame : page.frames()) {
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>)
                    frame.evaluate(
                            """
                    () => { const bad = [];
                      const walk = root => { for (const el of root.querySelectorAll('*')) {
                        for (const a of el.attributes) {
                          if (/^on/i.test(a.name)) bad.push(el.tagName + ' ' + a.name);
                          if (/^(href|src|action|formaction|xlink:href|data)$/i.test(a.name)
                              && /^\\s*(javascript|vbscript|data:text\\/html)/i.test(a.value))
                            bad.push(el.tagName + ' ' + a.name + '=' + a.value.slice(0, 40)); }
                        if (/^(IFRAME|FRAME|OBJECT|EMBED|APPLET)$/.test(el.tagName) && el.id !== 'bulletin-preview')
                          bad.push(el.tagName);
                        if (el.tagName === 'BASE' && el.parentNode !== document.head) bad.push('BASE in the body');
                        if (el.tagName === 'SCRIPT' && !el.src && /alert|prompt|confirm|fromCharCode|XSS/i.test(el.text))
                          bad.push('inline script ' + el.text.slice(0, 40));
                        if (el.shadowRoot) walk(el.shadowRoot); } };
                      walk(document); return bad; }
                    """);
            found.forEach(f -> executed.add(what + ": " + f));
        }
    }

    private static Post.Draft draftPost(String title, Map<Channel, String> texts, LocalDate month, int i) {
        return new Post.Draft(title, texts, "", "", month.plusDays(i % 28).atTime(9, 0), List.of(), List.of());
    }

    private static Partner.Draft partner(String p, String n, int i) {
        return new Partner.Draft(
                OFFICE,
                p,
                Sector.ACCOMMODATION,
                "",
                p,
                "80000",
                "Amiens",
                Membership.MEMBER,
                2026,
                null,
                "",
                "",
                p + " " + n,
                List.of(new Contact(
                        "",
                        p.length() > Contact.NAME_MAX ? p.substring(0, Contact.NAME_MAX) : p,
                        n,
                        "",
                        "payload" + i + "@naughty.example",
                        "",
                        "fr",
                        Subscription.subscribed(LegalBasis.CONTRACT, "Essai", null))),
                List.of());
    }

    private static PressKit.Draft kit(String title, String body) {
        return new PressKit.Draft(
                Map.of("fr", title),
                List.of(new PressKit.Section("a", Map.of("fr", new PressKit.Version(MARK, body, false)))),
                List.of(),
                List.of(),
                null,
                PressKit.Visibility.LINK);
    }

    /** The texts joined by blank lines, as few groups as keep each within {@code max} characters. */
    private static List<String> joinedUpTo(List<String> texts, int max) {
        List<String> groups = new ArrayList<>();
        StringBuilder group = new StringBuilder();
        for (String text : texts) {
            if (group.length() > 0 && group.length() + 2 + text.length() > max) {
                groups.add(group.toString());
                group.setLength(0);
            }
            group.append(group.length() > 0 ? "\n\n" : "").append(text);
        }
        if (group.length() > 0) {
            groups.add(group.toString());
        }
        return groups;
    }

    private static PortraitText portrait(String name, String text) {
        return new PortraitText(
                name,
                "Patrimoine",
                Set.of("fr"),
                "Amiens Métropole",
                List.of(new Favourite("Beffroi", text)),
                text,
                text,
                List.of());
    }

    /**
     * The bulletin with one text block per payload: the first section holds as many as a section may
     * ({@link Bulletin#BLOCKS_MAX}), sections added after the template's hold the rest.
     */
    private static Bulletin.Draft withTexts(Bulletin b, List<String> texts) {
        List<Section> sections = new ArrayList<>();
        List<List<String>> parts = new ArrayList<>();
        for (int from = 0; from < texts.size(); from += Bulletin.BLOCKS_MAX) {
            parts.add(texts.subList(from, Math.min(texts.size(), from + Bulletin.BLOCKS_MAX)));
        }
        for (int s = 0; s < b.sections().size(); s++) {
            Section section = b.sections().get(s);
            sections.add(new Section(
                    section.id(),
                    section.title(),
                    s == 0 && !parts.isEmpty() ? blocks(section.id(), parts.get(0)) : List.of()));
        }
        for (int part = 1; part < parts.size(); part++) {
            String id = "payloads-" + part;
            sections.add(new Section(id, MARK + " " + part, blocks(id, parts.get(part))));
        }
        return new Bulletin.Draft(b.name(), b.title(), b.date(), "fr", sections);
    }

    private static List<Block> blocks(String sectionId, List<String> texts) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            blocks.add(new Block.Text(sectionId + "-t" + i, texts.get(i)));
        }
        return blocks;
    }
}
