package org.inclusio.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.inclusio.assessment.NeedLevel;
import org.inclusio.assessment.NeedStatus;
import org.inclusio.assessment.NeedsOverview;
import org.inclusio.assessment.NeedsOverview.DomainFigures;
import org.inclusio.assessment.NeedsStatistics;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.statistics.Cell;
import org.jspecify.annotations.Nullable;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;

/**
 * The needs of the active caseload for managers: how many open case files are assessed and recently, how many are
 * overdue, the domains × levels of their latest assessments, urgent needs nobody addresses yet and the barriers
 * people face most. Counts below the organisation's k read "fewer than k", never 0.
 */
@Route("needs-overview")
@Menu(order = 35, icon = "vaadin:grid-big", title = "assessment.overview.menu")
@RolesAllowed({Roles.MANAGER, Roles.ORG_ADMIN})
class NeedsOverviewView extends VerticalLayout implements HasDynamicTitle {

    NeedsOverviewView(NeedsStatistics statistics) {
        NeedsOverview overview = statistics.overview();
        int k = overview.smallCellThreshold();
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var caseload = new Paragraph(getTranslation("assessment.overview.caseload",
                count(overview.activeCaseFiles(), k), count(overview.assessedCaseFiles(), k),
                count(overview.assessedInSixMonths(), k), count(overview.overdueReassessments(), k)));
        caseload.setId("needs-overview-caseload");
        var note = new Paragraph(getTranslation("assessment.overview.suppression", k,
                dates.format(overview.asOf())));
        var lists = new FlexLayout(breakdown("needs-overview-urgent", "assessment.overview.urgent",
                        overview.unaddressedUrgent(), k, code -> getTranslation("assessment.domain." + code)),
                breakdown("needs-overview-barriers", "assessment.overview.barriers", overview.barriers(), k,
                        code -> getTranslation("assessment.barrier." + code)));
        lists.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        lists.getStyle().set("gap", "var(--lumo-space-l)");
        add(new H2(getTranslation("assessment.overview.heading")), caseload, note,
                new H3(getTranslation("assessment.overview.levels")), levels(overview.domains(), k), lists);
        setWidthFull();
    }

    private Grid<DomainFigures> levels(List<DomainFigures> domains, int k) {
        var grid = new Grid<DomainFigures>();
        grid.setId("needs-overview-levels");
        grid.addColumn(domain -> getTranslation("assessment.domain." + domain.code()))
                .setHeader(getTranslation("assessment.domain")).setAutoWidth(true).setFlexGrow(1);
        for (NeedLevel level : NeedLevel.values()) {
            grid.addColumn(domain -> cell(domain.byLevel(), level.name(), k))
                    .setHeader(getTranslation("assessment.level." + level.name())).setAutoWidth(true);
        }
        grid.addColumn(domain -> cell(domain.byStatus(), NeedStatus.UNADDRESSED.name(), k))
                .setHeader(getTranslation("assessment.overview.unaddressed")).setAutoWidth(true);
        grid.setItems(domains);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component breakdown(String id, String heading, List<Cell> cells, int k, Function<String, String> label) {
        var grid = new Grid<Cell>();
        grid.setId(id);
        grid.addColumn(cell -> label.apply(cell.key())).setHeader(getTranslation(heading)).setFlexGrow(1);
        grid.addColumn(cell -> count(cell.count(), k)).setHeader(getTranslation("assessment.overview.case-files"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(cells);
        grid.setAllRowsVisible(true);
        grid.setWidth("24em");
        return new Div(new H3(getTranslation(heading)), grid);
    }

    private String cell(List<Cell> cells, String key, int k) {
        return cells.stream().filter(cell -> cell.key().equals(key)).findFirst().map(cell -> count(cell.count(), k))
                .orElse("0");
    }

    private String count(@Nullable Long count, int k) {
        return count == null ? getTranslation("assessment.overview.fewer-than", k) : String.valueOf(count);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.overview.heading") + " | Inclusio";
    }
}
