package io.rayonne.notes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotesPlainTextTest {

    @Test
    void markdownIsIndexedAsTheWordsAPersonReads() {
        assertThat(Notes.plainText(
                        "## Ordre du jour\n\n- **Saison** estivale\n1. [Le site](https://example.org) _neuf_"))
                .isEqualTo("Ordre du jour Saison estivale Le site neuf");
    }
}
