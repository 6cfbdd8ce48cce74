package org.inclusio.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page inside the main layout that tells a signed-in person why they cannot see what they asked for, in their
 * language, with a way back home. Nothing on it says whether the address exists beyond what its kind says.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final String keyPrefix;

    ErrorPage(String keyPrefix) {
        this.keyPrefix = keyPrefix;
        addClassName("error-page");
    }

    /** Fills the page; called when the error is shown, when the UI's language is known. */
    void show() {
        removeAll();
        var home = new Button(getTranslation("error.home"),
                event -> getUI().ifPresent(ui -> ui.navigate(HomeView.class)));
        home.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        home.addClassName("error-home");
        add(new H1(getTranslation(keyPrefix + ".heading")), new Paragraph(getTranslation(keyPrefix + ".text")), home);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(keyPrefix + ".heading") + " | " + getTranslation("app.name");
    }
}
