package io.rayonne.inbox.internal;

import co.elastic.clients.elasticsearch._types.SortOrder;
import io.rayonne.base.IndexDefinition;
import io.rayonne.base.elasticsearch.Documents;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.data.elasticsearch.core.document.Document;
import org.springframework.data.elasticsearch.core.query.UpdateQuery;
import org.springframework.stereotype.Component;

/** Notifications in Elasticsearch. */
@Component
public class InboxStore {

    private final ElasticsearchOperations operations;

    InboxStore(ElasticsearchOperations operations) {
        this.operations = operations;
    }

    @Configuration(proxyBeanMethods = false)
    static class Indexes {
        @Bean
        IndexDefinition inboxIndex() {
            return new IndexDefinition("rayonne-inbox");
        }
    }

    public void add(InboxDocument item) {
        Documents.createIfAbsent(operations, item.id(), item);
    }

    public List<InboxDocument> latest(String userId, int max) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.term(t -> t.field("userId").value(userId)))
                .withSort(s -> s.field(f -> f.field("at").order(SortOrder.Desc)))
                .withMaxResults(max)
                .build();
        return operations.search(query, InboxDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    public long unread(String userId) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q ->
                        q.bool(b -> b.filter(f -> f.term(t -> t.field("userId").value(userId)))
                                .filter(f -> f.term(t -> t.field("read").value(false)))))
                .build();
        return operations.count(query, InboxDocument.class);
    }

    /** Marks these items read, only those that belong to {@code userId}. */
    public void markRead(String userId, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        NativeQuery owned = NativeQuery.builder()
                .withQuery(q -> q.bool(b -> b.filter(f -> f.ids(i -> i.values(ids)))
                        .filter(f -> f.term(t -> t.field("userId").value(userId)))))
                .withMaxResults(ids.size())
                .build();
        List<UpdateQuery> updates = operations.search(owned, InboxDocument.class).stream()
                .map(hit -> UpdateQuery.builder(hit.getId())
                        .withDocument(Document.create().append("read", true))
                        .build())
                .toList();
        if (!updates.isEmpty()) {
            operations.bulkUpdate(updates, operations.getIndexCoordinatesFor(InboxDocument.class));
        }
    }
}
