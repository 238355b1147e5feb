package io.rayonne.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names compared as people compare them. */
class NamesTest {

    @Test
    void accentsCaseSpacesAndWordOrderDoNotMakeAnotherPerson() {
        assertThat(Names.fold("  Benoît   LUCCHINI ")).isEqualTo("benoit lucchini");
        assertThat(Names.similarity("Benoit Lucchini", "« Benoît Lucchini »")).isEqualTo(1.0);
        assertThat(Names.similarity("Lucchini Benoît", "Benoît Lucchini")).isEqualTo(1.0);
        assertThat(Names.similarity("Benoît Luchini", "Benoît Lucchini")).isGreaterThan(Names.LIKELY_SAME);
        assertThat(Names.similarity("Bernard Lucas", "Benoît Lucchini")).isLessThan(Names.LIKELY_SAME);
    }

    @Test
    void emailsAreComparedWithoutCaseOrTag() {
        assertThat(Names.foldEmail(" B.Lucchini+presse@Routard.com ")).isEqualTo("b.lucchini@routard.com");
    }
}
