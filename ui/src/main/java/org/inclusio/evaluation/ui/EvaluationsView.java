package org.inclusio.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.inclusio.evaluation.EvaluationSchedule;
import org.inclusio.evaluation.EvaluationSchedules;
import org.inclusio.evaluation.EvaluationService;
import org.inclusio.evaluation.EvaluationSummary;
import org.inclusio.evaluation.FrameworkService;
import org.inclusio.practice.PracticeService;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.ui.CursorItems;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The evaluations of the organisation's practices, latest period first (a row opens one), and the practices'
 * evaluation schedules.
 */
@Route("evaluations")
@Menu(order = 39, icon = "vaadin:clipboard-check", title = "evaluation.menu")
@RolesAllowed(Roles.MANAGER)
class EvaluationsView extends VerticalLayout implements HasDynamicTitle {

    private final EvaluationSchedules schedules;
    private final Grid<EvaluationSchedule> scheduleGrid = new Grid<>();

    EvaluationsView(EvaluationService evaluations, PracticeService practices, FrameworkService frameworks,
                    EvaluationSchedules schedules) {
        this.schedules = schedules;
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var grid = new Grid<EvaluationSummary>();
        grid.setId("evaluations");
        grid.addColumn(EvaluationSummary::practiceName).setHeader(getTranslation("evaluation.practice"))
                .setFlexGrow(1).setAutoWidth(true);
        grid.addColumn(EvaluationSummary::framework).setHeader(getTranslation("evaluation.framework"))
                .setAutoWidth(true);
        grid.addColumn(row -> dates.format(row.periodFrom()) + " – " + dates.format(row.periodTo()))
                .setHeader(getTranslation("evaluation.period")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("evaluation.status." + row.status().name()))
                .setHeader(getTranslation("evaluation.status")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("evaluation.rated-of", row.rated(), row.items()))
                .setHeader(getTranslation("evaluation.rated")).setAutoWidth(true);
        grid.setItems(new CursorItems<>(cursor -> evaluations.list(null, cursor, 50))::fetch);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(EvaluationView.class,
                EvaluationView.parameters(event.getItem().id()))));
        grid.setEmptyStateText(getTranslation("evaluation.none"));
        grid.setMinHeight("16em");
        var open = new Button(getTranslation("evaluation.new"), VaadinIcon.PLUS.create(),
                event -> new NewEvaluationDialog(evaluations, practices, frameworks, false).open());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("new-evaluation");
        var importPage = new Button(getTranslation("evaluation.import"), VaadinIcon.UPLOAD.create(),
                event -> new NewEvaluationDialog(evaluations, practices, frameworks, true).open());
        importPage.setId("import-spring-page");
        var schedule = new Button(getTranslation("evaluation.schedule.new"), VaadinIcon.CALENDAR_CLOCK.create(),
                event -> new ScheduleDialog(schedules, practices.choices(), frameworks.list(), this::refreshSchedules)
                        .open());
        schedule.setId("schedule-evaluations");
        add(new H2(getTranslation("evaluation.heading")), new HorizontalLayout(open, importPage, schedule), grid,
                new H3(getTranslation("evaluation.schedules")), new Paragraph(getTranslation("evaluation.schedules.intro")),
                scheduleGrid(dates));
        setSizeFull();
    }

    private Grid<EvaluationSchedule> scheduleGrid(DateTimeFormatter dates) {
        scheduleGrid.setId("evaluation-schedules");
        scheduleGrid.addColumn(EvaluationSchedule::practiceName).setHeader(getTranslation("evaluation.practice"))
                .setFlexGrow(1).setAutoWidth(true);
        scheduleGrid.addColumn(row -> row.framework().name()).setHeader(getTranslation("evaluation.framework"))
                .setAutoWidth(true);
        scheduleGrid.addColumn(row -> getTranslation("evaluation.schedule.cadence." + row.cadence().name()))
                .setHeader(getTranslation("evaluation.schedule.cadence")).setAutoWidth(true);
        scheduleGrid.addColumn(row -> dates.format(row.nextPeriodFrom()) + " – " + dates.format(row.nextPeriodTo()))
                .setHeader(getTranslation("evaluation.schedule.next")).setAutoWidth(true);
        scheduleGrid.addComponentColumn(row -> {
            var stop = new Button(getTranslation("evaluation.schedule.stop"), event -> {
                schedules.stop(row.practice());
                refreshSchedules();
            });
            stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return stop;
        }).setAutoWidth(true).setFlexGrow(0);
        scheduleGrid.setEmptyStateText(getTranslation("evaluation.schedules.none"));
        scheduleGrid.setAllRowsVisible(true);
        refreshSchedules();
        return scheduleGrid;
    }

    private void refreshSchedules() {
        scheduleGrid.setItems(schedules.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluation.heading") + " | Inclusio";
    }
}
