package org.inclusio.shared.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:home", title = "home.menu")
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView() {
        add(new H1(getTranslation("home.heading")), new Paragraph(getTranslation("home.intro")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
