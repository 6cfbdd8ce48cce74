package org.inclusio.feedback.ui;

import org.inclusio.shared.statistics.Cell;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.inclusio.feedback.FeedbackCategory;
import org.inclusio.feedback.FeedbackFigures;
import org.inclusio.feedback.FeedbackStatistics;
import org.inclusio.feedback.FeedbackType;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.ui.IsoCodes;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Feedback figures over a period (in the URL, the last twelve months unless chosen): counts by category, channel,
 * language and type, satisfaction and its trend, share answered, median days to answer, rumours per month. Cells
 * below the organisation's k read "fewer than k", never 0.
 */
@Route("feedback/figures")
@Menu(order = 54, icon = "vaadin:chart", title = "feedback.figures.menu")
@RolesAllowed({Roles.MANAGER, Roles.ORG_ADMIN})
class FeedbackFiguresView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FeedbackStatistics statistics;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div figures = new Div();
    private boolean applyingUrl;

    FeedbackFiguresView(FeedbackStatistics statistics) {
        this.statistics = statistics;
        from.setLabel(getTranslation("feedback.from"));
        from.setId("figures-from");
        to.setLabel(getTranslation("feedback.to"));
        to.setId("figures-to");
        from.addValueChangeListener(event -> periodChanged());
        to.addValueChangeListener(event -> periodChanged());
        var period = new FlexLayout(from, to);
        period.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        period.addClassName("list-filters");
        figures.setId("feedback-figures");
        figures.setWidthFull();
        add(new H2(getTranslation("feedback.figures.heading")), period, figures);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        applyingUrl = true;
        from.setValue(date(parameters, "from").orElse(LocalDate.now().minusMonths(12).plusDays(1)));
        to.setValue(date(parameters, "to").orElse(LocalDate.now()));
        applyingUrl = false;
        render();
    }

    private static java.util.Optional<LocalDate> date(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name).flatMap(value -> {
            try {
                return java.util.Optional.of(LocalDate.parse(value));
            } catch (RuntimeException e) {
                return java.util.Optional.empty();
            }
        });
    }

    private void periodChanged() {
        if (applyingUrl || from.getValue() == null || to.getValue() == null) {
            return;
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "feedback/figures?"
                + QueryParameters.simple(java.util.Map.of("from", from.getValue().toString(), "to",
                to.getValue().toString())).getQueryString()));
        render();
    }

    private void render() {
        figures.removeAll();
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            figures.add(new Paragraph(getTranslation("feedback.figures.period-invalid")));
            return;
        }
        FeedbackFigures result = statistics.figures(from.getValue(), to.getValue());
        int k = result.smallCellThreshold();
        var summary = new Div(
                figure("figures-total", "feedback.figures.total", count(result.total(), k)),
                figure("figures-satisfaction", "feedback.figures.average-satisfaction",
                        result.averageSatisfaction() == null ? suppressedOrNone(result.total(), k)
                                : String.format(getLocale(), "%.1f / 5", result.averageSatisfaction())),
                figure("figures-answered", "feedback.figures.share-answered",
                        result.shareAnswered() == null ? suppressedOrNone(result.total(), k)
                                : String.format(getLocale(), "%.0f %%", result.shareAnswered() * 100)),
                figure("figures-median", "feedback.figures.median-days",
                        result.medianDaysToAnswer() == null ? suppressedOrNone(result.total(), k)
                                : String.format(getLocale(), "%.1f", result.medianDaysToAnswer())));
        summary.addClassName("feedback-figures-summary");
        var breakdowns = new FlexLayout(
                breakdown("figures-by-category", "feedback.category", result.byCategory(), k,
                        key -> enumLabel(FeedbackCategory.class, "feedback.category.", key)),
                breakdown("figures-by-type", "feedback.type", result.byType(), k,
                        key -> enumLabel(FeedbackType.class, "feedback.type.", key)),
                breakdown("figures-by-channel", "feedback.channel", result.byChannel(), k, Function.identity()),
                breakdown("figures-by-language", "feedback.language", result.byLanguage(), k,
                        code -> IsoCodes.languageName(code, getLocale())));
        breakdowns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        breakdowns.getStyle().set("gap", "var(--lumo-space-l)");
        figures.add(new Paragraph(getTranslation("feedback.figures.suppression", k)), summary, breakdowns,
                trend("figures-satisfaction-trend", "feedback.figures.satisfaction-trend", result.satisfactionTrend(),
                        5),
                trend("figures-rumours-trend", "feedback.figures.rumours-trend", result.rumoursTrend(),
                        result.rumoursTrend().stream().map(FeedbackFigures.Month::value)
                                .filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).max()
                                .orElse(1)));
    }

    private Div figure(String id, String label, String value) {
        var number = new Span(value);
        number.setId(id);
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("display", "block");
        var box = new Div(number, new Span(getTranslation(label)));
        box.getStyle().set("display", "inline-block").set("margin-inline-end", "var(--lumo-space-xl)");
        return box;
    }

    private String count(@Nullable Long value, int k) {
        return value == null ? getTranslation("feedback.figures.fewer-than", k) : String.valueOf(value);
    }

    /** A derived figure is null when its base is suppressed, or when there was nothing to derive it from. */
    private String suppressedOrNone(@Nullable Long total, int k) {
        return total == null ? getTranslation("feedback.figures.fewer-than", k) : "—";
    }

    private <E extends Enum<E>> String enumLabel(Class<E> type, String prefix, String key) {
        if (key.equals("UNCODED")) {
            return getTranslation("feedback.not-coded");
        }
        return Arrays.stream(type.getEnumConstants()).anyMatch(constant -> constant.name().equals(key))
                ? getTranslation(prefix + key) : key;
    }

    private Div breakdown(String id, String heading, List<Cell> cells, int k,
                          Function<String, String> label) {
        var grid = new Grid<Cell>();
        grid.setId(id);
        grid.addColumn(cell -> label.apply(cell.key())).setHeader(getTranslation(heading)).setFlexGrow(1);
        grid.addColumn(cell -> count(cell.count(), k)).setHeader(getTranslation("feedback.figures.count"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(cells);
        grid.setAllRowsVisible(true);
        grid.setWidth("22em");
        grid.setEmptyStateText(getTranslation("feedback.figures.none"));
        return new Div(new H3(getTranslation(heading)), grid);
    }

    private Div trend(String id, String heading, List<FeedbackFigures.Month> months, double scale) {
        var dates = DateTimeFormatter.ofPattern("LLL yyyy", getLocale());
        var grid = new Grid<FeedbackFigures.Month>();
        grid.setId(id);
        grid.addColumn(month -> dates.format(month.month())).setHeader(getTranslation("feedback.figures.month"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(month -> month.value() == null ? "—" : String.format(getLocale(), "%.1f", month.value()))
                .setHeader(getTranslation("feedback.figures.value")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(month -> {
            var bar = new Div();
            double share = month.value() == null || scale <= 0 ? 0 : Math.min(1, month.value() / scale);
            bar.getStyle().set("height", "0.8em").set("background", "var(--lumo-primary-color)")
                    .set("width", String.format(java.util.Locale.ROOT, "%.0f%%", share * 100));
            return bar;
        }).setFlexGrow(1);
        grid.setItems(months);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("feedback.figures.none"));
        return new Div(new H3(getTranslation(heading)), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.figures.heading") + " | Inclusio";
    }
}
