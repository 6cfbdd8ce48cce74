package org.inclusio.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.inclusio.consultation.ConsultationFilter;
import org.inclusio.consultation.ConsultationPurpose;
import org.inclusio.consultation.ConsultationService;
import org.inclusio.consultation.ConsultationSummary;
import org.inclusio.consultation.ConsultationType;
import org.inclusio.practice.PracticeField;
import org.inclusio.practice.PracticeService;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.ui.CursorItems;
import org.inclusio.shared.ui.IsoCodes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The organisation's consultations, newest first, fetched page by page as the list scrolls; filtered by dates, type
 * purpose and practice, with the filters in the URL (evaluations link here for the evidence behind a figure).
 */
@Route("consultations")
@Menu(order = 30, icon = "vaadin:comments-o", title = "consultations.menu")
@RolesAllowed({Roles.CASEWORKER, Roles.INTERCULTURAL_WORKER, Roles.MANAGER, Roles.PROTECTION_FOCAL_POINT})
class ConsultationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 50;

    private final ConsultationService consultations;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<ConsultationType> type = new Select<>();
    private final Select<ConsultationPurpose> purpose = new Select<>();
    private final PracticeField practice;
    private final Grid<ConsultationSummary> grid = new Grid<>();
    private boolean applyingUrl;

    ConsultationsView(ConsultationService consultations, PracticeService practices) {
        this.consultations = consultations;
        this.practice = new PracticeField(practices);
        var header = new HorizontalLayout(new H2(getTranslation("consultations.heading")));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        if (ConsultationAccess.mayLog()) {
            var individual = new Button(getTranslation("consultations.log-individual"), VaadinIcon.PLUS.create(),
                    event -> getUI().ifPresent(ui -> ui.navigate("consultations/new")));
            individual.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            individual.setId("log-individual");
            var group = new Button(getTranslation("consultations.log-group"), VaadinIcon.GROUP.create(),
                    event -> getUI().ifPresent(ui -> ui.navigate("consultations/new",
                            QueryParameters.of("type", ConsultationType.GROUP_SESSION.name()))));
            group.setId("log-group");
            header.add(individual, group);
        }
        add(header, filters(), grid());
        setFlexGrow(1, grid);
        setSizeFull();
        addClassName("consultations");
    }

    private FlexLayout filters() {
        from.setLabel(getTranslation("consultations.from"));
        from.setId("consultations-from");
        to.setLabel(getTranslation("consultations.to"));
        to.setId("consultations-to");
        type.setLabel(getTranslation("consultation.type"));
        type.setItems(ConsultationType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("case-files.any"));
        type.setItemLabelGenerator(value -> value == null ? getTranslation("case-files.any")
                : getTranslation("consultation-type." + value.name()));
        type.setId("consultations-type");
        purpose.setLabel(getTranslation("consultation.purpose"));
        purpose.setItems(ConsultationPurpose.values());
        purpose.setEmptySelectionAllowed(true);
        purpose.setEmptySelectionCaption(getTranslation("case-files.any"));
        purpose.setItemLabelGenerator(value -> value == null ? getTranslation("case-files.any")
                : getTranslation("consultation-purpose." + value.name()));
        purpose.setId("consultations-purpose");
        from.addValueChangeListener(event -> filtersChanged());
        to.addValueChangeListener(event -> filtersChanged());
        type.addValueChangeListener(event -> filtersChanged());
        purpose.addValueChangeListener(event -> filtersChanged());
        practice.setId("consultations-practice");
        practice.addValueChangeListener(event -> filtersChanged());
        var filters = new FlexLayout(from, to, type, purpose, practice);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("list-filters");
        return filters;
    }

    private Grid<ConsultationSummary> grid() {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.setId("consultations-grid");
        grid.addColumn(consultation -> dates.format(consultation.heldOn()))
                .setHeader(getTranslation("consultation.held-on")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(consultation -> getTranslation("consultation-type." + consultation.type().name()))
                .setHeader(getTranslation("consultation.type")).setAutoWidth(true);
        grid.addColumn(consultation -> getTranslation("consultation-purpose." + consultation.purpose().name()))
                .setHeader(getTranslation("consultation.purpose")).setAutoWidth(true);
        grid.addColumn(consultation -> getTranslation("channel." + consultation.channel().name()))
                .setHeader(getTranslation("consultation.channel")).setAutoWidth(true);
        grid.addColumn(consultation -> IsoCodes.languageName(consultation.language(), getLocale())
                        + (consultation.interpreterPresent() ? " · " + getTranslation("timeline.with-interpreter") : ""))
                .setHeader(getTranslation("consultation.language")).setAutoWidth(true);
        grid.addColumn(ConsultationSummary::participants).setHeader(getTranslation("consultations.participants"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setMinHeight("20em");
        grid.setEmptyStateText(getTranslation("consultations.empty"));
        grid.addItemClickListener(event -> {
            var caseFiles = event.getItem().caseFiles();
            if (!caseFiles.isEmpty()) {
                getUI().ifPresent(ui -> ui.navigate("case-files/" + caseFiles.getFirst(),
                        QueryParameters.of("tab", CaseFileTimeline.TAB)));
            }
        });
        return grid;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        applyingUrl = true;
        from.setValue(parameters.getSingleParameter("from").flatMap(value -> parse(value, LocalDate::parse))
                .orElse(null));
        to.setValue(parameters.getSingleParameter("to").flatMap(value -> parse(value, LocalDate::parse))
                .orElse(null));
        type.setValue(parameters.getSingleParameter("type").flatMap(value -> parse(value, ConsultationType::valueOf))
                .orElse(null));
        purpose.setValue(parameters.getSingleParameter("purpose")
                .flatMap(value -> parse(value, ConsultationPurpose::valueOf)).orElse(null));
        practice.setValue(parameters.getSingleParameter("practice").flatMap(value -> parse(value, UUID::fromString))
                .orElse(null));
        applyingUrl = false;
        refresh();
    }

    private void filtersChanged() {
        if (applyingUrl) {
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (from.getValue() != null) {
            parameters.put("from", from.getValue().toString());
        }
        if (to.getValue() != null) {
            parameters.put("to", to.getValue().toString());
        }
        if (type.getValue() != null) {
            parameters.put("type", type.getValue().name());
        }
        if (purpose.getValue() != null) {
            parameters.put("purpose", purpose.getValue().name());
        }
        if (practice.getValue() != null) {
            parameters.put("practice", practice.getValue().toString());
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "consultations"
                + (parameters.isEmpty() ? "" : "?" + QueryParameters.simple(parameters).getQueryString())));
        refresh();
    }

    private void refresh() {
        var filter = new ConsultationFilter(from.getValue(), to.getValue(), type.getValue(), purpose.getValue(), null,
                null, null, null, practice.getValue());
        var items = new CursorItems<ConsultationSummary>(cursor -> {
            var page = consultations.list(filter, cursor, PAGE_SIZE);
            return new CursorPage<>(page.items(), page.nextCursor());
        });
        grid.setItems(items::fetch);
    }

    private static <T> Optional<T> parse(String value, Function<String, T> parser) {
        try {
            return Optional.of(parser.apply(value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultations.heading") + " | Inclusio";
    }
}
