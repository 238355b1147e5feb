package io.rayonne.accounts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Network;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.User;
import io.rayonne.base.AlreadyExistsException;
import io.rayonne.base.ui.Notifications;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;

/** The offices of each network and who works in them. */
@Route("offices/:officeId?")
@PermitAll
@Menu(title = "menu.offices", order = 8, icon = "vaadin:building")
class OfficesView extends HorizontalLayout implements BeforeEnterObserver {

    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final VerticalLayout detail = new VerticalLayout();

    OfficesView(Accounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        addClassName("rayonne-page");
        addClassName("rayonne-offices");
        setWidthFull();
        detail.addClassName("rayonne-office-detail");
        var list = new VerticalLayout();
        list.addClassName("rayonne-office-list");
        list.setPadding(false);
        list.setWidth(null); // sized by rayonne.css
        if (currentUser.require().has(Role.ADMIN)) {
            var create = new Button(getTranslation("offices.new"), VaadinIcon.PLUS.create(), e -> openCreate());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            list.add(create);
        }
        List<Office> offices = accounts.offices();
        for (Network network : accounts.networks()) {
            List<Office> members = offices.stream()
                    .filter(o -> o.networkId().equals(network.id()))
                    .toList();
            if (members.isEmpty()) {
                continue;
            }
            var nav = new SideNav(network.name());
            members.forEach(o -> nav.addItem(new SideNavItem(o.name(), "offices/" + o.id())));
            list.add(nav);
        }
        add(list, detail);
        setFlexGrow(1, detail);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters()
                .get("officeId")
                .orElse(currentUser.require().officeId());
        detail.removeAll();
        accounts.office(id)
                .ifPresentOrElse(this::show, () -> detail.add(new Paragraph(getTranslation("error.notfound.message"))));
    }

    private void show(Office office) {
        String network = accounts.networks().stream()
                .filter(n -> n.id().equals(office.networkId()))
                .map(Network::name)
                .findFirst()
                .orElse("");
        detail.add(new H2(office.name()));
        detail.add(line("offices.network", network));
        if (office.territory() != null) {
            detail.add(line("offices.territory", office.territory()));
        }
        detail.add(new H3(getTranslation("offices.team")));
        List<User> team = accounts.team(office.id());
        if (team.isEmpty()) {
            detail.add(new Paragraph(getTranslation("offices.team.empty")));
        }
        for (User user : team) {
            var name = new Span(user.displayName());
            name.addClassName("rayonne-team-name");
            var roles = new Span(user.roles().stream()
                    .sorted()
                    .map(r -> getTranslation("role." + r.name()))
                    .collect(Collectors.joining(", ")));
            roles.addClassName("rayonne-team-roles");
            var row = new Div(name, roles);
            row.addClassName("rayonne-team-member");
            detail.add(row);
        }
    }

    private void openCreate() {
        var dialog = new Dialog(getTranslation("offices.new"));
        dialog.setWidth("min(560px, 95vw)");
        var name = new TextField(getTranslation("offices.field.name"));
        name.setManualValidation(true);
        var network = new Select<Network>();
        network.setLabel(getTranslation("offices.network"));
        network.setItems(accounts.networks());
        network.setItemLabelGenerator(Network::name);
        network.setManualValidation(true);
        var territory = new TextField(getTranslation("offices.territory"));
        var city = new TextField(getTranslation("offices.field.city"));
        var form = new FormLayout(name, network, territory, city);
        dialog.add(form);
        var save = new Button(getTranslation("common.create"), e -> {
            name.setErrorMessage(getTranslation("offices.error.name"));
            name.setInvalid(name.getValue().isBlank() || !name.getValue().matches(".*[\\p{L}\\p{N}].*"));
            network.setErrorMessage(getTranslation("offices.error.network"));
            network.setInvalid(network.getValue() == null);
            if (name.isInvalid() || network.isInvalid()) {
                return;
            }
            try {
                Office office = accounts.createOffice(
                        name.getValue(), network.getValue().id(), territory.getValue(), city.getValue());
                dialog.close();
                Notifications.success(getTranslation("offices.created"));
                getUI().ifPresent(ui -> ui.getPage().setLocation("offices/" + office.id()));
            } catch (AlreadyExistsException ex) {
                name.setErrorMessage(getTranslation("offices.error.exists"));
                name.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private Component line(String label, String value) {
        var l = new Span(getTranslation(label) + " : ");
        l.addClassName("rayonne-label");
        return new Paragraph(l, new Span(value));
    }
}
