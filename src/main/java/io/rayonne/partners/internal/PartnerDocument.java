package io.rayonne.partners.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/**
 * A partner with its contacts, as one document: a save or an import writes the whole partner or
 * nothing. Contacts are nested, so that what a segment asks of a contact is asked of one person.
 * {@code nameFolded} and {@code emailFolded} are what imports match on.
 */
@Document(indexName = "rayonne-partners", createIndex = false)
public record PartnerDocument(
        @Id String id,
        String officeId,
        String name,
        String nameFolded,
        String sector,
        String territory,
        String street,
        String postalCode,
        String city,
        String membership,
        @Nullable Integer membershipYear,
        @Nullable String apidaeId,
        String website,
        String phone,
        String notes,
        List<ContactDocument> contacts,
        @Nullable List<IllustrationDocument> illustrations,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant updatedAt,
        String updatedBy,
        @Nullable SeqNoPrimaryTerm seqNoPrimaryTerm) {

    public record IllustrationDocument(String url, String credit) {}

    public record ContactDocument(
            String id,
            String firstName,
            String lastName,
            String role,
            String email,
            String emailFolded,
            String phone,
            String language,
            String state,
            String basis,
            String source,
            @Nullable @Field(type = FieldType.Date, format = DateFormat.date) LocalDate since,
            @Nullable @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant changedAt,
            List<String> declined) {}
}
