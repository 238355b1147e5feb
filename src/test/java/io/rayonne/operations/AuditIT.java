package io.rayonne.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.rayonne.accounts.Role;
import io.rayonne.base.Audited;
import io.rayonne.base.StaleEditException;
import io.rayonne.notes.Note;
import io.rayonne.notes.NoteDraft;
import io.rayonne.notes.Notes;
import io.rayonne.testing.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** What people do lands in the audit log, once, with who and what; only administrators read it. */
class AuditIT extends IntegrationTest {

    @Autowired
    Notes notes;

    @Autowired
    AuditTrail trail;

    @Autowired
    co.elastic.clients.elasticsearch.ElasticsearchClient client;

    @Test
    void aCreatedChangedAndDeletedNoteLeavesThreeLinesNewestFirst() {
        String title = unique("Compte rendu audit");
        Note note = as(
                "camille", () -> notes.create(new NoteDraft("amiens-metropole", title, "Texte")), Role.COMMUNICATION);
        Note changed = as(
                "camille",
                () -> notes.update(note.id(), note.revision(), new NoteDraft("amiens-metropole", title, "Autre")),
                Role.COMMUNICATION);
        as(
                "camille",
                () -> {
                    notes.delete(changed.id());
                    return null;
                },
                Role.COMMUNICATION);

        List<AuditEntry> lines = awaitLines(new AuditQuery(note.id(), null, null, null, null), 3);
        assertThat(lines)
                .extracting(AuditEntry::action)
                .containsExactly("note.deleted", "note.updated", "note.created");
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.actor()).isEqualTo("camille");
            assertThat(line.roles()).containsExactly("COMMUNICATION");
            assertThat(line.subjectId()).isEqualTo(note.id());
            assertThat(line.subjectType()).isEqualTo("note");
            // A service call outside any request: no address.
            assertThat(line.origin()).isEmpty();
        });
        assertThat(lines.get(2).label()).isEqualTo(title);
    }

    @Test
    void aRefusedActionLeavesNoLine() {
        String title = unique("Note refusée");
        Note note = as(
                "camille", () -> notes.create(new NoteDraft("amiens-metropole", title, "Texte")), Role.COMMUNICATION);
        Note fresh = as(
                "camille",
                () -> notes.update(note.id(), note.revision(), new NoteDraft("amiens-metropole", title, "Deux")),
                Role.COMMUNICATION);
        assertThatThrownBy(() -> as(
                        "antoine",
                        () -> notes.update(
                                note.id(), note.revision(), new NoteDraft("amiens-metropole", title, "Trois")),
                        Role.COMMUNICATION))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() ->
                        as("lea", () -> notes.create(new NoteDraft("amiens-metropole", title, "Guide")), Role.GUIDE))
                .isInstanceOf(AccessDeniedException.class);

        List<AuditEntry> lines = awaitLines(new AuditQuery(note.id(), null, null, null, null), 2);
        assertThat(lines).extracting(AuditEntry::actor).containsOnly("camille");
        assertThat(fresh.body()).isEqualTo("Deux");
    }

    @Test
    void administratorsFindLinesByWordsPersonKindAndDaysAndNobodyElseReadsThem() {
        String title = unique("Randonnée des hortillonnages");
        Note note = as(
                "antoine", () -> notes.create(new NoteDraft("amiens-metropole", title, "Texte")), Role.COMMUNICATION);
        awaitLines(new AuditQuery(note.id(), null, null, null, null), 1);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

        assertThat(search(new AuditQuery("hortillonnages randonnée", null, null, null, null)))
                .extracting(AuditEntry::subjectId)
                .contains(note.id());
        assertThat(search(new AuditQuery(title, "note", "antoine", today, today)))
                .extracting(AuditEntry::subjectId)
                .contains(note.id());
        assertThat(search(new AuditQuery(title, "post", null, null, null))).isEmpty();
        assertThat(search(new AuditQuery(title, null, "camille", null, null))).isEmpty();
        assertThat(search(new AuditQuery(title, null, null, today.minusDays(3), today.minusDays(1))))
                .isEmpty();

        assertThatThrownBy(() -> as("camille", () -> trail.search(AuditQuery.everything(), 0, 10), Role.COMMUNICATION))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Each action an administrator may read has its sentence in French and in English. */
    @Test
    void everyAuditedActionHasASentenceInBothLanguages() {
        Properties fr = translations("fr");
        Properties en = translations("en");
        var methods = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.rayonne").stream()
                        .flatMap(c -> c.getMethods().stream())
                        .filter(m -> m.isAnnotatedWith(Audited.class))
                        .toList();
        assertThat(methods).hasSizeGreaterThan(60);
        for (JavaMethod method : methods) {
            Audited audited = method.getAnnotationOfType(Audited.class);
            String key = "audit.action." + audited.value();
            if (audited.detail().isEmpty()) {
                assertThat(fr).as(method.getFullName()).containsKey(key);
                assertThat(en).as(method.getFullName()).containsKey(key);
            } else {
                assertThat(fr.stringPropertyNames()).as(method.getFullName()).anyMatch(k -> k.startsWith(key + "."));
            }
            assertThat(AuditTrail.KINDS)
                    .as(method.getFullName())
                    .contains(audited.value().split("\\.")[0]);
        }
        for (var action : io.rayonne.calendar.PostAction.values()) {
            String key = "audit.action.post.workflow." + action.name().toLowerCase(java.util.Locale.ROOT);
            assertThat(fr).containsKey(key);
            assertThat(en).containsKey(key);
        }
    }

    private List<AuditEntry> search(AuditQuery query) {
        return as("nadia", () -> trail.search(query, 0, 50).entries(), Role.ADMIN);
    }

    /**
     * The line is written before the action returns, without waiting for the index to refresh:
     * refreshed here, it is searchable.
     */
    private List<AuditEntry> awaitLines(AuditQuery query, int expected) {
        try {
            client.indices().refresh(r -> r.index("rayonne-audit"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<AuditEntry> lines = search(query);
        assertThat(lines).hasSize(expected);
        return lines;
    }

    private static Properties translations(String language) {
        var properties = new Properties();
        try (InputStream in =
                AuditIT.class.getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
