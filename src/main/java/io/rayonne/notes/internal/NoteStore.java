package io.rayonne.notes.internal;

import io.rayonne.base.IndexDefinition;
import io.rayonne.base.elasticsearch.Documents;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.stereotype.Component;

/** Notes in the {@code rayonne-notes} index. */
@Component
public class NoteStore {

    private final ElasticsearchOperations operations;

    NoteStore(ElasticsearchOperations operations) {
        this.operations = operations;
    }

    @Configuration(proxyBeanMethods = false)
    static class Index {
        @Bean
        IndexDefinition notesIndex() {
            return new IndexDefinition("rayonne-notes");
        }
    }

    public Optional<NoteDocument> find(String id) {
        return Optional.ofNullable(operations.get(id, NoteDocument.class));
    }

    /** Newest first; of one office, or of all when {@code officeId} is null. */
    public List<NoteDocument> list(@Nullable String officeId) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> officeId == null
                        ? q.matchAll(m -> m)
                        : q.term(t -> t.field("officeId").value(officeId)))
                .withSort(s -> s.field(
                        f -> f.field("updatedAt").order(co.elastic.clients.elasticsearch._types.SortOrder.Desc)))
                .withMaxResults(10_000)
                .build();
        return operations.search(query, NoteDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    public boolean create(NoteDocument note) {
        return Documents.createIfAbsent(operations, note.id(), note);
    }

    /** Saves at the note's revision; a stale revision throws StaleEditException with the stored note. */
    public NoteDocument save(NoteDocument note, java.util.function.Supplier<Object> current) {
        return Documents.saveRevision(operations, note, current);
    }

    public void delete(String id) {
        operations.delete(id, NoteDocument.class);
    }
}
