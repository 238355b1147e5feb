package io.rayonne.partners.internal;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import io.rayonne.partners.SegmentCriteria;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A segment's criteria as Elasticsearch queries: what is asked of the partner, and what is asked
 * of one of its contacts (inside the nested contacts). {@link SegmentCriteria#matches} is the same
 * rule in Java, for picking the contacts of a partner found.
 */
public final class PartnerQueries {

    private PartnerQueries() {}

    /** The partners, among these offices, that have what is asked (and a contact that has it). */
    public static Query partners(SegmentCriteria c, Collection<String> offices) {
        List<Query> filters = new ArrayList<>();
        filters.add(terms("officeId", offices));
        if (!c.sectors().isEmpty()) {
            filters.add(terms("sector", c.sectors().stream().map(Enum::name).toList()));
        }
        if (!c.territories().isEmpty()) {
            filters.add(terms("territory", c.territories()));
        }
        if (!c.cities().isEmpty()) {
            filters.add(terms("city", c.cities()));
        }
        if (!c.memberships().isEmpty()) {
            filters.add(
                    terms("membership", c.memberships().stream().map(Enum::name).toList()));
        }
        if (c.memberSince() != null) {
            int since = c.memberSince();
            filters.add(Query.of(
                    q -> q.range(r -> r.number(n -> n.field("membershipYear").gte((double) since)))));
        }
        switch (c.apidae()) {
            case KNOWN -> filters.add(Query.of(q -> q.exists(e -> e.field("apidaeId"))));
            case UNKNOWN -> filters.add(Query.of(q -> q.bool(b -> b.mustNot(m -> m.exists(e -> e.field("apidaeId"))))));
            case ANY -> {}
        }
        if (c.concernsContacts()) {
            filters.add(Query.of(q -> q.nested(n -> n.path("contacts").query(contacts(c)))));
        }
        List<Query> must = new ArrayList<>();
        if (!c.text().isEmpty()) {
            must.add(text(c.text()));
        }
        return Query.of(q -> q.bool(b -> b.filter(filters).must(must)));
    }

    /** What is asked of a contact, inside the nested contacts (match all when nothing is). */
    public static Query contacts(SegmentCriteria c) {
        List<Query> filters = new ArrayList<>();
        if (!c.roles().isEmpty()) {
            filters.add(terms("contacts.role", c.roles()));
        }
        if (!c.languages().isEmpty()) {
            filters.add(terms("contacts.language", c.languages()));
        }
        if (!c.states().isEmpty()) {
            filters.add(
                    terms("contacts.state", c.states().stream().map(Enum::name).toList()));
        }
        if (!c.bases().isEmpty()) {
            filters.add(
                    terms("contacts.basis", c.bases().stream().map(Enum::name).toList()));
        }
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }

    /** Words of the name, the city, the street, or a contact's name; the last word may be unfinished. */
    private static Query text(String text) {
        Query own = Query.of(q -> q.multiMatch(m -> m.query(text)
                .type(TextQueryType.BoolPrefix)
                .operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And)
                .fields("name", "city.text", "street")));
        Query people = Query.of(q -> q.nested(n -> n.path("contacts")
                .query(c -> c.multiMatch(m -> m.query(text)
                        .type(TextQueryType.BoolPrefix)
                        .operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And)
                        .fields("contacts.firstName", "contacts.lastName")))));
        return Query.of(q -> q.bool(b -> b.should(own, people).minimumShouldMatch("1")));
    }

    static Query terms(String field, Collection<String> values) {
        return Query.of(q -> q.terms(t -> t.field(field)
                .terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
    }
}
