package org.inclusio.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.inclusio.feedback.Feedback;
import org.inclusio.feedback.FeedbackFilter;
import org.inclusio.feedback.FeedbackId;
import org.inclusio.feedback.FeedbackService;
import org.inclusio.feedback.YouSaidWeDid;
import org.inclusio.feedback.YouSaidWeDidService;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.StaleVersionException;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.ui.IsoCodes;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The "you said, we did" entries: what people said and what changed, per language, with the feedback behind them
 * (staff only). Managers write them; they appear on the organisation's public page from their day of publication.
 */
@Route("feedback/you-said-we-did")
@Menu(order = 53, icon = "vaadin:megaphone", title = "feedback.yswd.menu")
@RolesAllowed({Roles.MANAGER, Roles.CASEWORKER, Roles.PROTECTION_FOCAL_POINT})
class YouSaidWeDidView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String NEW = "new";

    private final YouSaidWeDidService entries;
    private final FeedbackService feedback;
    private final Grid<YouSaidWeDid> grid = new Grid<>();
    private final Div editor = new Div();
    private List<YouSaidWeDid> entryList = List.of();

    YouSaidWeDidView(YouSaidWeDidService entries, FeedbackService feedback) {
        this.entries = entries;
        this.feedback = feedback;
        var header = new HorizontalLayout(new H2(getTranslation("feedback.yswd.heading")));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        if (FeedbackAccess.mayManage()) {
            var add = new Button(getTranslation("feedback.yswd.new"), VaadinIcon.PLUS.create(), event -> select(NEW));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("yswd-new");
            header.add(add);
        }
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.setId("yswd-grid");
        grid.addColumn(entry -> dates.format(entry.publishedOn())).setHeader(getTranslation("feedback.yswd.published-on"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> title(entry, getLocale())).setHeader(getTranslation("feedback.yswd.you-said"))
                .setFlexGrow(1);
        grid.addColumn(entry -> inLanguage(entry.details().weDid(), getLocale()))
                .setHeader(getTranslation("feedback.yswd.we-did")).setFlexGrow(1);
        grid.addColumn(entry -> entry.basedOn().size()).setHeader(getTranslation("feedback.yswd.based-on"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("feedback.yswd.empty"));
        if (FeedbackAccess.mayManage()) {
            grid.addItemClickListener(event -> select(event.getItem().id().toString()));
        }
        editor.setId("yswd-editor");
        editor.setWidthFull();
        add(header, grid, editor);
        setWidthFull();
    }

    /** What people said, in the reader's language where the entry has it. */
    static String title(YouSaidWeDid entry, Locale locale) {
        return inLanguage(entry.details().youSaid(), locale);
    }

    private static String inLanguage(Map<String, String> texts, Locale locale) {
        String text = texts.getOrDefault(locale.getLanguage(), texts.getOrDefault("en",
                texts.values().stream().findFirst().orElse("")));
        return FeedbackInboxView.excerpt(text);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        entryList = entries.list();
        grid.setItems(entryList);
        show(event.getLocation().getQueryParameters().getSingleParameter("entry").orElse(null));
    }

    private void select(@Nullable String entry) {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "feedback/you-said-we-did"
                + (entry == null ? "" : "?" + QueryParameters.of("entry", entry).getQueryString())));
        show(entry);
    }

    private void show(@Nullable String selection) {
        editor.removeAll();
        if (!FeedbackAccess.mayManage()) {
            return;
        }
        if (NEW.equals(selection)) {
            editor.add(form(null));
            return;
        }
        entryList.stream().filter(entry -> entry.id().toString().equals(selection)).findFirst()
                .ifPresent(entry -> editor.add(form(entry)));
    }

    private Div form(@Nullable YouSaidWeDid entry) {
        var languages = new MultiSelectComboBox<String>(getTranslation("feedback.channel.languages"));
        languages.setItems(FeedbackChannelsView.PUBLIC_LANGUAGES);
        languages.setItemLabelGenerator(code -> IsoCodes.languageName(code, getLocale()));
        languages.setId("yswd-languages");
        var publishedOn = new DatePicker(getTranslation("feedback.yswd.published-on"),
                entry == null ? LocalDate.now() : entry.publishedOn());
        publishedOn.setId("yswd-published-on");
        List<Feedback> recent = feedback.list(FeedbackFilter.NONE, null, 200).items();
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        var basedOn = new MultiSelectComboBox<FeedbackId>(getTranslation("feedback.yswd.based-on"));
        var known = new LinkedHashSet<FeedbackId>();
        recent.forEach(item -> known.add(item.id()));
        if (entry != null) {
            known.addAll(entry.basedOn());
        }
        basedOn.setItems(known);
        basedOn.setItemLabelGenerator(id -> recent.stream().filter(item -> item.id().equals(id)).findFirst()
                .map(item -> dates.format(item.receivedOn()) + " · "
                        + getTranslation("feedback.category." + item.category().name()) + " · "
                        + FeedbackInboxView.excerpt(item.comment()))
                .orElse(id.toString()));
        basedOn.setWidthFull();
        basedOn.setId("yswd-based-on");
        var texts = new Div();
        Map<String, TextArea[]> fields = new LinkedHashMap<>();
        Runnable layoutTexts = () -> {
            Map<String, String[]> typed = new LinkedHashMap<>();
            fields.forEach((language, pair) -> typed.put(language,
                    new String[]{pair[0].getValue(), pair[1].getValue()}));
            fields.clear();
            texts.removeAll();
            FeedbackChannelsView.PUBLIC_LANGUAGES.stream().filter(languages.getValue()::contains).forEach(language -> {
                String name = IsoCodes.languageName(language, getLocale());
                var youSaid = new TextArea(getTranslation("feedback.yswd.you-said.in", name));
                youSaid.setMaxLength(1000);
                youSaid.setWidthFull();
                youSaid.setId("yswd-you-said-" + language);
                var weDid = new TextArea(getTranslation("feedback.yswd.we-did.in", name));
                weDid.setMaxLength(2000);
                weDid.setWidthFull();
                weDid.setId("yswd-we-did-" + language);
                String[] before = typed.get(language);
                youSaid.setValue(before != null ? before[0]
                        : entry == null ? "" : entry.details().youSaid().getOrDefault(language, ""));
                weDid.setValue(before != null ? before[1]
                        : entry == null ? "" : entry.details().weDid().getOrDefault(language, ""));
                fields.put(language, new TextArea[]{youSaid, weDid});
                texts.add(youSaid, weDid);
            });
        };
        languages.setValue(entry == null ? List.of(getLocale().getLanguage().equals("cs") ? "cs" : "en")
                : new LinkedHashSet<>(entry.details().youSaid().keySet()));
        layoutTexts.run();
        languages.addValueChangeListener(event -> layoutTexts.run());
        if (entry != null) {
            basedOn.setValue(entry.basedOn());
        }
        var message = new Div();
        message.setId("yswd-message");
        var save = new Button(getTranslation("feedback.yswd.save"), event -> {
            Map<String, String> youSaid = new LinkedHashMap<>();
            Map<String, String> weDid = new LinkedHashMap<>();
            fields.forEach((language, pair) -> {
                if (!pair[0].getValue().isBlank()) {
                    youSaid.put(language, pair[0].getValue().strip());
                }
                if (!pair[1].getValue().isBlank()) {
                    weDid.put(language, pair[1].getValue().strip());
                }
            });
            message.removeAll();
            if (youSaid.isEmpty() || weDid.isEmpty() || publishedOn.getValue() == null) {
                message.add(new Div(getTranslation("feedback.yswd.incomplete")));
                return;
            }
            var details = new YouSaidWeDid.Details(youSaid, weDid, publishedOn.getValue(),
                    List.copyOf(basedOn.getValue()));
            try {
                YouSaidWeDid saved = entry == null ? entries.publish(details)
                        : entries.update(entry.id(), entry.version(), details);
                entryList = entries.list();
                grid.setItems(entryList);
                select(saved.id().toString());
            } catch (StaleVersionException | org.springframework.dao.OptimisticLockingFailureException e) {
                message.add(new Div(getTranslation("feedback.stale")));
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> message.add(new Div(error.message())));
            } catch (ConstraintViolationException e) {
                e.getConstraintViolations().forEach(violation -> message.add(new Div(violation.getMessage())));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("yswd-save");
        return new Div(new H3(getTranslation(entry == null ? "feedback.yswd.new" : "feedback.yswd.edit")),
                languages, publishedOn, texts, basedOn, message, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.yswd.heading") + " | Inclusio";
    }
}
