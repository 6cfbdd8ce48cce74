package org.inclusio.assessment.ui;

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
import org.inclusio.assessment.ParticipatoryAssessmentService;
import org.inclusio.assessment.ParticipatoryAssessmentSummary;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.ui.CursorItems;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

/** Participatory (community) assessments, the newest period first; a row opens one. */
@Route("participatory-assessments")
@Menu(order = 36, icon = "vaadin:group", title = "community.menu")
@RolesAllowed({Roles.CASEWORKER, Roles.INTERCULTURAL_WORKER, Roles.MANAGER, Roles.PROTECTION_FOCAL_POINT})
class ParticipatoryAssessmentsView extends VerticalLayout implements HasDynamicTitle {

    ParticipatoryAssessmentsView(ParticipatoryAssessmentService assessments) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var grid = new Grid<ParticipatoryAssessmentSummary>();
        grid.setId("participatory-assessments");
        grid.addColumn(ParticipatoryAssessmentSummary::title).setHeader(getTranslation("community.title"))
                .setFlexGrow(1).setAutoWidth(true);
        grid.addColumn(row -> dates.format(row.periodFrom()) + " – " + dates.format(row.periodTo()))
                .setHeader(getTranslation("community.period")).setAutoWidth(true);
        grid.addColumn(row -> row.methods().stream().map(method -> getTranslation("community.method."
                        + method.name())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("community.methods")).setAutoWidth(true);
        grid.addColumn(ParticipatoryAssessmentSummary::totalParticipants)
                .setHeader(getTranslation("community.participants")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("community.findings.count", row.findings(), row.findingsWithAction()))
                .setHeader(getTranslation("community.findings")).setAutoWidth(true);
        grid.setItems(new CursorItems<>(cursor -> assessments.list(cursor, 50))::fetch);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(ParticipatoryAssessmentView.class,
                ParticipatoryAssessmentView.parameters(event.getItem().id()))));
        grid.setEmptyStateText(getTranslation("community.none"));
        grid.setMinHeight("16em");
        add(new H2(getTranslation("community.heading")));
        if (AssessmentAccess.mayAssessCommunity()) {
            var create = new Button(getTranslation("community.new"), VaadinIcon.PLUS.create(),
                    event -> getUI().ifPresent(ui -> ui.navigate(ParticipatoryAssessmentFormView.NEW)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-participatory-assessment");
            add(create);
        }
        add(grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("community.heading") + " | Inclusio";
    }
}
