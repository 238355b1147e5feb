package io.rayonne.press;

import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.SystemUser;
import io.rayonne.accounts.User;
import io.rayonne.base.AlreadyExistsException;
import io.rayonne.base.Audited;
import io.rayonne.base.Names;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.Revision;
import io.rayonne.base.Slugs;
import io.rayonne.base.elasticsearch.Documents;
import io.rayonne.press.internal.OutletDocument;
import io.rayonne.press.internal.PressStore;
import io.rayonne.search.Readers;
import io.rayonne.search.SearchEntry;
import io.rayonne.search.SearchIndex;
import io.rayonne.search.SearchResults;
import io.rayonne.search.SearchSource;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Outlets: written by the press officer and administrators, read by the team. */
@Service
@PreAuthorize("isAuthenticated()")
public class Outlets implements SearchSource {

    static final String TYPE = "outlet";

    private final PressStore store;
    private final CurrentUser currentUser;
    private final SearchIndex search;
    private final Clock clock;

    Outlets(PressStore store, CurrentUser currentUser, SearchIndex search, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.search = search;
        this.clock = clock;
    }

    public List<Outlet> all() {
        PressRights.reader(currentUser);
        return store.outlets().stream().map(Outlets::toOutlet).toList();
    }

    public Outlet get(String id) {
        PressRights.reader(currentUser);
        return store.outlet(id).map(Outlets::toOutlet).orElseThrow(() -> new NotFoundException("Outlet " + id));
    }

    /**
     * The id a new outlet will have. The editor asks for it at the first try of a save and keeps it
     * until a try is answered, so that a try whose answer was lost is completed by the next one,
     * never doubled (decision 13).
     */
    public String newId(Outlet.Draft draft) {
        return Slugs.unique(draft.name());
    }

    @Audited(value = "outlet.created", subject = "#result.id()", label = "#result.name()")
    public Outlet create(Outlet.Draft draft) {
        return create(newId(draft), draft);
    }

    /**
     * A new outlet under the id of {@link #newId}; if an earlier try of the same save wrote it (its
     * answer lost), that outlet is completed (its search entry) and given these details.
     *
     * @throws AlreadyExistsException the id is an outlet someone else saved
     */
    @Audited(value = "outlet.created", subject = "#result.id()", label = "#result.name()")
    public Outlet create(String id, Outlet.Draft draft) {
        User user = PressRights.writer(currentUser);
        validate(draft);
        if (!store.create(toDocument(id, draft, user.id(), null), id)) {
            OutletDocument stored = store.outlet(id).orElseThrow(() -> new NotFoundException("Outlet " + id));
            if (!stored.updatedBy().equals(user.id())) {
                throw new AlreadyExistsException("Outlet " + id);
            }
            Outlet earlier = indexed(toOutlet(stored));
            return earlier.draft().equals(draft) ? earlier : update(id, earlier.revision(), draft);
        }
        return indexed(get(id));
    }

    /** Adds an outlet with a known id unless it exists (sample content). */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean importOutlet(String id, Outlet.Draft draft) {
        validate(draft);
        if (!store.create(toDocument(id, draft, SystemUser.NAME, null), id)) {
            return false;
        }
        indexed(toOutlet(store.outlet(id).orElseThrow()));
        return true;
    }

    @Audited(value = "outlet.updated", subject = "#id", label = "#result.name()")
    public Outlet update(String id, Revision read, Outlet.Draft draft) {
        User user = PressRights.writer(currentUser);
        validate(draft);
        get(id);
        return indexed(toOutlet(store.save(toDocument(id, draft, user.id(), read), () -> get(id))));
    }

    private Outlet indexed(Outlet outlet) {
        search.put(entry(outlet));
        return outlet;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Stream<SearchEntry> entries() {
        return store.outlets().stream().map(Outlets::toOutlet).map(Outlets::entry);
    }

    private static SearchEntry entry(Outlet o) {
        Map<String, Set<String>> facets = new HashMap<>();
        if (!o.language().isEmpty()) {
            facets.put(SearchResults.LANGUAGE, Set.of(o.language()));
        }
        if (!o.country().isEmpty()) {
            facets.put(SearchResults.MARKET, Set.of(o.country()));
        }
        return new SearchEntry(
                TYPE,
                o.id(),
                o.name(),
                String.join(" · ", o.kind().name().toLowerCase(java.util.Locale.ROOT), o.website()),
                "",
                null,
                null,
                "presse/medias/" + o.id(),
                Set.of(Readers.STAFF),
                facets);
    }

    private static void validate(Outlet.Draft draft) {
        if (!draft.problems().isEmpty()) {
            throw new InvalidPressInputException(draft.problems());
        }
    }

    private OutletDocument toDocument(String id, Outlet.Draft d, String by, @Nullable Revision read) {
        return new OutletDocument(
                id,
                d.name(),
                Names.fold(d.name()),
                d.kind().name(),
                d.country(),
                d.language(),
                d.audience(),
                d.website(),
                clock.instant(),
                by,
                Documents.seqNoPrimaryTerm(read));
    }

    static Outlet toOutlet(OutletDocument d) {
        return new Outlet(
                d.id(),
                d.name(),
                OutletKind.valueOf(d.kind()),
                d.country(),
                d.language(),
                d.audience(),
                d.website(),
                Documents.revision(d.seqNoPrimaryTerm()));
    }
}
