package io.rayonne.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.LoginTakenException;
import io.rayonne.accounts.NewUser;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.User;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Administrators create users, change their roles and office, deactivate them, reset passwords. */
@Route("admin/utilisateurs")
@RolesAllowed("ADMIN")
@Menu(title = "menu.users", order = 20, icon = "vaadin:users")
class UsersView extends VerticalLayout {

    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final Grid<User> grid = new Grid<>();
    private final Map<String, Office> offices;

    UsersView(Accounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.offices = accounts.offices().stream().collect(Collectors.toMap(Office::id, Function.identity()));
        addClassName("rayonne-page");
        setSizeFull();

        var create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), e -> openEditor(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new HorizontalLayout(create);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(JustifyContentMode.END);

        grid.addColumn(User::displayName)
                .setHeader(getTranslation("users.column.name"))
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(User::id).setHeader(getTranslation("users.column.login")).setSortable(true);
        grid.addColumn(u -> officeName(u.officeId()))
                .setHeader(getTranslation("users.column.office"))
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(u -> u.roles().stream()
                        .sorted()
                        .map(r -> getTranslation("role." + r.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.column.roles"));
        grid.addComponentColumn(u -> {
                    var badge = new Span(getTranslation(u.active() ? "common.yes" : "common.no"));
                    badge.getElement().getThemeList().add(u.active() ? "badge success" : "badge contrast");
                    return badge;
                })
                .setHeader(getTranslation("users.column.active"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        grid.setSizeFull();
        add(toolbar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.users());
    }

    private String officeName(String id) {
        Office office = offices.get(id);
        return office == null ? id : office.name();
    }

    /** Creates a user when {@code user} is null, edits it otherwise. */
    private void openEditor(@Nullable User user) {
        var dialog = new Dialog(getTranslation(user == null ? "users.new" : "common.edit")
                + (user == null ? "" : " · " + user.displayName()));
        dialog.setWidth("min(640px, 95vw)");
        var login = new TextField(getTranslation("users.field.login"));
        login.setHelperText(getTranslation("users.field.login.help"));
        var name = new TextField(getTranslation("users.field.name"));
        var email = new EmailField(getTranslation("users.field.email"));
        email.setErrorMessage(getTranslation("users.error.email"));
        var office = new Select<Office>();
        office.setLabel(getTranslation("users.field.office"));
        office.setItems(offices.values().stream()
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList());
        office.setItemLabelGenerator(Office::name);
        var roles = new CheckboxGroup<Role>(getTranslation("users.field.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        var active = new Checkbox(getTranslation("users.field.active"), true);
        for (var field : new com.vaadin.flow.component.HasValidation[] {login, name, office, roles}) {
            field.setManualValidation(true);
        }
        if (user != null) {
            login.setValue(user.id());
            login.setReadOnly(true);
            name.setValue(user.displayName());
            email.setValue(user.email() == null ? "" : user.email());
            office.setValue(offices.get(user.officeId()));
            roles.setValue(EnumSet.copyOf(user.roles()));
            active.setValue(user.active());
        }
        var form = new FormLayout(login, name, email, office, roles, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        form.setColspan(roles, 2);
        dialog.add(form);

        var save = new Button(getTranslation(user == null ? "common.create" : "common.save"), e -> {
            boolean ok = check(
                    login,
                    user == null
                            && !login.getValue()
                                    .strip()
                                    .toLowerCase(Locale.ROOT)
                                    .matches("[a-z0-9][a-z0-9._@-]{1,63}"),
                    "users.error.login");
            ok &= check(name, name.getValue().isBlank(), "users.error.name");
            ok &= check(office, office.getValue() == null, "users.error.office");
            ok &= check(roles, roles.getValue().isEmpty(), "users.error.roles");
            ok &= !email.isInvalid();
            if (user != null
                    && !active.getValue()
                    && user.id().equals(currentUser.require().id())) {
                Notifications.error(getTranslation("users.self-deactivate"));
                ok = false;
            }
            if (!ok) {
                return;
            }
            try {
                if (user == null) {
                    String password = accounts.createUser(new NewUser(
                            login.getValue(),
                            name.getValue(),
                            email.getValue(),
                            office.getValue().id(),
                            roles.getValue(),
                            Locale.FRENCH));
                    dialog.close();
                    Notifications.success(getTranslation("users.created"));
                    showPassword(name.getValue(), password);
                } else {
                    accounts.updateUser(new User(
                            user.id(),
                            name.getValue(),
                            email.getValue(),
                            office.getValue().id(),
                            roles.getValue(),
                            active.getValue(),
                            user.locale(),
                            user.revision()));
                    dialog.close();
                    Notifications.success(getTranslation("users.saved"));
                }
                refresh();
            } catch (LoginTakenException ex) {
                login.setErrorMessage(getTranslation("users.error.login-taken"));
                login.setInvalid(true);
            } catch (StaleEditException ex) {
                Notifications.error(getTranslation("users.conflict"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        if (user != null) {
            var reset = new Button(getTranslation("users.reset"), VaadinIcon.KEY.create(), e -> confirmReset(user));
            reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            reset.getStyle().set("margin-inline-end", "auto");
            dialog.getFooter().addComponentAsFirst(reset);
        }
        dialog.open();
        (user == null ? login : name).focus();
    }

    private boolean check(com.vaadin.flow.component.HasValidation field, boolean wrong, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(wrong);
        return !wrong;
    }

    private void confirmReset(User user) {
        var confirm = new ConfirmDialog(
                getTranslation("users.reset"),
                getTranslation("users.reset.confirm", user.displayName()),
                getTranslation("users.reset"),
                e -> showPassword(user.displayName(), accounts.resetPassword(user.id())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void showPassword(String name, String password) {
        var value = new Span(password);
        value.addClassName("rayonne-password");
        var dialog = new Dialog(getTranslation("users.password.title", name));
        dialog.add(new Paragraph(getTranslation("users.password.text")), value);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }
}
