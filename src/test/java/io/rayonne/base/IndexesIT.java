package io.rayonne.base;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.rayonne.accounts.Role;
import io.rayonne.notes.Note;
import io.rayonne.notes.NoteDraft;
import io.rayonne.notes.Notes;
import io.rayonne.testing.IntegrationTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Indices live behind aliases; a rebuild copies every document into a new version and swaps the alias. */
class IndexesIT extends IntegrationTest {

    @Autowired
    IndexAdministration indexes;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    Notes notes;

    @Test
    void everyIndexIsAVersionBehindItsAliasWithOneShardAndNoReplicaOnOneNode() throws IOException {
        List<IndexAdministration.IndexStatus> status = indexes.status();
        assertThat(status)
                .extracting(IndexAdministration.IndexStatus::alias)
                .contains("rayonne-users", "rayonne-offices", "rayonne-networks", "rayonne-notes", "rayonne-search");
        for (var index : status) {
            assertThat(index.index()).matches(index.alias() + "-v\\d+");
            assertThat(index.health()).isEqualTo("green");
        }
        String notesIndex = status.stream()
                .filter(s -> s.alias().equals("rayonne-notes"))
                .findFirst()
                .orElseThrow()
                .index();
        var settings = client.indices()
                .getSettings(g -> g.index(notesIndex))
                .result()
                .get(notesIndex)
                .settings()
                .index();
        assertThat(settings.numberOfReplicas()).isEqualTo("0");
    }

    @Test
    void aRebuildKeepsEveryDocumentAndTheAliasKeepsWorking() {
        signIn("camille", Role.COMMUNICATION);
        String office = "amiens-metropole";
        List<Note> written = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            written.add(notes.create(new NoteDraft(office, unique("Rebuild " + i), "Texte " + i)));
        }
        String before = indexes.status().stream()
                .filter(s -> s.alias().equals("rayonne-notes"))
                .findFirst()
                .orElseThrow()
                .index();
        long countBefore = notes.list(null).size();

        List<Long> progress = new ArrayList<>();
        var after = indexes.rebuild("rayonne-notes", (done, total) -> progress.add(done));

        assertThat(after.index()).isNotEqualTo(before);
        assertThat(generation(after.index())).isEqualTo(generation(before) + 1);
        assertThat(after.documents()).isEqualTo(countBefore);
        assertThat(progress).first().isEqualTo(0L);
        assertThat(progress).last().isEqualTo(countBefore);
        for (Note note : written) {
            assertThat(notes.get(note.id()).title()).isEqualTo(note.title());
        }
        // The copied note can still be edited: its revision is read from the new index.
        Note first = notes.get(written.get(0).id());
        Note edited = notes.update(
                first.id(), first.revision(), new NoteDraft(office, first.title(), "Après reconstruction"));
        assertThat(edited.body()).isEqualTo("Après reconstruction");
    }

    private static int generation(String index) {
        return Integer.parseInt(index.substring(index.lastIndexOf("-v") + 2));
    }
}
