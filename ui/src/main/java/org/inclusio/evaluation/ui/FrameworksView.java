package org.inclusio.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.inclusio.evaluation.FrameworkService;
import org.inclusio.evaluation.FrameworkSummary;
import org.inclusio.shared.security.Roles;

/** The frameworks practices are evaluated against: shipped with Inclusio, then the organisation's own. */
@Route("frameworks")
@Menu(order = 39.5, icon = "vaadin:list-ol", title = "framework.menu")
@RolesAllowed({Roles.MANAGER, Roles.ORG_ADMIN})
class FrameworksView extends VerticalLayout implements HasDynamicTitle {

    FrameworksView(FrameworkService frameworks) {
        var grid = new Grid<FrameworkSummary>();
        grid.setId("frameworks");
        grid.addColumn(FrameworkSummary::name).setHeader(getTranslation("framework.name")).setFlexGrow(1)
                .setAutoWidth(true);
        grid.addColumn(FrameworkSummary::version).setHeader(getTranslation("framework.version")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.shipped() ? "framework.shipped" : "framework.own"))
                .setHeader(getTranslation("framework.origin")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("framework.size", row.sections(), row.questions(), row.items()))
                .setHeader(getTranslation("framework.content")).setAutoWidth(true);
        grid.setItems(frameworks.list());
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(FrameworkView.class,
                FrameworkView.parameters(event.getItem().id()))));
        grid.setMinHeight("14em");
        add(new H2(getTranslation("framework.heading")), new Paragraph(getTranslation("framework.intro")));
        if (FrameworkEditorView.mayDefine()) {
            var create = new Button(getTranslation("framework.new"), VaadinIcon.PLUS.create(),
                    event -> getUI().ifPresent(ui -> ui.navigate(FrameworkEditorView.class)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-framework");
            add(create);
        }
        add(grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("framework.heading") + " | Inclusio";
    }
}
