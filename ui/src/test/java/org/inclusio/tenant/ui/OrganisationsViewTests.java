package org.inclusio.tenant.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteNotFoundError;
import org.inclusio.IntegrationTest;
import org.inclusio.identity.internal.WithDemoUser;
import org.inclusio.tenant.Organisation;
import org.junit.jupiter.api.Test;

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
    @WithDemoUser("city-admin")
    void anOrganisationAdministratorCannotOpenIt() {
        assertThatThrownBy(() -> navigate(OrganisationsView.class))
                .hasMessageContaining(RouteNotFoundError.class.getSimpleName());
    }
}
