package io.rayonne.newsletter;

import io.rayonne.accounts.SystemUser;
import io.rayonne.media.Photo;
import io.rayonne.media.PhotoSize;
import io.rayonne.media.Photos;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.StringEscapeUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pages a partner reaches from a bulletin, without an account:
 *
 * <ul>
 *   <li>{@code POST /desinscription/<token>}: RFC 8058's one-click unsubscription, as mail clients
 *       send it (either form encoding, no CSRF token): done at once, answered 200, no redirect;
 *   <li>{@code GET /desinscription/<token>}: only a confirmation page with a button, since link
 *       scanners open every link of a message;
 *   <li>{@code /preferences/<token>}: which of the office's bulletins the contact receives;
 *   <li>{@code /bulletins/<id>}: the web version of a sent issue; {@code /bulletins/archives/<office>}
 *       the office's archive; and the photos the issues show.
 * </ul>
 *
 * A forged or expired token gets a page that says so and changes nothing.
 */
@RestController
class BulletinPages {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final Subscriptions subscriptions;
    private final Bulletins bulletins;
    private final BulletinRenderer renderer;
    private final Photos photos;
    private final NewsletterSettings settings;

    BulletinPages(
            Subscriptions subscriptions,
            Bulletins bulletins,
            BulletinRenderer renderer,
            Photos photos,
            NewsletterSettings settings) {
        this.subscriptions = subscriptions;
        this.bulletins = bulletins;
        this.renderer = renderer;
        this.photos = photos;
        this.settings = settings;
    }

