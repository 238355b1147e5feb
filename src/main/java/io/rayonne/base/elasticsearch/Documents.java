package io.rayonne.base.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.rayonne.base.Revision;
import io.rayonne.base.StaleEditException;
import java.util.List;
import java.util.function.Supplier;
import org.elasticsearch.client.ResponseException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.elasticsearch.BulkFailureException;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;
import org.springframework.data.elasticsearch.core.query.BulkOptions;
import org.springframework.data.elasticsearch.core.query.IndexQuery;
import org.springframework.data.elasticsearch.core.query.IndexQueryBuilder;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/** Storing documents the Rayonne way. */
public final class Documents {

    private Documents() {}

    public static @Nullable Revision revision(@Nullable SeqNoPrimaryTerm stored) {
        return stored == null ? null : new Revision(stored.sequenceNumber(), stored.primaryTerm());
    }

    public static @Nullable SeqNoPrimaryTerm seqNoPrimaryTerm(@Nullable Revision revision) {
        return revision == null ? null : new SeqNoPrimaryTerm(revision.seqNo(), revision.primaryTerm());
    }

    /**
     * Stores the document only if no document has its id yet: loading the same sample twice, or two
     * people creating the same login at once, never overwrites. Returns whether it was created.
     */
    public static boolean createIfAbsent(ElasticsearchOperations operations, String id, Object document) {
        IndexQuery query = creation(id, document);
        try {
            operations.index(query, operations.getIndexCoordinatesFor(document.getClass()));
            return true;
        } catch (DataAccessException e) {
            if (isConflict(e)) {
                return false;
            }
            throw e;
        }
    }

    /** A write that creates the document under this id, and fails if one exists. */
    public static IndexQuery creation(String id, Object document) {
        return new IndexQueryBuilder()
                .withId(id)
                .withObject(document)
                .withOpType(IndexQuery.OpType.CREATE)
                .build();
    }

    /**
     * Creates, in one request, the documents whose ids are free ({@link #creation}); those that
     * exist already are left as they are. Returns how many were created.
     */
    public static int createAllIfAbsent(
            ElasticsearchOperations operations,
            List<IndexQuery> creations,
            BulkOptions options,
            IndexCoordinates index) {
        if (creations.isEmpty()) {
            return 0;
        }
        try {
            operations.bulkIndex(creations, options, index);
            return creations.size();
        } catch (BulkFailureException e) {
            e.getFailedDocuments().forEach((id, failure) -> {
                if (failure.status() == null || failure.status() != 409) {
                    throw e;
                }
            });
            return creations.size() - e.getFailedDocuments().size();
        }
    }

    /** Whether Elasticsearch answered 409: the document exists, or moved on since it was read. */
    public static boolean isConflict(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingFailureException) {
                return true;
            }
            if (t instanceof ResponseException response
                    && response.getResponse().getStatusLine().getStatusCode() == 409) {
                return true;
            }
            if (t instanceof ElasticsearchException es && es.status() == 409) {
                return true;
            }
        }
        return false;
    }

    /**
     * Saves a document that carries the revision it was read at. If someone saved it since, throws
     * {@link StaleEditException} with what is stored now (mapped by {@code current}).
     */
    public static <T> T saveRevision(ElasticsearchOperations operations, T document, Supplier<Object> current) {
        try {
            return operations.save(document);
        } catch (DataAccessException e) {
            if (isConflict(e)) {
                throw new StaleEditException(current.get());
            }
            throw e;
        }
    }
}
