package io.rayonne;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The module table of docs/architecture.md and the conventions every feature follows. */
class ArchitectureTest {

    /** Which modules each module may use (besides itself). {@code samples} may use every feature's API. */
    static final Map<String, Set<String>> MODULES = new LinkedHashMap<>();

    static {
        MODULES.put("base", Set.of());
        MODULES.put("accounts", Set.of("base"));
        MODULES.put("mail", Set.of("base"));
        MODULES.put("search", Set.of("base", "accounts"));
        MODULES.put("media", Set.of("base", "accounts"));
        MODULES.put("inbox", Set.of("base", "accounts"));
        MODULES.put("notes", Set.of("base", "accounts", "search"));
        MODULES.put("partners", Set.of("base", "accounts", "search"));
        MODULES.put("portraits", Set.of("base", "accounts", "inbox", "media", "search"));
        MODULES.put("press", Set.of("base", "accounts", "mail", "media", "portraits", "search"));
        MODULES.put("calendar", Set.of("base", "accounts", "inbox", "media", "portraits", "press", "search"));
        MODULES.put(
                "newsletter",
                Set.of("base", "accounts", "partners", "calendar", "mail", "media", "portraits", "press", "search"));
        MODULES.put("shell", Set.of("base", "accounts", "inbox", "search"));
        MODULES.put(
                "observatoire",
                Set.of("base", "accounts", "calendar", "mail", "media", "newsletter", "portraits", "press", "search"));
        MODULES.put(
                "operations",
                Set.of(
                        "base",
                        "accounts",
                        "calendar",
                        "inbox",
                        "mail",
                        "media",
                        "newsletter",
                        "notes",
                        "partners",
                        "portraits",
                        "press",
                        "search"));
    }

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.rayonne");

    @TestFactory
    Iterable<DynamicTest> eachModuleUsesOnlyWhatTheTableAllows() {
        return MODULES.entrySet().stream()
                .map(module -> DynamicTest.dynamicTest(module.getKey(), () -> {
                    Set<String> forbidden = new TreeSet<>(MODULES.keySet());
                    forbidden.remove(module.getKey());
                    forbidden.removeAll(module.getValue());
                    forbidden.add("samples");
                    noClasses()
                            .that()
                            .resideInAPackage("io.rayonne." + module.getKey() + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAnyPackage(forbidden.stream()
                                    .map(m -> "io.rayonne." + m + "..")
                                    .toArray(String[]::new))
                            .allowEmptyShould(true)
                            .check(CLASSES);
                }))
                .toList();
    }

    @Test
    void viewsLiveInUiPackagesAndArePackagePrivate() {
        ArchRule rule = classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .resideInAPackage("..ui..")
                .andShould()
                .notHaveModifier(JavaModifier.PUBLIC);
        rule.check(CLASSES);
    }

    @Test
    void elasticsearchTypesStayInInternalPackages() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..internal..", "io.rayonne.base.elasticsearch..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "co.elastic..",
                        "org.elasticsearch..",
                        "org.springframework.data.elasticsearch..",
                        "org.apache.lucene..")
                .check(CLASSES);
    }

    @Test
    void mailjetStaysBehindTheMailPort() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.rayonne.mail.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.mailjet..", "okhttp3..")
                .check(CLASSES);
    }

    @Test
    void noLegacyDates() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.util.Date")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.sql.Timestamp")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.util.Calendar")
                .check(CLASSES);
    }

    @Test
    void configurationIsARecord() {
        classes()
                .that()
                .areAnnotatedWith(ConfigurationProperties.class)
                .should()
                .beRecords()
                .check(CLASSES);
    }
}
