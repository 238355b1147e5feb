package io.rayonne.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each network counts a post its own way. */
class ChannelTest {

    @Test
    void xWeighsALinkTwentyThreeAndAnEmojiTwo() {
        assertThat(Channel.X.count("Amiens")).isEqualTo(6);
        assertThat(Channel.X.count("Fête à l’été")).isEqualTo(12);
        assertThat(Channel.X.count("https://www.amiens-tourisme.com/decouvrir/les-hortillonnages-en-barque"))
                .isEqualTo(23);
        assertThat(Channel.X.count("🌷")).isEqualTo(2);
        assertThat(Channel.X.count("👩‍👩‍👧")).isEqualTo(2);
        assertThat(Channel.X.count("大聖堂")).isEqualTo(6);
    }

    @Test
    void metaAndLinkedInCountAsTheirComposersDo() {
        assertThat(Channel.INSTAGRAM.count("Coucher de soleil 🌅")).isEqualTo(20);
        assertThat(Channel.LINKEDIN.count("https://www.amiens-tourisme.com")).isEqualTo(31);
        assertThat(Channel.WEBSITE.count("Coucher de soleil 🌅")).isEqualTo(19);
    }

    @Test
    void instagramRefusesMoreThanThirtyHashtags() {
        String thirty = "#Amiens ".repeat(30).strip();
        assertThat(Channel.hashtags(
                        "Vue sur la baie #FenetreSurDunkerque #racontemoiDunkerque, #streetphotography #2024"))
                .containsExactly("#FenetreSurDunkerque", "#racontemoiDunkerque", "#streetphotography");
        assertThat(Channel.INSTAGRAM.fits(thirty)).isTrue();
        assertThat(Channel.INSTAGRAM.fits(thirty + " #Somme")).isFalse();
        assertThat(Channel.FACEBOOK.fits(thirty + " #Somme")).isTrue();
        assertThat(Channel.X.fits("a".repeat(281))).isFalse();
    }

    @Test
    void shorteningCutsAtAWordAndLosesNoHashtag() {
        String body = "Le marché de Noël d’Amiens ouvre ses 130 chalets du centre-ville à la place Gambetta. ".repeat(5)
                + "Tout le programme avec #NoelAmiens";
        String text = body + "\n\n#Amiens #Somme";

        String shortened = Channel.X.shorten(text);

        assertThat(Channel.X.count(shortened)).isLessThanOrEqualTo(280);
        assertThat(shortened)
                .endsWith("#Amiens #Somme #NoelAmiens")
                .contains("…\n\n")
                .doesNotContain("Gamb…");
        assertThat(Channel.hashtags(shortened)).containsExactlyInAnyOrder("#NoelAmiens", "#Amiens", "#Somme");
        assertThat(Channel.X.shorten("Court et net #Amiens")).isEqualTo("Court et net #Amiens");
    }
}
