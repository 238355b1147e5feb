package io.rayonne.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void namesBecomeReadableIds() {
        assertThat(Slugs.of("Office de tourisme Cœur de Flandre")).isEqualTo("office-de-tourisme-coeur-de-flandre");
        assertThat(Slugs.of("  Val d’Oise Tourisme ")).isEqualTo("val-d-oise-tourisme");
        assertThat(Slugs.of("Amiens Métropole — Tourisme & Congrès")).isEqualTo("amiens-metropole-tourisme-congres");
    }

    @Test
    void aNameWithoutLettersIsRefused() {
        assertThatThrownBy(() -> Slugs.of("— !")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewIdIsTheSlugAndARandomSuffixEvenBeforeTheNameIsTyped() {
        String first = Slugs.unique("Les hortillonnages");
        assertThat(first).matches("les-hortillonnages-[0-9a-f]{8}");
        assertThat(Slugs.unique("Les hortillonnages")).isNotEqualTo(first);
        assertThat(Slugs.unique("")).matches("[0-9a-f]{8}");
        assertThat(Slugs.unique("— !")).matches("[0-9a-f]{8}");
    }
}
