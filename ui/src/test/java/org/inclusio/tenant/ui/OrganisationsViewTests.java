package org.inclusio.tenant.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import org.inclusio.SignedInTest;
import org.inclusio.identity.internal.WithDemoUser;
import org.inclusio.tenant.CreateOrganisation;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationService;
import org.inclusio.tenant.OrganisationStatus;
import org.inclusio.tenant.OrganisationType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@SignedInTest
class OrganisationsViewTests extends SpringBrowserlessTest {

    @Autowired
    OrganisationService organisations;

    @BeforeEach
    void english() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    @WithDemoUser("platform-admin")
    void thePlatformAdministratorSeesEveryOrganisation() {
        navigate(OrganisationsView.class);

        assertThat(grid().getGenericDataView().getItems().map(Organisation::slug)).contains("demo-city", "demo-aid");
    }

    @Test
    @WithDemoUser("platform-admin")
    void appointingAPlatformAdministratorIsRefusedInTheDialog() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        navigate(OrganisationsView.class);
        @SuppressWarnings("unchecked")
        Grid<Organisation> grid = $(Grid.class).first();
        var organisations = grid.getGenericDataView().getItems().map(Organisation::slug).toList();
        var appoint = (Button) test(grid).getCellComponent(organisations.indexOf("demo-city"),
                grid.getColumns().indexOf(grid.getColumnByKey(OrganisationsView.ACTION + 0)));
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
        navigate("platform/organisations", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(OrganisationsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("No access");
    }

    @Test
    @WithDemoUser("platform-admin")
    void suspendingNamesHowManyPeopleLoseAccessAndWaitsForConfirmation() {
        navigate(OrganisationsView.class);

        clickStatusButton("demo-city");

        var dialog = test($(ConfirmDialog.class).single());
        assertThat(dialog.getHeader()).isEqualTo("Suspend Demo City?");
        var consequence = Pattern.compile("All (\\d+) members of Demo City lose access at once\\..*")
                .matcher(dialog.getText());
        assertThat(consequence.matches()).as(dialog.getText()).isTrue();
        // six demo members; other tests may have added more
        assertThat(Integer.parseInt(consequence.group(1))).isGreaterThanOrEqualTo(6);
        assertThat(organisations.get(organisation("demo-city").id()).status()).isEqualTo(OrganisationStatus.ACTIVE);
    }

    @Test
    @WithDemoUser("platform-admin")
    void cancellingKeepsTheOrganisationActiveAndConfirmingSuspendsIt() {
        var created = organisations.create(new CreateOrganisation("Suspension Test " + UUID.randomUUID(),
                "suspension-" + UUID.randomUUID().toString().substring(0, 8), OrganisationType.NGO, "CZ", "cs",
                List.of("cs"), 5, 60));
        navigate(OrganisationsView.class);

        clickStatusButton(created.slug());
        assertThat(test($(ConfirmDialog.class).single()).getText()).startsWith(created.name() + " has no active members.");
        test($(ConfirmDialog.class).single()).cancel();
        assertThat(organisations.get(created.id()).status()).isEqualTo(OrganisationStatus.ACTIVE);

        clickStatusButton(created.slug());
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(organisations.get(created.id()).status()).isEqualTo(OrganisationStatus.SUSPENDED);
        assertThat(organisation(created.slug()).status()).isEqualTo(OrganisationStatus.SUSPENDED);
    }

    private void clickStatusButton(String slug) {
        var items = grid().getGenericDataView().getItems().toList();
        int row = items.indexOf(organisation(slug));
        int column = grid().getColumns().indexOf(grid().getColumnByKey(OrganisationsView.STATUS_ACTION));
        test((Button) test(grid()).getCellComponent(row, column)).click();
    }

    private Organisation organisation(String slug) {
        return grid().getGenericDataView().getItems().filter(organisation -> organisation.slug().equals(slug))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Grid<Organisation> grid() {
        return $(Grid.class).first();
    }
}
