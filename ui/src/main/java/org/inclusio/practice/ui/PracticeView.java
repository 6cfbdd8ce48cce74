package org.inclusio.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.inclusio.practice.Indicator;
import org.inclusio.practice.IndicatorService;
import org.inclusio.practice.Objective;
import org.inclusio.practice.ObjectiveId;
import org.inclusio.practice.Practice;
import org.inclusio.practice.PracticeId;
import org.inclusio.practice.PracticeService;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.ui.IsoCodes;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One practice: what it is, its partners and funding, and its results framework, each indicator with where it
 * stands against its target. Managers edit the practice, add and correct indicators and record measurements here.
 */
@Route("practices/:practice([0-9a-fA-F-]{36})")
@RolesAllowed({Roles.CASEWORKER, Roles.INTERCULTURAL_WORKER, Roles.MANAGER, Roles.PROTECTION_FOCAL_POINT,
        Roles.ORG_ADMIN})
class PracticeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PracticeService practices;
    private final IndicatorService indicators;
    private final Grid<Indicator> grid = new Grid<>();
    private final DateTimeFormatter dates;
    private final NumberFormat numbers;
    private @Nullable Practice practice;

    PracticeView(PracticeService practices, IndicatorService indicators) {
        this.practices = practices;
        this.indicators = indicators;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        this.numbers = NumberFormat.getNumberInstance(getLocale());
        setMaxWidth("72em");
    }

    static RouteParameters parameters(PracticeId id) {
        return new RouteParameters("practice", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("practice").map(UUID::fromString).map(PracticeId::new)
                .orElseThrow(NotFoundException::new);
        try {
            practice = practices.get(id);
        } catch (org.inclusio.shared.NotFoundException e) {
            throw new NotFoundException();
        }
        render(practice);
    }

    private void render(Practice shown) {
        removeAll();
        var back = new Button(getTranslation("practice.back"), VaadinIcon.ARROW_LEFT.create(),
                event -> getUI().ifPresent(ui -> ui.navigate(PracticesView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var heading = new H2(shown.name());
        heading.setId("practice-heading");
        var status = new Span(getTranslation("practice.status." + shown.status().name()));
        status.getElement().getThemeList().add("badge");
        add(back, new HorizontalLayout(heading, status));
        if (PracticeAccess.mayManage()) {
            var edit = new Button(getTranslation("practice.edit"), VaadinIcon.EDIT.create(),
                    event -> getUI().ifPresent(ui -> ui.navigate("practices/" + shown.id() + "/edit")));
            edit.setId("edit-practice");
            add(edit);
        }
        add(facts(shown));
        add(new H3(getTranslation("practice.results-framework")));
        if (PracticeAccess.mayManage()) {
            var define = new Button(getTranslation("practice.indicator.add"), VaadinIcon.PLUS.create(),
                    event -> new IndicatorDialog(indicators, shown, null, this::refresh).open());
            define.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            define.setId("add-indicator");
            add(define);
        }
        add(indicatorGrid(shown));
    }

    private Component facts(Practice shown) {
        var facts = new Div();
        facts.addClassName("practice-facts");
        if (shown.description() != null) {
            facts.add(new Paragraph(shown.description()));
        }
        facts.add(fact("practice.period", dates.format(shown.startsOn()) + " – " + (shown.endsOn() == null
                ? getTranslation("practice.open-ended") : dates.format(shown.endsOn()))));
        if (!shown.targetGroups().isEmpty()) {
            facts.add(fact("practice.target-groups", String.join(", ", shown.targetGroups())));
        }
        if (!shown.languages().isEmpty()) {
            facts.add(fact("practice.languages", shown.languages().stream()
                    .map(code -> IsoCodes.languageName(code, getLocale())).collect(Collectors.joining(", "))));
        }
        var partners = new UnorderedList();
        partners.setId("practice-partners");
        shown.partners().forEach(partner -> partners.add(new ListItem(partner.name() + " · "
                + getTranslation("practice.partner.type." + partner.type().name())
                + (partner.role() == null ? "" : " · " + partner.role()))));
        var funding = new UnorderedList();
        funding.setId("practice-funding");
        shown.funding().forEach(source -> funding.add(new ListItem(source.funder() + " · "
                + getTranslation("practice.funding.type." + source.type().name())
                + (source.amount() == null ? "" : " · " + numbers.format(source.amount()) + " " + source.currency()))));
        facts.add(new H3(getTranslation("practice.partners")), shown.partners().isEmpty()
                ? new Paragraph(getTranslation("practice.partners.none")) : partners);
        facts.add(new H3(getTranslation("practice.funding")), shown.funding().isEmpty()
                ? new Paragraph(getTranslation("practice.funding.none")) : funding);
        return facts;
    }

    private Paragraph fact(String key, String value) {
        var label = new Span(getTranslation(key) + ": ");
        label.getStyle().set("font-weight", "600");
        return new Paragraph(label, new Span(value));
    }

    private Grid<Indicator> indicatorGrid(Practice shown) {
        Map<ObjectiveId, String> objectives = shown.objectives().stream()
                .collect(Collectors.toMap(Objective::id, Objective::text));
        grid.removeAllColumns();
        grid.setId("indicators");
        grid.addColumn(row -> row.objective() == null ? getTranslation("practice.objective.whole")
                        : objectives.getOrDefault(row.objective(), ""))
                .setHeader(getTranslation("practice.objective")).setFlexGrow(1).setAutoWidth(true);
        grid.addColumn(Indicator::name).setHeader(getTranslation("practice.indicator")).setFlexGrow(1)
                .setAutoWidth(true);
        grid.addColumn(row -> numbers.format(row.target()) + " " + row.unit())
                .setHeader(getTranslation("practice.indicator.target")).setAutoWidth(true);
        grid.addComponentColumn(this::progress).setHeader(getTranslation("practice.indicator.actual"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.metric() != null
                        ? getTranslation("practice.metric." + row.metric().name())
                        : getTranslation("practice.indicator.by-hand") + (row.source() == null ? ""
                        : " · " + row.source()))
                .setHeader(getTranslation("practice.indicator.how")).setAutoWidth(true);
        if (PracticeAccess.mayManage()) {
            grid.addComponentColumn(row -> actions(shown, row)).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(indicators.list(shown.id()));
        grid.setEmptyStateText(getTranslation("practice.indicator.none"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component progress(Indicator row) {
        var shown = new Div();
        shown.addClassName("indicator-progress");
        if (row.actual() == null) {
            shown.add(new Span(getTranslation("practice.indicator.not-yet")));
            return shown;
        }
        var text = new Span(numbers.format(row.actual()) + (row.progress() == null ? ""
                : " (" + row.progress().movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP) + " %)"));
        if (row.progress() != null) {
            var bar = new ProgressBar(0, 1, row.progress().min(BigDecimal.ONE).doubleValue());
            bar.getElement().setAttribute("aria-label", row.name());
            if (row.progress().compareTo(BigDecimal.ONE) >= 0) {
                bar.addThemeName("success");
            }
            shown.add(bar);
        }
        shown.add(text);
        shown.setTitle(getTranslation("practice.indicator.as-of", dates.format(row.actualAsOf())));
        return shown;
    }

    private Component actions(Practice shown, Indicator row) {
        var edit = new Button(VaadinIcon.EDIT.create(),
                event -> new IndicatorDialog(indicators, shown, row, this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("practice.indicator.edit") + ": " + row.name());
        var layout = new HorizontalLayout(edit);
        if (row.metric() == null) {
            var measure = new Button(getTranslation("practice.measurement.add"),
                    event -> new MeasurementDialog(indicators, shown.id(), row, this::refresh).open());
            measure.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            measure.addClassName("record-measurement");
            layout.addComponentAsFirst(measure);
        }
        layout.setSpacing(false);
        return layout;
    }

    private void refresh() {
        if (practice != null) {
            grid.setItems(indicators.list(practice.id()));
        }
    }

    @Override
    public String getPageTitle() {
        return (practice == null ? "" : practice.name()) + " | Inclusio";
    }
}
