package io.rayonne.accounts.internal;

import io.rayonne.base.elasticsearch.Documents;
import java.util.List;
import java.util.Optional;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.stereotype.Component;

/** Users, offices and networks in Elasticsearch. */
@Component
public class AccountStore {

    private final ElasticsearchOperations operations;

    AccountStore(ElasticsearchOperations operations) {
        this.operations = operations;
    }

    public Optional<UserDocument> user(String id) {
        return Optional.ofNullable(operations.get(id, UserDocument.class));
    }

    public List<UserDocument> users() {
        return all(UserDocument.class, "displayName.sort");
    }

    public boolean createUser(UserDocument user) {
        return Documents.createIfAbsent(operations, user.id(), user);
    }

    /** Saves at the document's revision; throws StaleEditException with the stored user if it moved. */
    public UserDocument saveUser(UserDocument user) {
        return Documents.saveRevision(operations, user, () -> user(user.id()).orElseThrow());
    }

    public Optional<OfficeDocument> office(String id) {
        return Optional.ofNullable(operations.get(id, OfficeDocument.class));
    }

    public List<OfficeDocument> offices() {
        return all(OfficeDocument.class, "name.sort");
    }

    public boolean createOffice(OfficeDocument office) {
        return Documents.createIfAbsent(operations, office.id(), office);
    }

    public OfficeDocument saveOffice(OfficeDocument office) {
        return Documents.saveRevision(
                operations, office, () -> office(office.id()).orElseThrow());
    }

    public List<NetworkDocument> networks() {
        return all(NetworkDocument.class, "name.sort");
    }

    public boolean createNetwork(NetworkDocument network) {
        return Documents.createIfAbsent(operations, network.id(), network);
    }

    public boolean anyUser() {
        return operations.count(
                        NativeQuery.builder().withQuery(q -> q.matchAll(m -> m)).build(), UserDocument.class)
                > 0;
    }

    private <T> List<T> all(Class<T> type, String sortField) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.matchAll(m -> m))
                .withSort(s -> s.field(f -> f.field(sortField)))
                .withMaxResults(10_000)
                .build();
        return operations.search(query, type).stream()
                .map(SearchHit::getContent)
                .toList();
    }
}
