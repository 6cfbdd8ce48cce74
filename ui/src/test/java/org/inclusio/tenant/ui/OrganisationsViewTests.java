package org.inclusio.tenant.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.router.RouteNotFoundError;
import org.inclusio.IntegrationTest;
import org.inclusio.identity.internal.WithDemoUser;
import org.inclusio.tenant.Organisation;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class OrganisationsViewTests extends SpringBrowserlessTest {

    @Test
    @WithDemoUser("platform-admin")
    void thePlatformAdministratorSeesEveryOrganisation() {
        navigate(OrganisationsView.class);
        @SuppressWarnings("unchecked")
        Grid<Organisation> grid = $(Grid.class).first();
        assertThat(grid.getGenericDataView().getItems().map(Organisation::slug))
                .contains("demo-city", "demo-aid");
    }

    @Test
    @WithDemoUser("platform-admin")
    void appointingAPlatformAdministratorIsRefusedInTheDialog() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        navigate(OrganisationsView.class);
        @SuppressWarnings("unchecked")
        Grid<Organisation> grid = $(Grid.class).first();
        var organisations = grid.getGenericDataView().getItems().map(Organisation::slug).toList();
        var appoint = (Button) test(grid).getCellComponent(organisations.indexOf("demo-city"), 5);
        assertThat(appoint.getClassNames()).contains("appoint-administrator");
        test(appoint).click();
        test($(TextField.class).id("appoint-username")).setValue("platform-admin");

        test($(Button.class).id("send-appointment")).click();

        TextField username = $(TextField.class).id("appoint-username");
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("a platform administrator cannot be appointed");
        assertThat($(Dialog.class).single().isOpened()).isTrue();
    }

    @Test
    @WithDemoUser("city-admin")
    void anOrganisationAdministratorCannotOpenIt() {
        assertThatThrownBy(() -> navigate(OrganisationsView.class))
                .hasMessageContaining(RouteNotFoundError.class.getSimpleName());
    }
}
