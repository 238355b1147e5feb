package io.rayonne.accounts.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

@Document(indexName = "rayonne-networks", createIndex = false)
public record NetworkDocument(@Id String id, String name, @Nullable SeqNoPrimaryTerm seqNoPrimaryTerm) {}
