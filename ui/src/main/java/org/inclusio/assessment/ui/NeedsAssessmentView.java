package org.inclusio.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.inclusio.assessment.NeedChange;
import org.inclusio.assessment.NeedLevel;
import org.inclusio.assessment.NeedStatus;
import org.inclusio.assessment.NeedsAssessment;
import org.inclusio.assessment.NeedsAssessmentId;
import org.inclusio.assessment.NeedsAssessmentService;
import org.inclusio.assessment.NeedsComparison;
import org.inclusio.assessment.NeedsComparison.DomainComparison;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.ui.IsoCodes;
import org.jspecify.annotations.Nullable;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;

/**
 * One assessment: what was found domain by domain, compared with the person's assessment before it (the change in
 * words and with an arrow, never by colour alone), the course of their needs, barriers, capacities and the goals
 * agreed.
 */
@Route("needs-assessments/:assessment([0-9a-fA-F-]{36})")
@RolesAllowed({Roles.CASEWORKER, Roles.INTERCULTURAL_WORKER, Roles.MANAGER, Roles.PROTECTION_FOCAL_POINT})
class NeedsAssessmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NeedsAssessmentService assessments;
    private @Nullable NeedsAssessment current;

    NeedsAssessmentView(NeedsAssessmentService assessments) {
        this.assessments = assessments;
        setMaxWidth("64em");
        addClassName("needs-assessment-detail");
    }

    static RouteParameters parameters(NeedsAssessmentId id) {
        return new RouteParameters("assessment", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("assessment").map(UUID::fromString).map(NeedsAssessmentId::new)
                .orElseThrow(NotFoundException::new);
        NeedsComparison comparison;
        try {
            current = assessments.get(id);
            comparison = assessments.comparison(id);
        } catch (org.inclusio.shared.NotFoundException e) {
            throw new NotFoundException();
        }
        render(current, comparison);
    }

    private void render(NeedsAssessment assessment, NeedsComparison comparison) {
        removeAll();
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var caseFile = new Button(getTranslation("assessment.back", assessment.caseNumber()),
                VaadinIcon.ARROW_LEFT.create(), event -> getUI().ifPresent(ui -> ui.navigate(
                "case-files/" + assessment.caseFile(), QueryParameters.of("tab", NeedsTab.TAB))));
        caseFile.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        caseFile.setId("back-to-case-file");
        var heading = new H2(getTranslation(assessment.previous() == null ? "assessment.heading"
                : "assessment.heading.reassessment", dates.format(assessment.assessedOn())));
        heading.setId("assessment-heading");
        var facts = new Paragraph(String.join(" · ", getTranslation("assessment.method." + assessment.method().name()),
                IsoCodes.languageName(assessment.language(), getLocale()),
                getTranslation("assessment.tab.due", dates.format(assessment.reassessmentDue()))));
        var actions = new HorizontalLayout(caseFile);
        if (AssessmentAccess.mayAssess()) {
            var edit = new Button(getTranslation("assessment.edit"), VaadinIcon.EDIT.create(),
                    event -> getUI().ifPresent(ui -> ui.navigate("needs-assessments/" + assessment.id() + "/edit")));
            edit.setId("edit-assessment");
            actions.add(edit);
        }
        add(actions, heading, facts);
        if (comparison.sensitiveWithheld()) {
            add(new Paragraph(getTranslation("assessment.sensitive-withheld")));
        }
        add(new H3(comparison.previous() == null ? getTranslation("assessment.comparison.first")
                : getTranslation("assessment.comparison.heading", dates.format(comparison.previousOn()))),
                comparisonGrid(comparison));
        var history = assessments.history(assessment.caseFile());
        if (history.size() > 1) {
            add(new H3(getTranslation("assessment.chart.heading")), NeedsChart.of(history, this::getTranslation,
                    getLocale()));
        }
        add(new H3(getTranslation("assessment.barriers")), barriers(assessment),
                new H3(getTranslation("assessment.capacities")), capacities(assessment),
                new H3(getTranslation("assessment.goals")), goals(assessment));
    }

    private Grid<DomainComparison> comparisonGrid(NeedsComparison comparison) {
        var grid = new Grid<DomainComparison>();
        grid.setId("needs-comparison");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(row -> getTranslation("assessment.domain." + row.code()))
                .setHeader(getTranslation("assessment.domain")).setFlexGrow(1);
        if (comparison.previous() != null) {
            grid.addColumn(row -> need(row.previousLevel(), row.previousStatus()))
                    .setHeader(getTranslation("assessment.comparison.before")).setFlexGrow(1);
        }
        grid.addColumn(row -> need(row.currentLevel(), row.currentStatus()))
                .setHeader(getTranslation("assessment.comparison.now")).setFlexGrow(1);
        if (comparison.previous() != null) {
            grid.addComponentColumn(this::change).setHeader(getTranslation("assessment.comparison.change"))
                    .setFlexGrow(1);
        }
        grid.setItems(comparison.domains());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("assessment.comparison.none"));
        return grid;
    }

    private Component change(DomainComparison row) {
        var icon = switch (row.change()) {
            case IMPROVED -> VaadinIcon.ARROW_UP.create();
            case WORSE -> VaadinIcon.ARROW_DOWN.create();
            case SAME -> VaadinIcon.MINUS.create();
            case NEW -> VaadinIcon.PLUS.create();
            case NOT_REASSESSED -> VaadinIcon.QUESTION.create();
        };
        icon.setSize("1em");
        var words = new Span(getTranslation("assessment.change." + row.change().name()));
        var cell = new Span(icon, new Span(" "), words);
        cell.addClassNames("need-change", "need-change-" + row.change().name().toLowerCase(Locale.ROOT));
        if (row.change() == NeedChange.WORSE) {
            cell.getElement().getThemeList().add("badge error");
        } else if (row.change() == NeedChange.IMPROVED) {
            cell.getElement().getThemeList().add("badge success");
        }
        return cell;
    }

    private String need(@Nullable NeedLevel level, @Nullable NeedStatus status) {
        if (level == null) {
            return "—";
        }
        return getTranslation("assessment.level." + level.name()) + (status == null || level == NeedLevel.NONE ? ""
                : " (" + getTranslation("assessment.status." + status.name()) + ")");
    }

    private Component barriers(NeedsAssessment assessment) {
        if (assessment.barriers().isEmpty()) {
            return new Paragraph(getTranslation("assessment.none"));
        }
        var list = new UnorderedList();
        assessment.barriers().forEach(barrier -> list.add(new ListItem(getTranslation("assessment.barrier."
                + barrier.name()) + (barrier.name().equals("OTHER") && assessment.otherBarrier() != null
                ? ": " + assessment.otherBarrier() : ""))));
        return list;
    }

    private Component capacities(NeedsAssessment assessment) {
        var capacities = assessment.capacities();
        var lines = new ArrayList<String>();
        lines.add(getTranslation("assessment.capacities.education") + ": "
                + getTranslation("assessment.education." + capacities.educationLevel().name()));
        if (!capacities.languages().isEmpty()) {
            lines.add(getTranslation("assessment.capacities.languages") + ": " + String.join(", ",
                    capacities.languages().stream().map(code -> IsoCodes.languageName(code, getLocale())).toList()));
        }
        if (capacities.workExperience() != null) {
            lines.add(getTranslation("assessment.capacities.work") + ": " + capacities.workExperience());
        }
        if (capacities.qualificationsToRecognise() != null) {
            lines.add(getTranslation("assessment.capacities.qualifications") + ": "
                    + capacities.qualificationsToRecognise());
        }
        var list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }

    private Component goals(NeedsAssessment assessment) {
        if (assessment.goals().isEmpty()) {
            return new Paragraph(getTranslation("assessment.none"));
        }
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var list = new UnorderedList();
        list.setId("assessment-goal-list");
        assessment.goals().forEach(goal -> list.add(new ListItem(goal.goal() + " · "
                + getTranslation("assessment.goal.status." + goal.status().name())
                + (goal.domainCode() == null ? "" : " · " + getTranslation("assessment.domain." + goal.domainCode()))
                + (goal.targetDate() == null ? "" : " · " + dates.format(goal.targetDate())))));
        return new Div(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.title") + " | Inclusio";
    }
}
