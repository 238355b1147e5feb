package io.rayonne.mail.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.elasticsearch.BulkFailureException;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.MultiGetItem;
import org.springframework.data.elasticsearch.core.RefreshPolicy;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;
import org.springframework.data.elasticsearch.core.query.IndexQuery;
import org.springframework.data.elasticsearch.core.query.IndexQueryBuilder;
import org.springframework.stereotype.Component;

/** The message ledger, the suppression list and the events received, in Elasticsearch. */
@Component
public class MailStore {

    private static final IndexCoordinates MESSAGES = IndexCoordinates.of("rayonne-messages");
    private static final IndexCoordinates EVENTS = IndexCoordinates.of("rayonne-mail-events");

    private final ElasticsearchOperations operations;
    /**
     * For a campaign's messages: its sender reads them back by id only (real time), so it need not
     * wait for each write to become searchable, a second lost per batch.
     */
    private final ElasticsearchOperations unrefreshed;

    MailStore(ElasticsearchOperations operations) {
        this.operations = operations;
        this.unrefreshed = operations.withRefreshPolicy(RefreshPolicy.NONE);
    }

    /** Whether a write waits until search sees it (the default), or not (a campaign's batches). */
    enum Visibility {
        SEARCHABLE,
        BY_ID
    }

    private ElasticsearchOperations writer(Visibility visibility) {
        return visibility == Visibility.BY_ID ? unrefreshed : operations;
    }

    /**
     * Creates each message unless one with its id exists (one bulk request). Returns the ids that
     * existed already: those messages were handed over before and must not be sent again.
     */
    Set<String> createAll(List<MessageDocument> messages, Visibility visibility) {
        if (messages.isEmpty()) {
            return Set.of();
        }
        return createAbsent(
                writer(visibility),
                messages.stream()
                        .map(m -> new IndexQueryBuilder()
                                .withId(m.id())
                                .withObject(m)
                                .withOpType(IndexQuery.OpType.CREATE)
                                .build())
                        .toList(),
                MESSAGES);
    }

    /** Records events once, by id (one bulk request); returns the ids received before (Mailjet's retries). */
    Set<String> recordEventsOnce(Map<String, String> eventsById) {
        if (eventsById.isEmpty()) {
            return Set.of();
        }
        return createAbsent(
                operations,
                eventsById.entrySet().stream()
                        .map(e -> new IndexQueryBuilder()
                                .withId(e.getKey())
                                .withSource(e.getValue())
                                .withOpType(IndexQuery.OpType.CREATE)
                                .build())
                        .toList(),
                EVENTS);
    }

    /** Bulk create-if-absent; returns the ids that existed already. Any other failure is thrown. */
    private static Set<String> createAbsent(
            ElasticsearchOperations writer, List<IndexQuery> queries, IndexCoordinates index) {
        try {
            writer.bulkIndex(queries, index);
            return Set.of();
        } catch (BulkFailureException e) {
            Set<String> existing = new HashSet<>();
            e.getFailedDocuments().forEach((id, failure) -> {
                if (failure.status() != null && failure.status() == 409) {
                    existing.add(id);
                } else {
                    throw e;
                }
            });
            return existing;
        }
    }

    void saveAll(List<MessageDocument> messages, Visibility visibility) {
        if (!messages.isEmpty()) {
            writer(visibility).save(messages);
        }
    }

    Map<String, MessageDocument> messages(Collection<String> ids) {
        return byId(ids, MessageDocument.class, MessageDocument::id);
    }

    Optional<MessageDocument> message(String id) {
        return Optional.ofNullable(operations.get(id, MessageDocument.class));
    }

    Optional<MessageDocument> messageByProviderId(String providerId) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.term(t -> t.field("providerId").value(providerId)))
                .withMaxResults(1)
                .build();
        return operations.search(query, MessageDocument.class).stream()
                .map(SearchHit::getContent)
                .findFirst();
    }

    /** Messages to or copied to any of these addresses (personal data), newest first. */
    List<MessageDocument> messagesTo(Collection<String> addresses) {
        List<co.elastic.clients.elasticsearch._types.FieldValue> values = addresses.stream()
                .map(co.elastic.clients.elasticsearch._types.FieldValue::of)
                .toList();
        NativeQuery query = NativeQuery.builder()
                .withQuery(q ->
                        q.bool(b -> b.should(s -> s.terms(t -> t.field("to").terms(v -> v.value(values))))
                                .should(s -> s.terms(t -> t.field("cc").terms(v -> v.value(values))))
                                .minimumShouldMatch("1")))
                .withSort(org.springframework.data.domain.Sort.by(
                        org.springframework.data.domain.Sort.Order.desc("createdAt")))
                .withMaxResults(10_000)
                .build();
        return operations.search(query, MessageDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    /** Mailjet's events about these addresses, as received. */
    List<org.springframework.data.elasticsearch.core.SearchHit<java.util.Map>> eventsAbout(
            Collection<String> addresses) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.terms(t -> t.field("email")
                        .terms(v -> v.value(addresses.stream()
                                .map(co.elastic.clients.elasticsearch._types.FieldValue::of)
                                .toList()))))
                .withMaxResults(10_000)
                .build();
        return operations.search(query, java.util.Map.class, EVENTS).getSearchHits();
    }

    void replaceEventEmail(String id, String replacement) {
        operations.update(
                org.springframework.data.elasticsearch.core.query.UpdateQuery.builder(id)
                        .withDocument(org.springframework.data.elasticsearch.core.document.Document.from(
                                java.util.Map.of("email", replacement)))
                        .build(),
                EVENTS);
    }

    MessageDocument save(MessageDocument message) {
        return operations.save(message);
    }

    List<MessageDocument> recentMessages(int size) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.matchAll(m -> m))
                .withSort(s -> s.field(
                        f -> f.field("createdAt").order(co.elastic.clients.elasticsearch._types.SortOrder.Desc)))
                .withMaxResults(size)
                .build();
        return operations.search(query, MessageDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    /** The active suppressions among these addresses (lower case), by address. */
    Map<String, SuppressionDocument> activeSuppressions(Collection<String> emails) {
        Map<String, SuppressionDocument> found = byId(emails, SuppressionDocument.class, SuppressionDocument::id);
        found.values().removeIf(s -> !s.active());
        return found;
    }

    /** The documents that exist among these ids, by id (one multi-get). */
    private <T> Map<String, T> byId(Collection<String> ids, Class<T> type, java.util.function.Function<T, String> id) {
        Map<String, T> found = new HashMap<>();
        if (!ids.isEmpty()) {
            for (MultiGetItem<T> item : operations.multiGet(
                    NativeQuery.builder().withIds(List.copyOf(ids)).build(), type)) {
                if (item.hasItem()) {
                    found.put(id.apply(item.getItem()), item.getItem());
                }
            }
        }
        return found;
    }

    Optional<SuppressionDocument> suppression(String email) {
        return Optional.ofNullable(operations.get(email, SuppressionDocument.class));
    }

    List<SuppressionDocument> activeSuppressionList() {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.term(t -> t.field("active").value(true)))
                .withSort(s -> s.field(
                        f -> f.field("updatedAt").order(co.elastic.clients.elasticsearch._types.SortOrder.Desc)))
                .withMaxResults(10_000)
                .build();
        return operations.search(query, SuppressionDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    SuppressionDocument save(SuppressionDocument suppression) {
        return operations.save(suppression);
    }
}
