package org.inclusio.assessment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.inclusio.assessment.NeedsAssessmentService;
import org.inclusio.assessment.ReassessmentDue;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.ui.CursorItems;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Open case files due for reassessment, the longest overdue first; a row opens the person's "Needs" tab. */
@Route("needs-assessments/due")
@Menu(order = 34, icon = "vaadin:alarm", title = "assessment.due.menu")
@RolesAllowed({Roles.CASEWORKER, Roles.INTERCULTURAL_WORKER, Roles.MANAGER, Roles.PROTECTION_FOCAL_POINT})
class ReassessmentsDueView extends VerticalLayout implements HasDynamicTitle {

    ReassessmentsDueView(NeedsAssessmentService assessments) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var grid = new Grid<ReassessmentDue>();
        grid.setId("reassessments-due");
        grid.addColumn(ReassessmentDue::caseNumber).setHeader(getTranslation("assessment.due.case-number"))
                .setAutoWidth(true);
        grid.addColumn(ReassessmentDue::displayName).setHeader(getTranslation("assessment.due.name"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(due -> dates.format(due.lastAssessedOn()))
                .setHeader(getTranslation("assessment.due.last")).setAutoWidth(true);
        grid.addColumn(due -> dates.format(due.dueOn())).setHeader(getTranslation("assessment.due.due"))
                .setAutoWidth(true);
        grid.addColumn(due -> due.daysOverdue() == 0 ? getTranslation("assessment.due.today")
                        : getTranslation("assessment.due.days", due.daysOverdue()))
                .setHeader(getTranslation("assessment.due.overdue")).setAutoWidth(true);
        grid.setItems(new CursorItems<>(cursor -> assessments.overdueReassessments(cursor, 50))::fetch);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(
                "case-files/" + event.getItem().caseFile(), QueryParameters.of("tab", NeedsTab.TAB))));
        grid.setEmptyStateText(getTranslation("assessment.due.none"));
        grid.setMinHeight("20em");
        add(new H2(getTranslation("assessment.due.heading")), new Paragraph(getTranslation("assessment.due.hint")),
                grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.due.heading") + " | Inclusio";
    }
}
