package org.inclusio.assessment.ui;

import com.vaadin.flow.component.button.Button;
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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.inclusio.assessment.Finding;
import org.inclusio.assessment.ParticipatoryAssessment;
import org.inclusio.assessment.ParticipatoryAssessmentId;
import org.inclusio.assessment.ParticipatoryAssessmentService;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.ui.IsoCodes;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One participatory assessment: how it was done and who took part, then its findings, each with the action that
 * changed the service (or "no action yet"), so that the loop from what people said to a better service shows.
 */
@Route("participatory-assessments/:assessment([0-9a-fA-F-]{36})")
@RolesAllowed({Roles.CASEWORKER, Roles.INTERCULTURAL_WORKER, Roles.MANAGER, Roles.PROTECTION_FOCAL_POINT})
class ParticipatoryAssessmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ParticipatoryAssessmentService assessments;
    private String title = "";

    ParticipatoryAssessmentView(ParticipatoryAssessmentService assessments) {
        this.assessments = assessments;
        setMaxWidth("64em");
    }

    static RouteParameters parameters(ParticipatoryAssessmentId id) {
        return new RouteParameters("assessment", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("assessment").map(UUID::fromString)
                .map(ParticipatoryAssessmentId::new).orElseThrow(NotFoundException::new);
        try {
            render(assessments.get(id));
        } catch (org.inclusio.shared.NotFoundException e) {
            throw new NotFoundException();
        }
    }

    private void render(ParticipatoryAssessment assessment) {
        removeAll();
        title = assessment.title();
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var actions = new HorizontalLayout(new Button(getTranslation("community.back"), VaadinIcon.ARROW_LEFT.create(),
                event -> getUI().ifPresent(ui -> ui.navigate(ParticipatoryAssessmentsView.class))));
        if (AssessmentAccess.mayAssessCommunity()) {
            var edit = new Button(getTranslation("assessment.edit"), VaadinIcon.EDIT.create(), event -> getUI()
                    .ifPresent(ui -> ui.navigate("participatory-assessments/" + assessment.id() + "/edit")));
            edit.setId("edit-participatory-assessment");
            actions.add(edit);
        }
        var heading = new H2(assessment.title());
        heading.setId("participatory-heading");
        add(actions, heading, new Paragraph(dates.format(assessment.periodFrom()) + " – "
                + dates.format(assessment.periodTo()) + " · " + assessment.methods().stream()
                .map(method -> getTranslation("community.method." + method.name())).collect(Collectors.joining(", "))));
        if (assessment.summary() != null) {
            var summary = new Paragraph();
            summary.setText(assessment.summary());
            add(summary);
        }
        var who = new UnorderedList();
        who.setId("participatory-participants");
        who.add(new ListItem(getTranslation("community.participants.total", assessment.totalParticipants())));
        assessment.groups().forEach(cell -> who.add(new ListItem(getTranslation("community.group." + cell.group()
                .name()) + ": " + cell.count())));
        assessment.participants().forEach(cell -> who.add(new ListItem(getTranslation("gender." + cell.gender()
                .name()) + ", " + getTranslation("age-band." + cell.ageBand().name()) + ": " + cell.count())));
        if (!assessment.languages().isEmpty()) {
            who.add(new ListItem(getTranslation("community.languages") + ": " + assessment.languages().stream()
                    .map(code -> IsoCodes.languageName(code, getLocale())).collect(Collectors.joining(", "))));
        }
        if (!assessment.consultations().isEmpty()) {
            who.add(new ListItem(getTranslation("community.consultations.count", assessment.consultations().size())));
        }
        add(new H3(getTranslation("community.who")), who, new H3(getTranslation("community.findings")));
        var findings = new UnorderedList();
        findings.setId("participatory-findings");
        assessment.findings().forEach(finding -> findings.add(finding(finding, dates)));
        add(findings);
    }

    private ListItem finding(Finding finding, DateTimeFormatter dates) {
        var head = new Span(getTranslation("community.finding.kind." + finding.kind().name()) + " · "
                + getTranslation("community.priority." + finding.priority().name())
                + (finding.domainCode() == null ? "" : " · " + getTranslation("assessment.domain."
                + finding.domainCode())));
        head.addClassName("finding-head");
        var text = new Paragraph();
        text.setText(finding.text());
        var action = new Paragraph(finding.action() == null ? getTranslation("community.finding.no-action")
                : getTranslation("community.finding.acted", dates.format(finding.action().changedOn()),
                finding.action().whatChanged()));
        action.addClassName(finding.action() == null ? "finding-open" : "finding-acted");
        return new ListItem(head, text, action);
    }

    @Override
    public String getPageTitle() {
        return title + " | Inclusio";
    }
}
