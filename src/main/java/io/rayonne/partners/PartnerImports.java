package io.rayonne.partners;

import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.User;
import io.rayonne.base.Audited;
import io.rayonne.base.Futures;
import io.rayonne.base.Names;
import io.rayonne.partners.internal.PartnerDocument;
import io.rayonne.partners.internal.PartnerStore;
import io.rayonne.search.SearchEntry;
import io.rayonne.search.SearchIndex;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Imports rows (from a CSV file or an Apidae export) into an office's directory. A row is a
 * partner, perhaps with one contact; rows of a partner already there update it (matched on its
 * Apidae number, else its name and postcode), never duplicate it. Each row is accepted or refused
 * with its reasons; each partner is written whole, with all its contacts, or not at all.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PartnerImports {

    /** Rows read, matched and written together. */
    static final int CHUNK = 2_000;

    private final Partners partners;
    private final PartnerStore store;
    private final SearchIndex search;
    private final CurrentUser currentUser;
    private final Clock clock;
    /** The offices importing now: two imports of one office would each create the same partners. */
    private final Set<String> importing = ConcurrentHashMap.newKeySet();
    /** Imports run beside the requests; Elasticsearch is their limit, so two at a time at most. */
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "partner-import");
        t.setDaemon(true);
        return t;
    });

    PartnerImports(Partners partners, PartnerStore store, SearchIndex search, CurrentUser currentUser, Clock clock) {
        this.partners = partners;
        this.store = store;
        this.search = search;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Starts the import in the background, as the person signed in, and returns at once; the job
     * says how far it is and, at the end, what it did or why it stopped.
     *
     * @throws ImportRunningException the office is importing already
     */
    @Audited(value = "partner.imported", subject = "#options.officeId()", label = "#rows.size() + ' lignes'")
    public ImportJob start(List<ImportRow> rows, ImportOptions options, List<String> ignoredFields) {
        mayImport(currentUser.require(), options);
        if (!options.dryRun() && importing.contains(options.officeId())) {
            throw new ImportRunningException();
        }
        ImportJob job = new ImportJob(rows.size());
        Runnable work = () -> {
            try {
                job.finish(run(rows, options, ignoredFields, job::progress));
            } catch (RuntimeException e) {
                job.fail(e);
            }
        };
        background.execute(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
        return job;
    }

    /** Loads an import's chunks into the search index beside its writes. */
    private final ExecutorService searchLoads = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "partner-import-search");
        t.setDaemon(true);
        return t;
    });

    @PreDestroy
    void stop() {
        background.shutdownNow();
        searchLoads.shutdownNow();
    }

    /** Waits for a chunk's search load; its failure is the import's (the store stopped answering). */
    private static void waitFor(@Nullable Future<?> load) {
        if (load != null) {
            Futures.result(load);
        }
    }

    /**
     * Imports the rows; {@code progress} hears how many are done after each chunk. If the store
     * stops answering, the chunks written are kept (each partner whole) and the exception says so:
     * the same file imported again updates them rather than doubling them.
     *
     * @throws ImportRunningException the office is importing already
     */
    public ImportReport run(
            List<ImportRow> rows, ImportOptions options, List<String> ignoredFields, IntConsumer progress) {
        User user = currentUser.require();
        mayImport(user, options);
        if (options.dryRun()) {
            return importRows(user, rows, options, ignoredFields, progress);
        }
        if (!importing.add(options.officeId())) {
            throw new ImportRunningException();
        }
        try {
            return importRows(user, rows, options, ignoredFields, progress);
        } finally {
            importing.remove(options.officeId());
        }
    }

    private static void mayImport(User user, ImportOptions options) {
        if (!(user.has(Role.ADMIN)
                || (user.has(Role.COMMUNICATION) && user.officeId().equals(options.officeId())))) {
            throw new AccessDeniedException("Partners are imported by their office's team");
        }
    }

    private ImportReport importRows(
            User user, List<ImportRow> rows, ImportOptions options, List<String> ignoredFields, IntConsumer progress) {
        long start = System.nanoTime();
        Matcher matcher = new Matcher(store.keys(options.officeId()));
        Map<String, Partner> drafted = new HashMap<>();
        List<ImportReport.Refusal> refused = new ArrayList<>();
        int accepted = 0;
        Set<String> created = new HashSet<>();
        Set<String> updated = new HashSet<>();
        Set<String> unchanged = new HashSet<>();
        Future<?> loading = null;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<ImportRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Map<String, List<ImportRow>> groups = new LinkedHashMap<>();
            for (ImportRow row : chunk) {
                groups.computeIfAbsent(matcher.key(row), k -> new ArrayList<>()).add(row);
            }
            Map<String, Partner> stored = store
                    .partners(groups.keySet().stream()
                            .map(matcher::idOf)
                            .filter(Objects::nonNull)
                            .filter(id -> !drafted.containsKey(id))
                            .toList())
                    .stream()
                    .map(Partners::toPartner)
                    .collect(Collectors.toMap(Partner::id, p -> p));
            List<PartnerDocument> toCreate = new ArrayList<>();
            List<PartnerDocument> toUpdate = new ArrayList<>();
            Map<String, List<ImportRow>> rowsOf = new HashMap<>();
            Map<String, Partner> written = new LinkedHashMap<>();
            List<Partner> leftAlone = new ArrayList<>();
            for (Map.Entry<String, List<ImportRow>> group : groups.entrySet()) {
                String id = matcher.idOf(group.getKey());
                Partner before = id == null ? null : drafted.getOrDefault(id, stored.get(id));
                Partner.Draft draft = before == null ? null : before.draft();
                List<ImportRow> kept = new ArrayList<>();
                for (ImportRow row : group.getValue()) {
                    List<Partner.Problem> problems = new ArrayList<>();
                    Partner.Draft next = Rows.apply(draft, row, options, problems);
                    if (problems.isEmpty()) {
                        problems.addAll(Partners.problems(next, before));
                    }
                    if (problems.isEmpty()) {
                        draft = next;
                        kept.add(row);
                    } else {
                        refused.add(new ImportReport.Refusal(row.number(), problems, row.raw()));
                    }
                }
                if (draft == null || kept.isEmpty()) {
                    continue;
                }
                String partnerId = id == null ? Partners.newId(draft.name()) : id;
                PartnerDocument document = partners.toDocument(
                        partnerId, draft, before, user.id(), before == null ? null : before.revision());
                Partner after = Partners.toPartner(document);
                if (before != null && after.draft().equals(before.draft())) {
                    // The file says what the directory says: no new version to make open edits
                    // stale. Its search entry is checked all the same: an import stopped after
                    // writing the partner may not have loaded it.
                    accepted += kept.size();
                    unchanged.add(partnerId);
                    leftAlone.add(before);
                    continue;
                }
                (before == null ? toCreate : toUpdate).add(document);
                rowsOf.put(partnerId, kept);
                written.put(partnerId, after);
                if (id == null) {
                    matcher.remember(group.getKey(), partnerId);
                }
            }
            Set<String> failed = options.dryRun() ? Set.of() : store.writeAll(toCreate, toUpdate);
            for (Map.Entry<String, List<ImportRow>> e : rowsOf.entrySet()) {
                if (failed.contains(e.getKey())) {
                    e.getValue()
                            .forEach(row -> refused.add(new ImportReport.Refusal(
                                    row.number(),
                                    List.of(Partner.Problem.of("partners.import.error.changed-meanwhile")),
                                    row.raw())));
                    written.remove(e.getKey());
                } else {
                    accepted += e.getValue().size();
                }
            }
            toCreate.stream()
                    .map(PartnerDocument::id)
                    .filter(id -> !failed.contains(id))
                    .forEach(created::add);
            toUpdate.stream()
                    .map(PartnerDocument::id)
                    .filter(id -> !failed.contains(id) && !created.contains(id))
                    .forEach(updated::add);
            if (options.dryRun()) {
                drafted.putAll(written);
            } else {
                // Searchable once the whole import is done (one refresh, not one per chunk); loaded
                // while the next chunk is matched and written, one load out at a time.
                List<SearchEntry> entries =
                        written.values().stream().map(Partners::entry).toList();
                List<SearchEntry> entriesLeftAlone =
                        leftAlone.stream().map(Partners::entry).toList();
                waitFor(loading);
                loading = searchLoads.submit(() -> {
                    search.load(entries);
                    search.loadMissing(entriesLeftAlone);
                });
            }
            progress.accept(from + chunk.size());
        }
        if (!options.dryRun()) {
            waitFor(loading);
            store.refresh();
            search.flush();
        }
        // A partner left alone by one chunk may be changed by rows of a later one.
        unchanged.removeAll(created);
        unchanged.removeAll(updated);
        refused.sort(java.util.Comparator.comparingInt(ImportReport.Refusal::row));
        return new ImportReport(
                options.dryRun(),
                rows.size(),
                accepted,
                created.size(),
                updated.size(),
                unchanged.size(),
                refused,
                ignoredFields,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Which partner of the office a row is: the one with its Apidae number, else the one with its
     * name and postcode, else the only one with its name; or a new one, the same for every row of it.
     */
    private static final class Matcher {
        private final Map<String, String> ids = new HashMap<>();
        private final Map<String, String> byNameOnly = new HashMap<>();

        Matcher(List<PartnerStore.Key> keys) {
            Map<String, Integer> names = new HashMap<>();
            for (PartnerStore.Key k : keys) {
                if (k.apidaeId() != null) {
                    ids.put("apidae:" + k.apidaeId(), k.id());
                }
                ids.put("name:" + k.nameFolded() + "|" + k.postalCode(), k.id());
                names.merge(k.nameFolded(), 1, Integer::sum);
                byNameOnly.put(k.nameFolded(), k.id());
            }
            names.forEach((name, count) -> {
                if (count > 1) {
                    byNameOnly.remove(name);
                }
            });
        }

        String key(ImportRow row) {
            if (row.has(ImportField.APIDAE_ID)) {
                return "apidae:" + row.get(ImportField.APIDAE_ID);
            }
            String name = Names.fold(row.get(ImportField.NAME));
            String withPostcode = "name:" + name + "|" + row.get(ImportField.POSTAL_CODE);
            if (!ids.containsKey(withPostcode) && byNameOnly.containsKey(name)) {
                return "name-only:" + name;
            }
            return withPostcode;
        }

        @Nullable
        String idOf(String key) {
            return key.startsWith("name-only:") ? byNameOnly.get(key.substring("name-only:".length())) : ids.get(key);
        }

        void remember(String key, String id) {
            ids.put(key, id);
        }
    }
}
