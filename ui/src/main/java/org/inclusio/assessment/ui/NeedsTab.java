package org.inclusio.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.inclusio.assessment.DomainNeed;
import org.inclusio.assessment.NeedsAssessment;
import org.inclusio.assessment.NeedsAssessmentService;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.shared.ui.CaseFileContribution;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The "Needs" tab of a case file: when the person is due for reassessment (and whether that is overdue), "assess" or
 * "reassess", the course of their needs as a chart with the same values as a table, and every assessment, newest
 * first, each opening its comparison with the one before.
 */
@SpringComponent
class NeedsTab implements CaseFileContribution {

    static final String TAB = "needs";

    private final NeedsAssessmentService assessments;

    NeedsTab(NeedsAssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public String id() {
        return TAB;
    }

    @Override
    public String title() {
        return "assessment.tab";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(CaseFileContext caseFile) {
        return AssessmentAccess.mayRead() ? Optional.of(new Needs(caseFile)) : Optional.empty();
    }

    private final class Needs extends VerticalLayout {

        Needs(CaseFileContext caseFile) {
            setPadding(false);
            setId("case-file-needs");
            List<NeedsAssessment> history = assessments.history(new CaseFileId(caseFile.id()));
            var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
            if (history.isEmpty()) {
                add(new Paragraph(getTranslation("assessment.tab.none")));
            } else {
                LocalDate due = history.getLast().reassessmentDue();
                var next = new Span(getTranslation("assessment.tab.due", dates.format(due)));
                next.setId("reassessment-due");
                var line = new Div(next);
                if (!due.isAfter(LocalDate.now())) {
                    var overdue = new Span(getTranslation("assessment.overdue"));
                    overdue.getElement().getThemeList().add("badge error");
                    overdue.setId("reassessment-overdue");
                    line.add(new Span(" "), overdue);
                }
                add(line);
            }
            if (AssessmentAccess.mayAssess() && caseFile.open()) {
                var assess = new Button(getTranslation(history.isEmpty() ? "assessment.assess" : "assessment.reassess"),
                        VaadinIcon.CLIPBOARD_CHECK.create(), event -> assess(caseFile));
                assess.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                assess.setId("assess-needs");
                add(assess);
            }
            if (history.isEmpty()) {
                return;
            }
            add(NeedsChart.of(history, this::getTranslation, getLocale()));
            var table = new Details(getTranslation("assessment.chart.table"), historyTable(history));
            table.setId("needs-history-table");
            add(table);
            var list = new VerticalLayout();
            list.setPadding(false);
            list.setSpacing(false);
            list.setId("needs-assessment-list");
            history.reversed().forEach(assessment -> {
                var link = new RouterLink(dates.format(assessment.assessedOn()) + " · "
                        + getTranslation("assessment.method." + assessment.method().name())
                        + (assessment.previous() == null ? "" : " · " + getTranslation("assessment.reassessment")),
                        NeedsAssessmentView.class, NeedsAssessmentView.parameters(assessment.id()));
                link.addClassName("needs-assessment-link");
                list.add(link);
            });
            add(list);
        }

        private void assess(CaseFileContext caseFile) {
            var parameters = new java.util.LinkedHashMap<String, String>();
            parameters.put("caseFile", caseFile.id().toString());
            if (caseFile.preferredLanguage() != null) {
                parameters.put("language", caseFile.preferredLanguage());
            }
            getUI().ifPresent(ui -> ui.navigate(NeedsAssessmentFormView.NEW, QueryParameters.simple(parameters)));
        }

        private Grid<String> historyTable(List<NeedsAssessment> history) {
            var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
            var codes = new LinkedHashSet<String>();
            history.forEach(assessment -> assessment.needs().forEach(need -> codes.add(need.code())));
            var grid = new Grid<String>();
            grid.addColumn(code -> getTranslation("assessment.domain." + code))
                    .setHeader(getTranslation("assessment.domain")).setAutoWidth(true);
            for (NeedsAssessment assessment : history) {
                grid.addColumn(code -> assessment.needs().stream().filter(need -> need.code().equals(code))
                                .findFirst().map(this::levelAndStatus).orElse("—"))
                        .setHeader(dates.format(assessment.assessedOn())).setAutoWidth(true);
            }
            grid.setItems(List.copyOf(codes));
            grid.setAllRowsVisible(true);
            return grid;
        }

        private String levelAndStatus(DomainNeed need) {
            return getTranslation("assessment.level." + need.level().name()) + " ("
                    + getTranslation("assessment.status." + need.status().name()) + ")";
        }
    }
}
