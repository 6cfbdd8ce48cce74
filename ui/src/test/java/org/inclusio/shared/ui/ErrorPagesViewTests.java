package org.inclusio.shared.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.VaadinSession;
import org.inclusio.SignedInTest;
import org.inclusio.identity.internal.WithDemoUser;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 7: no access and not found are pages inside the layout, in the person's language, with a way home. */
@SignedInTest
@WithDemoUser("city-caseworker")
class ErrorPagesViewTests extends SpringBrowserlessTest {

    @Test
    void aViewTheRolesDoNotAllowSaysNoAccessInsideTheLayout() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);

        navigate("members", Component.class);

        assertThat(getCurrentView()).isInstanceOf(NoAccessView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("No access");
        assertThat($(MainLayout.class).all()).hasSize(1);
        test($(Button.class).withClassName("error-home").single()).click();
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void anUnknownAddressSaysNotFoundInThePersonsLanguage() {
        VaadinSession.getCurrent().setLocale(Locale.forLanguageTag("cs"));

        navigate("no-such-page", Component.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Stránka nenalezena");
        assertThat($(MainLayout.class).all()).hasSize(1);
        assertThat($(Button.class).withClassName("error-home").single().getText()).isEqualTo("Zpět na úvod");
    }
}
