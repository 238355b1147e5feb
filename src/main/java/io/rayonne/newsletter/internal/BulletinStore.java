package io.rayonne.newsletter.internal;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.rayonne.base.IndexDefinition;
import io.rayonne.base.elasticsearch.Documents;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.stereotype.Component;

/** The issues of bulletins. */
@Component
public class BulletinStore {

    private final ElasticsearchOperations operations;

    BulletinStore(ElasticsearchOperations operations) {
        this.operations = operations;
    }

    @Configuration(proxyBeanMethods = false)
    static class Indexes {
        @Bean
        IndexDefinition bulletinsIndex() {
            return new IndexDefinition("rayonne-bulletins");
        }

        @Bean
        IndexDefinition campaignsIndex() {
            return new IndexDefinition("rayonne-campaigns");
        }

        @Bean
        IndexDefinition bulletinDeliveriesIndex() {
            return new IndexDefinition("rayonne-bulletin-deliveries");
        }
    }

    public Optional<BulletinDocument> bulletin(String id) {
        return Optional.ofNullable(operations.get(id, BulletinDocument.class));
    }

    public boolean create(BulletinDocument bulletin) {
        return Documents.createIfAbsent(operations, bulletin.id(), bulletin);
    }

    /** Saves over the version read; someone else's save meanwhile throws with what is stored now. */
    public BulletinDocument save(BulletinDocument bulletin, Supplier<Object> current) {
        return Documents.saveRevision(operations, bulletin, current);
    }

    public void delete(String id) {
        operations.delete(id, BulletinDocument.class);
    }

    /** The issues of these offices and networks, newest first. */
    public List<BulletinDocument> bulletins(Collection<String> offices, Collection<String> networks, int size) {
        Query query = Query.of(q -> q.bool(b -> b.should(terms("officeId", offices))
                .should(terms("networkId", networks))
                .minimumShouldMatch("1")));
        NativeQuery search = NativeQuery.builder()
                .withQuery(query)
                .withSort(Sort.by(Sort.Order.desc("date"), Sort.Order.asc("id")))
                .withMaxResults(size)
                .build();
        return operations.search(search, BulletinDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    /** The sent issues of an office's bulletin (or of all its bulletins), newest first: its archive. */
    public List<BulletinDocument> sent(String officeId, int size) {
        Query query = Query.of(q -> q.bool(b ->
                b.filter(terms("officeId", List.of(officeId))).filter(terms("state", List.of("SENT", "SENDING")))));
        NativeQuery search = NativeQuery.builder()
                .withQuery(query)
                .withSort(Sort.by(Sort.Order.desc("date"), Sort.Order.asc("id")))
                .withMaxResults(size)
                .build();
        return operations.search(search, BulletinDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    static Query terms(String field, Collection<String> values) {
        List<FieldValue> v = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(ts -> ts.value(v))));
    }
}
