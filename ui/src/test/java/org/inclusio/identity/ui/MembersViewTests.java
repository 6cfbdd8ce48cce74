package org.inclusio.identity.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import org.inclusio.IntegrationTest;
import org.inclusio.identity.Member;
import org.inclusio.identity.internal.WithDemoUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithDemoUser("city-admin")
class MembersViewTests extends SpringBrowserlessTest {

    @BeforeEach
    void english() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void listsTheMembersOfTheAdministratorsOrganisationOnly() {
        navigate(MembersView.class);

        assertThat(usernames()).contains("city-admin", "city-volunteer", "both-caseworker")
                .doesNotContain("aid-admin", "aid-caseworker");
    }

    @Test
    void badInputIsShownNextToTheFieldAndNothingTypedIsLost() {
        navigate(MembersView.class);
        test($(Button.class).id("add-member")).click();
        test($(TextField.class).id("new-member-username")).setValue("Not Valid!");
        test($(TextField.class).id("new-member-name")).setValue("Someone");

        test($(Button.class).id("create-member")).click();

        TextField username = $(TextField.class).id("new-member-username");
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getValue()).isEqualTo("Not Valid!");
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(usernames()).doesNotContain("Not Valid!");
    }

    @Test
    void addingAPersonShowsTheirOneTimePasswordOnceAndSelectsThem() {
        navigate(MembersView.class);
        String username = "new-" + UUID.randomUUID().toString().substring(0, 8);
        test($(Button.class).id("add-member")).click();
        test($(TextField.class).id("new-member-username")).setValue(username);
        test($(TextField.class).id("new-member-name")).setValue("New Colleague");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Object> roles = $(CheckboxGroup.class).id("new-member-roles");
        test(roles).selectItem("Caseworker");

        test($(Button.class).id("create-member")).click();

        assertThat($(TextField.class).id("initial-password").getValue()).hasSize(16);
        assertThat(usernames()).contains(username);
        assertThat(getCurrentView()).isInstanceOf(MembersView.class);
    }

    @SuppressWarnings("unchecked")
    private List<String> usernames() {
        Grid<Member> grid = $(Grid.class).first();
        return grid.getGenericDataView().getItems().map(Member::username).toList();
    }
}
