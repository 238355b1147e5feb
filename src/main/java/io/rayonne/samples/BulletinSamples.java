package io.rayonne.samples;

import static io.rayonne.samples.SampleContent.files;
import static io.rayonne.samples.SampleContent.id;
import static io.rayonne.samples.SampleContent.readJson;

import com.fasterxml.jackson.databind.JsonNode;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.SystemUser;
import io.rayonne.newsletter.Block;
import io.rayonne.newsletter.Bulletin;
import io.rayonne.newsletter.BulletinState;
import io.rayonne.newsletter.BulletinTemplate;
import io.rayonne.newsletter.Bulletins;
import io.rayonne.newsletter.Campaigns;
import io.rayonne.newsletter.InvalidBulletinException;
import io.rayonne.newsletter.Section;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The issues of {@code content-samples/bulletins}: their sections and blocks (pulled blocks name a
 * sample portrait, press visit, coverage item, post or kit by its file name); an issue with
 * {@code send} is sent to those segments through the real campaign, so its ledger and figures are
 * the real ones (into the outbox when Mailjet is not configured).
 */
@Component
class BulletinSamples {

    private static final Logger log = LoggerFactory.getLogger(BulletinSamples.class);

    private final Bulletins bulletins;
    private final Campaigns campaigns;
    private final Accounts accounts;
    private final Clock clock;

    BulletinSamples(Bulletins bulletins, Campaigns campaigns, Accounts accounts, Clock clock) {
        this.bulletins = bulletins;
        this.campaigns = campaigns;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The number of issues created. */
    int load(Path folder) {
        int created = 0;
        for (Path file : files(folder, ".json")) {
            JsonNode b = readJson(file);
            String officeId = b.path("office").asText();
            BulletinTemplate template =
                    BulletinTemplate.valueOf(b.path("template").asText("MONTHLY"));
            String language = b.path("language").asText("fr");
            List<Section> sections = new ArrayList<>();
            for (JsonNode s : b.path("sections")) {
                List<Block> blocks = new ArrayList<>();
                for (JsonNode block : s.path("blocks")) {
                    blocks.add(block(block, language));
                }
                sections.add(new Section(newId(), s.path("title").asText(), blocks));
            }
            if (template == BulletinTemplate.ZOOM) {
                for (Office o : accounts.networkOf(officeId)) {
                    if (sections.stream().noneMatch(s -> s.title().equals(o.name()))) {
                        sections.add(new Section(newId(), o.name(), List.of()));
                    }
                }
            }
            var office = accounts.office(officeId)
                    .orElseThrow(() -> new IllegalArgumentException(file + ": no office " + officeId));
            String id = id(file);
            boolean isNew = bulletins.importBulletin(new Bulletin(
                    id,
                    officeId,
                    template == BulletinTemplate.ZOOM ? office.networkId() : null,
                    b.path("name").asText(),
                    b.path("title").asText(),
                    LocalDate.parse(b.path("date").asText()),
                    language,
                    template,
                    sections,
                    BulletinState.DRAFT,
                    null,
                    SystemUser.NAME,
                    clock.instant(),
                    SystemUser.NAME,
                    null));
            created += isNew ? 1 : 0;
            if (isNew && b.has("send")) {
                List<String> segments = new ArrayList<>();
                b.path("send").path("segments").forEach(s -> segments.add(s.asText()));
                try {
                    campaigns.send(id, segments, null);
                } catch (InvalidBulletinException e) {
                    log.warn("Sample bulletin {} not sent: {}", id, e.problems());
                }
            }
        }
        return created;
    }

    private Block block(JsonNode block, String language) {
        if (block.has("text")) {
            return new Block.Text(newId(), block.path("text").asText());
        }
        if (block.has("figure")) {
            return new Block.KeyFigure(
                    newId(),
                    block.path("figure").asText(),
                    block.path("caption").asText());
        }
        if (block.has("photo")) {
            return new Block.Image(
                    newId(), block.path("photo").asText(), block.path("caption").asText(""));
        }
        return bulletins.pull(
                Block.Source.valueOf(block.path("pull").asText()),
                block.path("id").asText(),
                language);
    }

    private static String newId() {
        return UUID.randomUUID().toString().substring(0, 12);
    }
}
