package io.rayonne.accounts.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

@Document(indexName = "rayonne-offices", createIndex = false)
public record OfficeDocument(
        @Id String id,
        String name,
        String networkId,
        @Nullable String territory,
        @Nullable String city,
        @Nullable SeqNoPrimaryTerm seqNoPrimaryTerm) {}
