package io.rayonne.portraits;

import static org.assertj.core.api.Assertions.assertThat;

import io.rayonne.base.Channel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ready-to-post texts: plain, within each network's limit, cut at a word, hashtags kept. */
class PortraitExportTest {

    private static final String TAGS = "#JourneeDuGuide #Amiens";

    private static PortraitText portrait(String anecdotes) {
        return new PortraitText(
                "Léa Dupont",
                "La cathédrale et l’art gothique",
                Set.of("fr", "de"),
                "Amiens Métropole",
                List.of(new Favourite("Cathédrale Notre-Dame", "Les **portails** au soleil couchant.")),
                anecdotes,
                "Guide-conférencière à *Amiens* depuis douze ans.",
                List.of());
    }

    @Test
    void aShortPortraitIsWholeAndPlainOnEveryChannel() {
        String text = PortraitExport.text(portrait("Le labyrinthe se parcourt à genoux."), Channel.INSTAGRAM, TAGS);
        assertThat(text)
                .startsWith("Léa Dupont — La cathédrale et l’art gothique")
                .contains("Guide-conférencière à Amiens depuis douze ans.")
                .contains("Coup de cœur : Cathédrale Notre-Dame — Les portails au soleil couchant.")
                .endsWith("\n\n" + TAGS)
                .doesNotContain("*");
    }

    @Test
    void xGetsTheShortFormWithinTwoHundredEightyCharacters() {
        String text = PortraitExport.text(portrait(""), Channel.X, TAGS);
        assertThat(text)
                .isEqualTo("Léa Dupont, La cathédrale et l’art gothique. Coup de cœur : Cathédrale Notre-Dame.\n\n"
                        + TAGS);
    }

    @Test
    void aLongTextIsCutAtAWordWithAnEllipsisAndKeepsItsHashtags() {
        String anecdotes = "Les visiteurs demandent souvent pourquoi la nef est si haute. ".repeat(60);
        for (Channel channel : List.of(Channel.INSTAGRAM, Channel.LINKEDIN)) {
            String text = PortraitExport.text(portrait(anecdotes), channel, TAGS);
            int limit = channel.limit().orElseThrow();
            assertThat(channel.count(text)).isLessThanOrEqualTo(limit).isGreaterThan(limit - 80);
            assertThat(text).endsWith("…\n\n" + TAGS);
            String beforeEllipsis = text.substring(0, text.indexOf('…'));
            assertThat(beforeEllipsis)
                    .doesNotEndWith(" ")
                    .matches("(?s).*\\b(nef|est|si|haute\\.|Les|visiteurs|demandent|souvent|pourquoi|la)$");
        }
        assertThat(PortraitExport.text(portrait(anecdotes), Channel.WEBSITE, TAGS))
                .doesNotContain("…");
    }

    @Test
    void emojiCountAsInstagramCountsThemAndNeverBreakInHalf() {
        String anecdotes = "Coucher de soleil 🌅 sur les hortillonnages ".repeat(80);
        String text = PortraitExport.text(portrait(anecdotes), Channel.INSTAGRAM, TAGS);
        assertThat(Channel.INSTAGRAM.count(text)).isLessThanOrEqualTo(2_200);
        assertThat(text.length()).isLessThanOrEqualTo(2_200);
        assertThat(text.chars().filter(c -> Character.isHighSurrogate((char) c)).count())
                .isEqualTo(text.chars()
                        .filter(c -> Character.isLowSurrogate((char) c))
                        .count());
    }
}
