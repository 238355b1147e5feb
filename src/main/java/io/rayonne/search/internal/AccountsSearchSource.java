package io.rayonne.search.internal;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.OfficeSaved;
import io.rayonne.accounts.User;
import io.rayonne.accounts.UserSaved;
import io.rayonne.search.Readers;
import io.rayonne.search.SearchEntry;
import io.rayonne.search.SearchIndex;
import io.rayonne.search.SearchSource;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Users and offices are searchable, but the accounts module does not know about search: this side
 * listens to its events.
 */
@Configuration(proxyBeanMethods = false)
class AccountsSearchSource {

    private final Accounts accounts;
    private final SearchIndex index;

    AccountsSearchSource(Accounts accounts, SearchIndex index) {
        this.accounts = accounts;
        this.index = index;
    }

    @EventListener
    void on(UserSaved event) {
        index.put(entry(event.user()));
    }

    @EventListener
    void on(OfficeSaved event) {
        index.put(entry(event.office()));
    }

    @Bean
    SearchSource usersSource() {
        return new SearchSource() {
            @Override
            public String type() {
                return "user";
            }

            @Override
            public Stream<SearchEntry> entries() {
                return accounts.users().stream().map(AccountsSearchSource.this::entry);
            }
        };
    }

    @Bean
    SearchSource officesSource() {
        return new SearchSource() {
            @Override
            public String type() {
                return "office";
            }

            @Override
            public Stream<SearchEntry> entries() {
                return accounts.offices().stream().map(AccountsSearchSource.this::entry);
            }
        };
    }

    /** A colleague: found by staff, by name, role and office; opens their office's page. */
    private SearchEntry entry(User user) {
        String office = accounts.office(user.officeId()).map(Office::name).orElse("");
        String roles = user.roles().stream()
                .sorted()
                .map(AccountsSearchSource::roleLabel)
                .collect(Collectors.joining(", "));
        return new SearchEntry(
                "user",
                user.id(),
                user.displayName(),
                String.join(" · ", roles, office, user.email() == null ? "" : user.email()),
                user.officeId(),
                user.active() ? "active" : "inactive",
                null,
                "offices/" + user.officeId(),
                Set.of(Readers.STAFF));
    }

    /** Roles are searched by their French names ("presse", "guide"), as people say them. */
    private static String roleLabel(io.rayonne.accounts.Role role) {
        return FRENCH.getString("role." + role.name());
    }

    private static final java.util.ResourceBundle FRENCH =
            java.util.ResourceBundle.getBundle("vaadin-i18n.translations", java.util.Locale.FRENCH);

    private SearchEntry entry(Office office) {
        String network = accounts.networks().stream()
                .filter(n -> n.id().equals(office.networkId()))
                .map(n -> n.name())
                .findFirst()
                .orElse("");
        return new SearchEntry(
                "office",
                office.id(),
                office.name(),
                String.join(
                        " · ",
                        network,
                        office.territory() == null ? "" : office.territory(),
                        office.city() == null ? "" : office.city()),
                office.id(),
                null,
                null,
                "offices/" + office.id(),
                Set.of(Readers.EVERYONE));
    }
}
