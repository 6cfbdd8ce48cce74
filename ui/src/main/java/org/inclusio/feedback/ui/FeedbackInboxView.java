package org.inclusio.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import org.inclusio.feedback.Feedback;
import org.inclusio.feedback.FeedbackCategory;
import org.inclusio.feedback.FeedbackChannel;
import org.inclusio.feedback.FeedbackChannelId;
import org.inclusio.feedback.FeedbackChannelService;
import org.inclusio.feedback.FeedbackFilter;
import org.inclusio.feedback.FeedbackService;
import org.inclusio.feedback.FeedbackStatus;
import org.inclusio.feedback.FeedbackType;
import org.inclusio.practice.PracticeField;
import org.inclusio.practice.PracticeService;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.ui.CursorItems;
import org.inclusio.shared.ui.IsoCodes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The organisation's feedback, newest first, fetched page by page as the list scrolls; filtered by channel, category,
 * rating, status, language, dates, type and "overdue only", with every filter in the URL. Sensitive reports are in
 * the list only for protection focal points; everyone else reads how many there are.
 */
@Route("feedback")
@Menu(order = 50, icon = "vaadin:envelope-open-o", title = "feedback.menu")
@RolesAllowed({Roles.MANAGER, Roles.CASEWORKER, Roles.PROTECTION_FOCAL_POINT})
class FeedbackInboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 50;

    private final FeedbackService feedback;
    private final List<FeedbackChannel> channelList;
    private final Select<FeedbackChannelId> channel = new Select<>();
    private final Select<FeedbackCategory> category = new Select<>();
    private final Select<Integer> rating = new Select<>();
    private final Select<FeedbackStatus> status = new Select<>();
    private final Select<String> language = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<FeedbackType> type = new Select<>();
    private final Checkbox overdueOnly = new Checkbox();
    private final PracticeField practice;
    private final Paragraph hiddenSensitive = new Paragraph();
    private final Grid<Feedback> grid = new Grid<>();
    private boolean applyingUrl;

    FeedbackInboxView(FeedbackService feedback, FeedbackChannelService channels, PracticeService practices) {
        this.practice = new PracticeField(practices);
        this.feedback = feedback;
        this.channelList = channels.list();
        var header = new HorizontalLayout(new H2(getTranslation("feedback.inbox.heading")));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        var enter = new Button(getTranslation("feedback.intake.open"), VaadinIcon.PLUS.create(),
                event -> getUI().ifPresent(ui -> ui.navigate(FeedbackIntakeView.class)));
        enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enter.setId("feedback-enter");
        header.add(enter);
        hiddenSensitive.setId("feedback-hidden-sensitive");
        hiddenSensitive.setVisible(false);
        add(header, filters(), hiddenSensitive, grid());
        setFlexGrow(1, grid);
        setSizeFull();
        addClassName("feedback-inbox");
    }

    private FlexLayout filters() {
        channel.setLabel(getTranslation("feedback.channel"));
        channel.setItems(channelList.stream().map(FeedbackChannel::id).toList());
        anyAllowed(channel, id -> channelList.stream().filter(c -> c.id().equals(id)).findFirst()
                .map(c -> c.details().name()).orElse(id.toString()));
        channel.setId("feedback-filter-channel");
        category.setLabel(getTranslation("feedback.category"));
        category.setItems(FeedbackCategory.values());
        anyAllowed(category, value -> getTranslation("feedback.category." + value.name()));
        category.setId("feedback-filter-category");
        rating.setLabel(getTranslation("feedback.satisfaction"));
        rating.setItems(IntStream.rangeClosed(1, 5).boxed().toList());
        anyAllowed(rating, value -> getTranslation("feedback.satisfaction." + value));
        rating.setId("feedback-filter-rating");
        status.setLabel(getTranslation("feedback.status"));
        status.setItems(FeedbackStatus.values());
        anyAllowed(status, value -> getTranslation("feedback.status." + value.name()));
        status.setId("feedback-filter-status");
        language.setLabel(getTranslation("feedback.language"));
        language.setItems(channelList.stream().flatMap(c -> c.details().languages().stream()).distinct().sorted()
                .toList());
        anyAllowed(language, code -> IsoCodes.languageName(code, getLocale()));
        language.setId("feedback-filter-language");
        from.setLabel(getTranslation("feedback.from"));
        from.setId("feedback-filter-from");
        to.setLabel(getTranslation("feedback.to"));
        to.setId("feedback-filter-to");
        type.setLabel(getTranslation("feedback.type"));
        type.setItems(FeedbackType.values());
        anyAllowed(type, value -> getTranslation("feedback.type." + value.name()));
        type.setId("feedback-filter-type");
        overdueOnly.setLabel(getTranslation("feedback.overdue-only"));
        overdueOnly.setId("feedback-filter-overdue");
        List.of(channel, category, rating, status, language, type)
                .forEach(select -> select.addValueChangeListener(event -> filtersChanged()));
        from.addValueChangeListener(event -> filtersChanged());
        to.addValueChangeListener(event -> filtersChanged());
        overdueOnly.addValueChangeListener(event -> filtersChanged());
        practice.setId("feedback-practice");
        practice.addValueChangeListener(event -> filtersChanged());
        var filters = new FlexLayout(channel, category, rating, status, language, from, to, type, practice,
                overdueOnly);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("list-filters");
        return filters;
    }

    private <T> void anyAllowed(Select<T> select, Function<T, String> label) {
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("feedback.any"));
        select.setItemLabelGenerator(value -> value == null ? getTranslation("feedback.any") : label.apply(value));
    }

    private Grid<Feedback> grid() {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.setId("feedback-grid");
        grid.addColumn(item -> dates.format(item.receivedOn())).setHeader(getTranslation("feedback.received-on"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> getTranslation("feedback.category." + item.category().name()))
                .setHeader(getTranslation("feedback.category")).setAutoWidth(true);
        grid.addColumn(item -> item.satisfaction() == null ? "" : item.satisfaction() + " / 5")
                .setHeader(getTranslation("feedback.satisfaction")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> excerpt(item.comment())).setHeader(getTranslation("feedback.comment"))
                .setWidth("16em").setFlexGrow(3);
        grid.addComponentColumn(item -> {
            var label = new Span(getTranslation("feedback.status." + item.status().name()));
            if (item.overdue()) {
                var overdue = new Span(getTranslation("feedback.overdue"));
                overdue.getElement().getThemeList().add("badge error");
                return new HorizontalLayout(label, overdue);
            }
            return label;
        }).setHeader(getTranslation("feedback.status")).setAutoWidth(true);
        grid.addColumn(item -> IsoCodes.languageName(item.language(), getLocale()))
                .setHeader(getTranslation("feedback.language")).setAutoWidth(true);
        grid.addColumn(Feedback::channelName).setHeader(getTranslation("feedback.channel")).setAutoWidth(true);
        grid.setMinHeight("20em");
        grid.setEmptyStateText(getTranslation("feedback.inbox.empty"));
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(FeedbackDetailView.class,
                FeedbackDetailView.parameters(event.getItem().id()))));
        return grid;
    }

    static String excerpt(String comment) {
        if (comment == null) {
            return "";
        }
        String line = comment.replaceAll("\\s+", " ").strip();
        return line.length() > 120 ? line.substring(0, 119) + "…" : line;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        applyingUrl = true;
        channel.setValue(single(parameters, "channel", value -> new FeedbackChannelId(UUID.fromString(value)))
                .filter(id -> channelList.stream().anyMatch(c -> c.id().equals(id))).orElse(null));
        category.setValue(single(parameters, "category", FeedbackCategory::valueOf).orElse(null));
        rating.setValue(single(parameters, "rating", Integer::valueOf).filter(value -> value >= 1 && value <= 5)
                .orElse(null));
        status.setValue(single(parameters, "status", FeedbackStatus::valueOf).orElse(null));
        language.setValue(single(parameters, "language", Function.identity())
                .filter(code -> language.getListDataView().contains(code)).orElse(null));
        from.setValue(single(parameters, "from", LocalDate::parse).orElse(null));
        to.setValue(single(parameters, "to", LocalDate::parse).orElse(null));
        type.setValue(single(parameters, "type", FeedbackType::valueOf).orElse(null));
        practice.setValue(single(parameters, "practice", UUID::fromString).orElse(null));
        overdueOnly.setValue(single(parameters, "overdue", Boolean::parseBoolean).orElse(false));
        applyingUrl = false;
        refresh();
    }

    private static <T> Optional<T> single(QueryParameters parameters, String name, Function<String, T> parser) {
        return parameters.getSingleParameter(name).flatMap(value -> {
            try {
                return Optional.of(parser.apply(value));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    private void filtersChanged() {
        if (applyingUrl) {
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "channel", channel.getValue());
        put(parameters, "category", category.getValue());
        put(parameters, "rating", rating.getValue());
        put(parameters, "status", status.getValue());
        put(parameters, "language", language.getValue());
        put(parameters, "from", from.getValue());
        put(parameters, "to", to.getValue());
        put(parameters, "type", type.getValue());
        put(parameters, "practice", practice.getValue());
        if (overdueOnly.getValue()) {
            parameters.put("overdue", "true");
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "feedback"
                + (parameters.isEmpty() ? "" : "?" + QueryParameters.simple(parameters).getQueryString())));
        refresh();
    }

    private static void put(Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value instanceof Enum<?> constant ? constant.name() : value.toString());
        }
    }

    private void refresh() {
        var filter = new FeedbackFilter(channel.getValue(), category.getValue(), rating.getValue(),
                status.getValue(), language.getValue(), from.getValue(), to.getValue(), type.getValue(),
                overdueOnly.getValue(), practice.getValue());
        grid.setItems(new CursorItems<>(cursor -> feedback.list(filter, cursor, PAGE_SIZE))::fetch);
        long hidden = feedback.hiddenSensitiveCount();
        hiddenSensitive.setText(getTranslation("feedback.hidden-sensitive", hidden));
        hiddenSensitive.setVisible(hidden > 0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.inbox.heading") + " | Inclusio";
    }
}