    /** Partners have no session, and one-click unsubscription carries no CSRF token (RFC 8058). */
    @Bean
    @Order(3)
    static SecurityFilterChain bulletinPagesSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/desinscription/**", "/preferences/**", "/bulletins/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    // ---- unsubscribe

    @GetMapping("/desinscription/{token}")
    ResponseEntity<String> confirm(@PathVariable String token) {
        Subscriptions.Reading reading = subscriptions.read(token);
        if (reading instanceof Subscriptions.Reading.Valid valid) {
            String email = valid.recipient().contact().email();
            String body = "<h1>Se désinscrire</h1>"
                    + "<p>Vous ne recevrez plus les bulletins de <strong>" + e(valid.officeName())
                    + "</strong> à l’adresse <strong>" + e(email) + "</strong>.</p>"
                    + "<form method=\"post\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                    + "<button type=\"submit\">Me désinscrire</button></form>"
                    + "<p class=\"muted\">Vous préférez choisir les bulletins que vous recevez ? <a href=\"../preferences/"
                    + e(token) + "\">Choisir mes bulletins</a></p>";
            return page(HttpStatus.OK, "Se désinscrire", body);
        }
        return refused((Subscriptions.Reading.Refused) reading);
    }

    @PostMapping("/desinscription/{token}")
    ResponseEntity<String> unsubscribe(@PathVariable String token) {
        Subscriptions.Reading reading = subscriptions.unsubscribe(token);
        if (reading instanceof Subscriptions.Reading.Valid valid) {
            String body = "<h1>Vous êtes désinscrit</h1>"
                    + "<p>L’adresse <strong>" + e(valid.recipient().contact().email())
                    + "</strong> ne recevra plus les bulletins de <strong>" + e(valid.officeName()) + "</strong>.</p>"
                    + "<p class=\"muted\">Une erreur ? <a href=\"../preferences/" + e(token)
                    + "\">Recevoir de nouveau les bulletins</a></p>";
            return page(HttpStatus.OK, "Vous êtes désinscrit", body);
        }
        return refused((Subscriptions.Reading.Refused) reading);
    }

    // ---- preferences

    @GetMapping("/preferences/{token}")
    ResponseEntity<String> preferences(@PathVariable String token) {
        Subscriptions.Reading reading = subscriptions.read(token);
        if (reading instanceof Subscriptions.Reading.Valid valid) {
            return page(HttpStatus.OK, "Mes bulletins", preferencesForm(token, valid, null));
        }
        return refused((Subscriptions.Reading.Refused) reading);
    }

    @PostMapping("/preferences/{token}")
    ResponseEntity<String> choose(@PathVariable String token, HttpServletRequest request) {
        Subscriptions.Reading before = subscriptions.read(token);
        if (!(before instanceof Subscriptions.Reading.Valid valid)) {
            return refused((Subscriptions.Reading.Refused) before);
        }
        boolean receive = request.getParameter("recevoir") != null;
        Set<String> wanted = new HashSet<>(List.of(
                Optional.ofNullable(request.getParameterValues("bulletin")).orElse(new String[0])));
        Set<String> declined = new HashSet<>(subscriptions.bulletinsOf(valid).keySet());
        declined.removeAll(wanted);
        Subscriptions.Reading after = subscriptions.choose(token, receive, declined);
        if (after instanceof Subscriptions.Reading.Valid saved) {
            return page(HttpStatus.OK, "Mes bulletins", preferencesForm(token, saved, "Vos choix sont enregistrés."));
        }
        return refused((Subscriptions.Reading.Refused) after);
    }

    private String preferencesForm(String token, Subscriptions.Reading.Valid valid, String saved) {
        var subscription = valid.recipient().contact().subscription();
        boolean receives = subscription.state() == io.rayonne.partners.SubscriptionState.SUBSCRIBED;
        StringBuilder body = new StringBuilder("<h1>Mes bulletins</h1>");
        if (saved != null) {
            body.append("<p class=\"saved\" role=\"status\">").append(e(saved)).append("</p>");
        }
        body.append("<p>Pour l’adresse <strong>")
                .append(e(valid.recipient().contact().email()))
                .append("</strong>, chez ")
                .append(e(valid.recipient().partner().name()))
                .append(".</p>");
        if (subscription.state() == io.rayonne.partners.SubscriptionState.SUPPRESSED) {
            body.append("<p>Les messages envoyés à cette adresse n’arrivent plus : l’office ne lui écrit plus. "
                    + "Écrivez-lui pour donner une autre adresse.</p>");
            return body.toString();
        }
        body.append("<form method=\"post\"><label class=\"choice\"><input type=\"checkbox\" name=\"recevoir\"")
                .append(receives ? " checked" : "")
                .append("> Recevoir les bulletins de ")
                .append(e(valid.officeName()))
                .append("</label>");
        Map<String, String> series = subscriptions.bulletinsOf(valid);
        if (!series.isEmpty()) {
            body.append("<fieldset><legend>Dont :</legend>");
            series.forEach((id, name) -> body.append(
                            "<label class=\"choice\"><input type=\"checkbox\" name=\"bulletin\" value=\"")
                    .append(e(id))
                    .append("\"")
                    .append(subscription.declined().contains(id) ? "" : " checked")
                    .append("> ")
                    .append(e(name))
                    .append("</label>"));
            body.append("</fieldset>");
        }
        body.append("<button type=\"submit\">Enregistrer mes choix</button></form>");
        return body.toString();
    }

    private ResponseEntity<String> refused(Subscriptions.Reading.Refused refused) {
        String text =
                switch (refused.why()) {
                    case EXPIRED ->
                        "Ce lien n’est plus valable : il date de trop longtemps. Utilisez le lien du dernier bulletin reçu, ou écrivez à l’office.";
                    case GONE ->
                        "Cette adresse n’est plus dans l’annuaire de l’office : vous ne recevrez plus ses bulletins.";
                    case FORGED ->
                        "Ce lien n’est pas valable : il a peut-être été coupé en deux par votre messagerie. Copiez-le en entier, ou écrivez à l’office. Rien n’a été changé.";
                };
        HttpStatus status =
                refused.why() == Subscriptions.Reading.Refused.Why.GONE ? HttpStatus.OK : HttpStatus.BAD_REQUEST;
        return page(status, "Lien non valable", "<h1>Lien non valable</h1><p>" + e(text) + "</p>");
    }

    // ---- web version and archive

    @GetMapping("/bulletins/{id}")
    ResponseEntity<String> webVersion(@PathVariable String id) {
        // Bulletins checks who asks: the page is public, Rayonne reads for the partner.
        Optional<Bulletin> sent = SystemUser.call(() -> bulletins.stored(id)).filter(Bulletin::frozen);
        if (sent.isEmpty()) {
            return page(
                    HttpStatus.NOT_FOUND,
                    "Bulletin introuvable",
                    "<h1>Bulletin introuvable</h1><p>Ce bulletin n’existe pas, ou n’a pas encore été envoyé.</p>");
        }
        Bulletin b = sent.get();
        var context = new BulletinRenderer.Context(
                SystemUser.call(() -> bulletins.officeName(b.officeId())),
                settings.base(),
                SystemUser.call(() -> bulletins.photoTexts(b)),
                false);
        var rendered = new Personalised(renderer.render(b, context));
        // Read by anyone: the merge fields say who in general terms.
        boolean french = "fr".equals(b.language());
        var values = new Personalised.Values(
                "", "", french ? "votre établissement" : "your business", context.office(), "", "", french);
        return ResponseEntity.ok()
                .contentType(HTML)
                .cacheControl(CacheControl.noCache())
                .body(rendered.html(values));
    }

    @GetMapping("/bulletins/archives/{officeId}")
    ResponseEntity<String> archive(@PathVariable String officeId) {
        List<Bulletin> sent = SystemUser.call(() -> bulletins.archive(officeId));
        String office = SystemUser.call(() -> bulletins.officeName(officeId));
        StringBuilder body =
                new StringBuilder("<h1>Les bulletins de ").append(e(office)).append("</h1>");
        if (sent.isEmpty()) {
            body.append("<p>Aucun bulletin n’a encore été envoyé.</p>");
        } else {
            body.append("<ul class=\"archive\">");
            for (Bulletin b : sent) {
                body.append("<li><a href=\"../")
                        .append(e(b.id()))
                        .append("\">")
                        .append(e(b.name() + " · " + b.title()))
                        .append("</a> <span class=\"muted\">")
                        .append(e(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)
                                .format(b.date())))
                        .append("</span></li>");
            }
            body.append("</ul>");
        }
        return page(HttpStatus.OK, "Les bulletins de " + office, body.toString());
    }

    /** A photo an issue shows: only photos of that issue, at screen size. */
    @GetMapping("/bulletins/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable String id, @PathVariable String photoId) throws IOException {
        Optional<Bulletin> bulletin = SystemUser.call(() -> bulletins.stored(id));
        if (bulletin.isEmpty() || !Bulletins.photoIds(bulletin.get()).contains(photoId)) {
            return ResponseEntity.notFound().build();
        }
        Optional<Photo> photo = SystemUser.call(
                () -> photos.published(List.of(photoId)).stream().findFirst());
        if (photo.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        byte[] bytes = Files.readAllBytes(SystemUser.call(() -> photos.file(photo.get(), PhotoSize.PREVIEW)));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(30)))
                .body(bytes);
    }

    /** Escaped for HTML; accents stay as they are (the page is UTF-8). */
    private static String e(String text) {
        return StringEscapeUtils.escapeXml10(text);
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
        String html = "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"color-scheme\" content=\"light dark\">"
                + "<meta name=\"robots\" content=\"noindex\">"
                + "<title>" + e(title) + " · Rayonne</title><style>"
                + "body{font-family:Helvetica,Arial,sans-serif;background:#f7f5f0;color:#1f2d3d;margin:0;padding:2rem 1rem;line-height:1.5}"
                + "main{max-width:36rem;margin:0 auto;background:#fff;border-top:4px solid #f2a541;padding:1.5rem 2rem;border-radius:4px}"
                + "h1{color:#1d5f7a;font-size:1.6rem;margin-top:0}a{color:#1d5f7a}"
                + "button{background:#1d5f7a;color:#fff;border:0;border-radius:4px;padding:.7rem 1.2rem;font-size:1rem;cursor:pointer;margin-top:1rem}"
                + ".muted{color:#5b6775;font-size:.9rem}.saved{background:#e6f4ea;color:#1e5631;padding:.5rem .8rem;border-radius:4px}"
                + ".choice{display:block;margin:.4rem 0}fieldset{border:1px solid #e3e0d8;border-radius:4px;margin-top:.8rem}"
                + "@media (prefers-color-scheme: dark){body{background:#0f161d;color:#e6ecf1}main{background:#16202a}h1,a{color:#8ccbe6}.muted{color:#a9b4bf}}"
                + "</style></head><body><main>" + body
                + "<p class=\"muted\">Rayonne, la plateforme éditoriale des offices de tourisme.</p></main></body></html>";
        return ResponseEntity.status(status)
                .contentType(HTML)
                .cacheControl(CacheControl.noStore())
                .body(html);
    }
}
