package io.rayonne.accounts.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/** A user as stored; the id is the login, so two users can never share one. */
@Document(indexName = "rayonne-users", createIndex = false)
public record UserDocument(
        @Id String id,
        String displayName,
        @Nullable String email,
        String officeId,
        List<String> roles,
        boolean active,
        String locale,
        String passwordHash,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant createdAt,
        @Nullable SeqNoPrimaryTerm seqNoPrimaryTerm) {

    public UserDocument withLocale(String languageTag) {
        return new UserDocument(
                id,
                displayName,
                email,
                officeId,
                roles,
                active,
                languageTag,
                passwordHash,
                createdAt,
                seqNoPrimaryTerm);
    }

    public UserDocument withPasswordHash(String hash) {
        return new UserDocument(
                id, displayName, email, officeId, roles, active, locale, hash, createdAt, seqNoPrimaryTerm);
    }
}
