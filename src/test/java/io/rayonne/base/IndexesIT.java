package io.rayonne.base;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.rayonne.accounts.Role;
import io.rayonne.notes.Note;
import io.rayonne.notes.NoteDraft;
import io.rayonne.notes.Notes;
import io.rayonne.testing.IntegrationTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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

    /**
     * Camille keeps creating, editing and deleting notes while the notes' index is rebuilt (over
     * filler notes of an office of its own, several batches): the copy waits after its first batch
     * until she has saved six times, so her writes certainly fall inside it. Every write Rayonne
     * acknowledged is in the new index as she left it, every deletion stays deleted, none is
     * refused; an edit read before the swap and saved after it meets the conflict dialog (decision 12).
     */
    @Test
    void noAcknowledgedWriteIsLostWhilePeopleKeepWorkingDuringARebuild() throws Exception {
        String filler = unique("filler-office");
        fill(filler, FILLER);
        signIn("camille", Role.COMMUNICATION);
        String office = "amiens-metropole";
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Set<String> deleted = ConcurrentHashMap.newKeySet();
        List<String> refused = new CopyOnWriteArrayList<>();
        AtomicLong conflicts = new AtomicLong();
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        AtomicBoolean copying = new AtomicBoolean();
        AtomicLong writesDuringCopy = new AtomicLong();
        CountDownLatch sixWritesDuringCopy = new CountDownLatch(6);
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();

        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> writing = writer.submit(() -> {
            org.springframework.security.core.context.SecurityContextHolder.setContext(context);
            List<Note> mine = new ArrayList<>();
            for (int i = 0; rebuilding.get() || i < 3; i++) {
                try {
                    Note created = notes.create(new NoteDraft(office, unique("Pendant " + i), "Version 1"));
                    acknowledged.put(created.id(), created.body());
                    countIfCopying(copying, rebuilding, writesDuringCopy, sixWritesDuringCopy);
                    mine.add(created);
                    if (mine.size() > 1) {
                        Note earlier = notes.get(mine.get(mine.size() - 2).id());
                        NoteDraft second = new NoteDraft(office, earlier.title(), "Version 2 (" + i + ")");
                        Note edited;
                        try {
                            edited = notes.update(earlier.id(), earlier.revision(), second);
                        } catch (StaleEditException e) {
                            // Read before the swap, saved after: the copy has new revisions. She
                            // sees the conflict dialog with her text and keeps hers.
                            conflicts.incrementAndGet();
                            edited = notes.update(
                                    earlier.id(), notes.get(earlier.id()).revision(), second);
                        }
                        acknowledged.put(edited.id(), edited.body());
                        countIfCopying(copying, rebuilding, writesDuringCopy, sixWritesDuringCopy);
                    }
                    if (i % 4 == 3) {
                        Note gone = mine.remove(0);
                        notes.delete(gone.id());
                        acknowledged.remove(gone.id());
                        deleted.add(gone.id());
                        countIfCopying(copying, rebuilding, writesDuringCopy, sixWritesDuringCopy);
                    }
                } catch (RuntimeException e) {
                    // She would be told, and her text kept; but writes wait through the last moment.
                    refused.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
            return null;
        });

        var after = indexes.rebuild("rayonne-notes", (done, total) -> {
            if (done > 0 && !copying.getAndSet(true)) {
                try {
                    assertThat(sixWritesDuringCopy.await(1, TimeUnit.MINUTES)).isTrue();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        rebuilding.set(false);
        writing.get(2, TimeUnit.MINUTES);
        writer.shutdown();

        assertThat(writesDuringCopy.get())
                .as("writes acknowledged while the copy ran")
                .isGreaterThan(2);
        assertThat(refused).as("writes refused").isEmpty();
        assertThat(conflicts.get())
                .as("edits read before the swap and saved after")
                .isLessThanOrEqualTo(1);
        assertThat(after.documents()).isGreaterThanOrEqualTo(FILLER);
        for (Map.Entry<String, String> note : acknowledged.entrySet()) {
            assertThat(notes.get(note.getKey()).body()).as(note.getKey()).isEqualTo(note.getValue());
        }
        for (String id : deleted) {
            assertThat(client.exists(e -> e.index("rayonne-notes").id(id)).value())
                    .as("deleted " + id)
                    .isFalse();
        }
        assertThat(client.count(c -> c.index("rayonne-notes")
                                .query(q -> q.term(t -> t.field("officeId").value(filler))))
                        .count())
                .isEqualTo(FILLER);
    }

    private static final int FILLER = 2_000;

    private static void countIfCopying(
            AtomicBoolean copying, AtomicBoolean rebuilding, AtomicLong writes, CountDownLatch latch) {
        if (copying.get() && rebuilding.get()) {
            writes.incrementAndGet();
            latch.countDown();
        }
    }

    /** Notes of an office nobody reads, written straight into the index (fast, and shaped like a real one). */
    private void fill(String officeId, int count) throws IOException {
        signIn("camille", Role.COMMUNICATION);
        Note model = notes.create(new NoteDraft("amiens-metropole", unique("Modèle"), "Texte"));
        @SuppressWarnings("unchecked")
        Map<String, Object> source = client.get(g -> g.index("rayonne-notes").id(model.id()), Map.class)
                .source();
        for (int from = 0; from < count; from += 1_000) {
            List<BulkOperation> operations = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 1_000); i++) {
                Map<String, Object> copy = new HashMap<>(source);
                copy.put("officeId", officeId);
                copy.put("title", "Remplissage " + i);
                String id = officeId + "-" + i;
                operations.add(BulkOperation.of(
                        b -> b.index(x -> x.index("rayonne-notes").id(id).document(copy))));
            }
            assertThat(client.bulk(b -> b.operations(operations)).errors()).isFalse();
        }
        client.indices().refresh(r -> r.index("rayonne-notes"));
    }

    private static int generation(String index) {
        return Integer.parseInt(index.substring(index.lastIndexOf("-v") + 2));
    }
}
