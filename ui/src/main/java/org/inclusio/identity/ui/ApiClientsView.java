package org.inclusio.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.inclusio.identity.ApiClient;
import org.inclusio.identity.ApiClientService;
import org.inclusio.identity.ApiScope;
import org.inclusio.identity.CreateApiClient;
import org.inclusio.identity.CreatedApiClient;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.ui.FormErrors;

import java.util.stream.Collectors;

/** Machine clients of the organisation: create one (its secret is shown once), revoke one after confirming. */
@Route("api-clients")
@Menu(order = 20, icon = "vaadin:connect", title = "clients.menu")
@RolesAllowed(Roles.ORG_ADMIN)
class ApiClientsView extends VerticalLayout implements HasDynamicTitle {

    private final ApiClientService clients;
    private final Grid<ApiClient> grid = new Grid<>();

    ApiClientsView(ApiClientService clients) {
        this.clients = clients;
        var create = new Button(getTranslation("clients.create"), event -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(ApiClient::clientId).setHeader(getTranslation("clients.client-id")).setAutoWidth(true);
        grid.addColumn(client -> client.scopes().stream().map(ApiScope::value).sorted()
                .collect(Collectors.joining(" "))).setHeader(getTranslation("clients.scopes"));
        grid.addColumn(client -> getTranslation(client.isRevoked() ? "clients.revoked" : "clients.active"))
                .setHeader(getTranslation("clients.status"));
        grid.addComponentColumn(client -> {
            var revoke = new Button(getTranslation("clients.revoke"), event -> confirmRevocation(client));
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            revoke.addClassName("revoke-client");
            revoke.setEnabled(!client.isRevoked());
            return revoke;
        });
        add(new HorizontalLayout(new H2(getTranslation("clients.heading")), create), grid);
        setSizeFull();
        refresh();
    }

    private void confirmRevocation(ApiClient client) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("clients.revoke.title", client.clientId()));
        dialog.setText(getTranslation("clients.revoke.consequence", client.clientId()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("clients.revoke"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            clients.revoke(client.id());
            refresh();
        });
        dialog.open();
    }

    private void refresh() {
        grid.setItems(clients.list());
    }

    private void openCreateDialog() {
        var dialog = new Dialog(getTranslation("clients.create"));
        var form = new NewClientForm();
        var binder = new BeanValidationBinder<>(CreateApiClient.class);
        binder.bindInstanceFields(form);
        var save = new Button(getTranslation("clients.create"), event -> {
            try {
                CreatedApiClient created = clients.create(binder.writeRecord());
                dialog.close();
                refresh();
                showSecret(created);
            } catch (ValidationException e) {
                // messages are shown next to the fields
            } catch (InvalidInputException e) {
                FormErrors.show(binder, e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), event -> dialog.close()), save);
        dialog.open();
    }

    private void showSecret(CreatedApiClient created) {
        var dialog = new Dialog(getTranslation("clients.secret.title"));
        var secret = new TextField(created.client().clientId());
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        dialog.add(new VerticalLayout(new Paragraph(getTranslation("clients.secret.text")), secret));
        dialog.getFooter().add(new Button(getTranslation("common.close"), event -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clients.heading") + " | Inclusio";
    }

    private final class NewClientForm extends FormLayout {

        final TextField name = new TextField(getTranslation("clients.name"));
        final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>(getTranslation("clients.scopes"));

        NewClientForm() {
            scopes.setItems(ApiScope.values());
            scopes.setItemLabelGenerator(ApiScope::value);
            add(name, scopes);
        }
    }
}
