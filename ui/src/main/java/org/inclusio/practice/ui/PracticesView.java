package org.inclusio.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.inclusio.practice.PracticeService;
import org.inclusio.practice.PracticeSummary;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.ui.CursorItems;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

/** The organisation's practices, the latest start first; a row opens one with its results framework. */
@Route("practices")
@Menu(order = 38, icon = "vaadin:briefcase", title = "practice.menu")
@RolesAllowed({Roles.CASEWORKER, Roles.INTERCULTURAL_WORKER, Roles.MANAGER, Roles.PROTECTION_FOCAL_POINT,
        Roles.ORG_ADMIN})
class PracticesView extends VerticalLayout implements HasDynamicTitle {

    PracticesView(PracticeService practices) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var grid = new Grid<PracticeSummary>();
        grid.setId("practices");
        grid.addColumn(PracticeSummary::name).setHeader(getTranslation("practice.name")).setFlexGrow(1)
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation("practice.status." + row.status().name()))
                .setHeader(getTranslation("practice.status")).setAutoWidth(true);
        grid.addColumn(row -> dates.format(row.startsOn()) + " – "
                        + (row.endsOn() == null ? getTranslation("practice.open-ended") : dates.format(row.endsOn())))
                .setHeader(getTranslation("practice.period")).setAutoWidth(true);
        grid.addColumn(PracticeSummary::partners).setHeader(getTranslation("practice.partners")).setAutoWidth(true);
        grid.addColumn(row -> row.fundingTypes().stream()
                        .map(type -> getTranslation("practice.funding.type." + type.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("practice.funding")).setAutoWidth(true);
        grid.setItems(new CursorItems<>(cursor -> practices.list(null, cursor, 50))::fetch);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(PracticeView.class,
                PracticeView.parameters(event.getItem().id()))));
        grid.setEmptyStateText(getTranslation("practice.none"));
        grid.setMinHeight("16em");
        add(new H2(getTranslation("practice.heading")));
        if (PracticeAccess.mayManage()) {
            var create = new Button(getTranslation("practice.new"), VaadinIcon.PLUS.create(),
                    event -> getUI().ifPresent(ui -> ui.navigate(PracticeFormView.NEW)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-practice");
            add(create);
        }
        add(grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.heading") + " | Inclusio";
    }
}
