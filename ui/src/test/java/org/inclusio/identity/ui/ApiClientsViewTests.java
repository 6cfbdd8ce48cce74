package org.inclusio.identity.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinSession;
import org.inclusio.SignedInTest;
import org.inclusio.identity.ApiClient;
import org.inclusio.identity.ApiClientService;
import org.inclusio.identity.ApiScope;
import org.inclusio.identity.CreateApiClient;
import org.inclusio.identity.internal.WithDemoUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 7: revoking a client asks first and names the integration that stops working. */
@SignedInTest
@WithDemoUser("city-admin")
class ApiClientsViewTests extends SpringBrowserlessTest {

    @Autowired
    ApiClientService clients;

    @BeforeEach
    void english() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void revokingAsksFirstAndCancellingKeepsTheClient() {
        var client = clients.create(new CreateApiClient("revoke-" + UUID.randomUUID().toString().substring(0, 8),
                Set.of(ApiScope.values()[0]))).client();
        navigate(ApiClientsView.class);

        clickRevoke(client);

        var dialog = test($(ConfirmDialog.class).single());
        assertThat(dialog.getHeader()).isEqualTo("Revoke " + client.clientId() + "?");
        assertThat(dialog.getText()).startsWith("The integration " + client.clientId() + " stops working at once");
        assertThat(clients.get(client.id()).isRevoked()).isFalse();
        dialog.cancel();
        assertThat(clients.get(client.id()).isRevoked()).isFalse();

        clickRevoke(client);
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(clients.get(client.id()).isRevoked()).isTrue();
        assertThat(grid().getGenericDataView().getItems().filter(ApiClient::isRevoked).map(ApiClient::id))
                .contains(client.id());
    }

    private void clickRevoke(ApiClient client) {
        int row = grid().getGenericDataView().getItems().map(ApiClient::id).toList().indexOf(client.id());
        test((Button) test(grid()).getCellComponent(row, grid().getColumns().size() - 1)).click();
    }

    @SuppressWarnings("unchecked")
    private Grid<ApiClient> grid() {
        return $(Grid.class).first();
    }
}
