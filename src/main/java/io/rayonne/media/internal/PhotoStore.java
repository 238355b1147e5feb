package io.rayonne.media.internal;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.json.JsonData;
import io.rayonne.base.IndexDefinition;
import io.rayonne.base.elasticsearch.Documents;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.MultiGetItem;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.stereotype.Component;

/** Photos' metadata in Elasticsearch. */
@Component
public class PhotoStore {

    private final ElasticsearchOperations operations;

    PhotoStore(ElasticsearchOperations operations) {
        this.operations = operations;
    }

    @Configuration(proxyBeanMethods = false)
    static class Indexes {
        @Bean
        IndexDefinition photosIndex() {
            return new IndexDefinition("rayonne-photos");
        }
    }

    public Optional<PhotoDocument> find(String id) {
        return Optional.ofNullable(operations.get(id, PhotoDocument.class));
    }

    /** The photos found among these ids, in the order asked; missing ones are left out. */
    public List<PhotoDocument> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        NativeQuery query = NativeQuery.builder().withIds(List.copyOf(ids)).build();
        return operations.multiGet(query, PhotoDocument.class).stream()
                .map(MultiGetItem::getItem)
                .filter(Objects::nonNull)
                .toList();
    }

    public boolean create(PhotoDocument photo) {
        return Documents.createIfAbsent(operations, photo.id(), photo);
    }

    public PhotoDocument save(PhotoDocument photo, Supplier<Object> current) {
        return Documents.saveRevision(operations, photo, current);
    }

    /** Photos with people whose consent ends before {@code day}, the soonest first. */
    public List<PhotoDocument> consentEndingBefore(LocalDate day) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.bool(b -> b.filter(
                                f -> f.term(t -> t.field("consent.peopleAppear").value(true)))
                        .filter(f -> f.range(
                                r -> r.untyped(u -> u.field("consent.until").lt(JsonData.of(day.toString())))))))
                .withSort(s -> s.field(f -> f.field("consent.until").order(SortOrder.Asc)))
                .withMaxResults(10_000)
                .build();
        return operations.search(query, PhotoDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }
}
