package org.inclusio.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.inclusio.beneficiary.CaseFileDirectory;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.beneficiary.CaseFileReference;
import org.inclusio.consultation.FollowUp;
import org.inclusio.consultation.FollowUpService;
import org.inclusio.identity.Colleagues;
import org.inclusio.identity.UserAccountId;
import org.inclusio.shared.security.Roles;
import org.jspecify.annotations.Nullable;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The signed-in member's open follow-ups, soonest due first, overdue ones marked; below them every overdue follow-up
 * of the organisation, so nothing agreed is forgotten when someone is away.
 */
@Route("follow-ups")
@Menu(order = 32, icon = "vaadin:calendar-clock", title = "follow-ups.menu")
@RolesAllowed({Roles.CASEWORKER, Roles.INTERCULTURAL_WORKER, Roles.MANAGER, Roles.PROTECTION_FOCAL_POINT})
class FollowUpsView extends VerticalLayout implements HasDynamicTitle {

    private final FollowUpService followUps;
    private final CaseFileDirectory directory;
    private final Colleagues colleagues;
    private final Grid<FollowUp> mine = new Grid<>();
    private final Grid<FollowUp> overdue = new Grid<>();

    FollowUpsView(FollowUpService followUps, CaseFileDirectory directory, Colleagues colleagues) {
        this.followUps = followUps;
        this.directory = directory;
        this.colleagues = colleagues;
        mine.setId("my-follow-ups");
        overdue.setId("overdue-follow-ups");
        add(new H2(getTranslation("follow-ups.heading")), mine, new H3(getTranslation("follow-ups.overdue")),
                overdue);
        refresh();
        addClassName("follow-ups");
    }

    private void refresh() {
        var myFollowUps = followUps.mine();
        var overdueFollowUps = followUps.overdue();
        Map<CaseFileId, CaseFileReference> caseFiles = directory.findAll(Stream.concat(myFollowUps.stream(),
                        overdueFollowUps.stream()).map(FollowUp::caseFile).filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(CaseFileReference::id, Function.identity()));
        configure(mine, myFollowUps, caseFiles, null, "follow-ups.none");
        configure(overdue, overdueFollowUps, caseFiles, colleagues.displayNames(overdueFollowUps.stream()
                .map(FollowUp::assignee).distinct().toList()), "follow-ups.none-overdue");
    }

    /** {@code assignees}: the names for a "who" column, or {@code null} for a list of one's own follow-ups. */
    private void configure(Grid<FollowUp> grid, List<FollowUp> items, Map<CaseFileId, CaseFileReference> caseFiles,
                           @Nullable Map<UserAccountId, String> assignees, String emptyKey) {
        grid.removeAllColumns();
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(followUp -> dates.format(followUp.dueOn())).setHeader(getTranslation("follow-up.due"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FollowUp::what).setHeader(getTranslation("follow-up.what")).setFlexGrow(1);
        grid.addComponentColumn(followUp -> caseFileLink(followUp, caseFiles))
                .setHeader(getTranslation("follow-up.case-file")).setAutoWidth(true);
        if (assignees != null) {
            grid.addColumn(followUp -> assignees.getOrDefault(followUp.assignee(), ""))
                    .setHeader(getTranslation("follow-up.assignee")).setAutoWidth(true);
        }
        grid.addComponentColumn(this::doneButton).setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(followUp -> followUp.overdue() ? "overdue" : null);
        grid.setEmptyStateText(getTranslation(emptyKey));
        grid.setItems(items);
        grid.setAllRowsVisible(true);
    }

    private Component caseFileLink(FollowUp followUp, Map<CaseFileId, CaseFileReference> caseFiles) {
        var reference = followUp.caseFile() == null ? null : caseFiles.get(followUp.caseFile());
        return reference == null ? new Span() : new Anchor("case-files/" + reference.id() + "?tab="
                + CaseFileTimeline.TAB, reference.caseNumber());
    }

    private Component doneButton(FollowUp followUp) {
        if (!ConsultationAccess.mayLog()) {
            return new Span();
        }
        var done = new Button(getTranslation("follow-up.mark-done"), event -> {
            followUps.complete(followUp.id());
            refresh();
        });
        done.addThemeVariants(ButtonVariant.LUMO_SMALL);
        done.addClassName("follow-up-done");
        return done;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("follow-ups.heading") + " | Inclusio";
    }
}
