package org.inclusio.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.inclusio.feedback.ChannelDetails;
import org.inclusio.feedback.FeedbackChannel;
import org.inclusio.feedback.FeedbackChannelService;
import org.inclusio.feedback.FeedbackPosters;
import org.inclusio.feedback.Question;
import org.inclusio.feedback.QuestionKind;
import org.inclusio.practice.PracticeField;
import org.inclusio.practice.PracticeService;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.StaleVersionException;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.ui.IsoCodes;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The organisation's feedback channels: languages, whether open today, the survey round and when the next is due;
 * below the list the selected channel (in the URL) with its public address, its poster and its editor.
 */
@Route("feedback/channels")
@Menu(order = 52, icon = "vaadin:qrcode", title = "feedback.channels.menu")
@RolesAllowed({Roles.MANAGER, Roles.ORG_ADMIN})
class FeedbackChannelsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The languages the public pages are written in. */
    static final List<String> PUBLIC_LANGUAGES =
            List.of("en", "ar", "fa", "uk", "ru", "fr", "es", "tr", "so", "ti", "ps", "cs");
    private static final String NEW = "new";

    private final FeedbackChannelService channels;
    private final PracticeService practices;
    private final FeedbackPosters posters;
    private final Grid<FeedbackChannel> grid = new Grid<>();
    private final Div editor = new Div();
    private List<FeedbackChannel> channelList = List.of();

    FeedbackChannelsView(FeedbackChannelService channels, FeedbackPosters posters, PracticeService practices) {
        this.channels = channels;
        this.practices = practices;
        this.posters = posters;
        var add = new Button(getTranslation("feedback.channels.new"), VaadinIcon.PLUS.create(),
                event -> select(NEW));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("channels-new");
        var header = new HorizontalLayout(new H2(getTranslation("feedback.channels.heading")), add);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        editor.setId("channel-editor");
        editor.setWidthFull();
        add(header, grid(), editor);
        setWidthFull();
        addClassName("feedback-channels");
    }

    private Grid<FeedbackChannel> grid() {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.setId("channels-grid");
        grid.addColumn(channel -> channel.details().name()).setHeader(getTranslation("feedback.channel.name"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(channel -> String.join(", ", channel.details().languages()))
                .setHeader(getTranslation("feedback.channel.languages")).setAutoWidth(true);
        grid.addColumn(channel -> getTranslation(channel.open() ? "feedback.channel.open" : "feedback.channel.closed"))
                .setHeader(getTranslation("feedback.channel.state")).setAutoWidth(true);
        grid.addColumn(channel -> channel.currentRound() == null ? "—"
                        : getTranslation("feedback.channel.round", dates.format(channel.currentRound().startsOn()),
                        dates.format(channel.currentRound().endsOn()), channel.currentRound().submissions()))
                .setHeader(getTranslation("feedback.channel.current-round")).setAutoWidth(true);
        grid.addColumn(channel -> channel.nextRoundOn() == null ? "—" : dates.format(channel.nextRoundOn()))
                .setHeader(getTranslation("feedback.channel.next-round")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("feedback.channels.empty"));
        grid.addItemClickListener(event -> select(event.getItem().id().toString()));
        return grid;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        channelList = channels.list();
        grid.setItems(channelList);
        show(event.getLocation().getQueryParameters().getSingleParameter("channel").orElse(null));
    }

    private void select(@Nullable String channel) {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "feedback/channels"
                + (channel == null ? "" : "?" + QueryParameters.of("channel", channel).getQueryString())));
        show(channel);
    }

    private void show(@Nullable String selection) {
        editor.removeAll();
        if (NEW.equals(selection)) {
            editor.add(form(null));
            return;
        }
        channelList.stream().filter(channel -> channel.id().toString().equals(selection)).findFirst()
                .ifPresentOrElse(channel -> {
                    grid.select(channel);
                    editor.add(publicLinks(channel), form(channel));
                }, grid::deselectAll);
    }

    private Div publicLinks(FeedbackChannel channel) {
        String url = channel.publicUrl().toString();
        var address = new TextField(getTranslation("feedback.channel.public-url"));
        address.setValue(url);
        address.setReadOnly(true);
        address.setWidthFull();
        address.setId("channel-public-url");
        var copy = new Button(getTranslation("feedback.channel.copy"), VaadinIcon.COPY.create(),
                event -> event.getSource().getElement().executeJs("navigator.clipboard.writeText($0)", url));
        copy.setId("channel-copy");
        var poster = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = posters.poster(channel.id());
            return new DownloadResponse(new ByteArrayInputStream(pdf), "feedback-poster.pdf", "application/pdf",
                    pdf.length);
        }), "");
        poster.getElement().setAttribute("download", true);
        var posterButton = new Button(getTranslation("feedback.channel.poster"), VaadinIcon.DOWNLOAD.create());
        poster.add(posterButton);
        poster.setId("channel-poster");
        var row = new HorizontalLayout(address, copy, poster);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setFlexGrow(1, address);
        row.setWidthFull();
        row.setWrap(true);
        return new Div(new H3(channel.details().name()), row);
    }

    private Div form(@Nullable FeedbackChannel channel) {
        ChannelDetails details = channel == null ? new ChannelDetails("", null, List.of("en"), LocalDate.now(), null,
                null, List.of()) : channel.details();
        var name = new TextField(getTranslation("feedback.channel.name"));
        name.setMaxLength(200);
        name.setValue(details.name());
        name.setId("channel-name");
        var languages = new MultiSelectComboBox<String>(getTranslation("feedback.channel.languages"));
        languages.setItems(PUBLIC_LANGUAGES);
        languages.setItemLabelGenerator(code -> IsoCodes.languageName(code, getLocale()));
        languages.setValue(details.languages());
        languages.setId("channel-languages");
        var practice = new PracticeField(practices);
        practice.setValue(details.practice());
        practice.setId("channel-practice");
        var opensOn = new DatePicker(getTranslation("feedback.channel.opens-on"), details.opensOn());
        opensOn.setId("channel-opens-on");
        var closesOn = new DatePicker(getTranslation("feedback.channel.closes-on"), details.closesOn());
        closesOn.setId("channel-closes-on");
        var recurrence = new IntegerField(getTranslation("feedback.channel.recurrence"));
        recurrence.setHelperText(getTranslation("feedback.channel.recurrence.help"));
        recurrence.setMin(1);
        recurrence.setMax(24);
        recurrence.setValue(details.recurrenceMonths());
        recurrence.setId("channel-recurrence");
        var questions = new VerticalLayout();
        questions.setPadding(false);
        var questionEditors = new ArrayList<QuestionEditor>();
        details.questions().forEach(question -> {
            var questionEditor = new QuestionEditor(question, languagesInOrder(languages));
            questionEditors.add(questionEditor);
            questions.add(questionEditor);
        });
        languages.addValueChangeListener(event -> questionEditors.forEach(
                questionEditor -> questionEditor.languages(languagesInOrder(languages))));
        var addQuestion = new Button(getTranslation("feedback.question.add"), VaadinIcon.PLUS.create(), event -> {
            var questionEditor = new QuestionEditor(null, languagesInOrder(languages));
            questionEditors.add(questionEditor);
            questions.add(questionEditor);
        });
        addQuestion.setId("channel-add-question");
        var message = new Div();
        message.setId("channel-message");
        var save = new Button(getTranslation("feedback.channel.save"), event -> {
            var command = new ChannelDetails(name.getValue().strip(), practice.getValue(),
                    languagesInOrder(languages), opensOn.getValue(), closesOn.getValue(), recurrence.getValue(),
                    questionEditors.stream().filter(QuestionEditor::isAttached).map(QuestionEditor::question)
                            .toList());
            message.removeAll();
            try {
                FeedbackChannel saved = channel == null ? channels.create(command)
                        : channels.update(channel.id(), channel.version(), command);
                channelList = channels.list();
                grid.setItems(channelList);
                select(saved.id().toString());
            } catch (StaleVersionException | org.springframework.dao.OptimisticLockingFailureException e) {
                message.add(new Span(getTranslation("feedback.stale")));
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> message.add(new Div(error.field() + ": " + error.message())));
            } catch (ConstraintViolationException e) {
                e.getConstraintViolations().forEach(violation -> message.add(
                        new Div(violation.getPropertyPath() + ": " + violation.getMessage())));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("channel-save");
        var form = new FormLayout(name, languages, opensOn, closesOn, recurrence, practice);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        return new Div(new H3(getTranslation(channel == null ? "feedback.channels.new" : "feedback.channel.edit")),
                form, new H3(getTranslation("feedback.questions")), questions, addQuestion, message, save);
    }

    private static List<String> languagesInOrder(MultiSelectComboBox<String> languages) {
        return PUBLIC_LANGUAGES.stream().filter(languages.getValue()::contains).toList();
    }

    /**
     * One extra question: key, kind, its text per language and, for a single choice, the options per language, one
     * per line in the same order in every language.
     */
    private static final class QuestionEditor extends VerticalLayout {

        private final TextField key = new TextField();
        private final Select<QuestionKind> kind = new Select<>();
        private final Map<String, TextField> texts = new LinkedHashMap<>();
        private final Map<String, TextArea> choices = new LinkedHashMap<>();
        private final Div perLanguage = new Div();
        private final @Nullable Question original;

        QuestionEditor(@Nullable Question question, List<String> languages) {
            this.original = question;
            key.setLabel(getTranslation("feedback.question.key"));
            key.setHelperText(getTranslation("feedback.question.key.help"));
            key.setPattern("[a-z][a-z0-9-]{0,39}");
            key.setValue(question == null ? "" : question.key());
            kind.setLabel(getTranslation("feedback.question.kind"));
            kind.setItems(QuestionKind.values());
            kind.setItemLabelGenerator(value -> getTranslation("feedback.question.kind." + value.name()));
            kind.setValue(question == null ? QuestionKind.RATING : question.kind());
            kind.addValueChangeListener(event -> languages(List.copyOf(texts.keySet())));
            var remove = new Button(getTranslation("feedback.question.remove"), VaadinIcon.TRASH.create(),
                    event -> removeFromParent());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var row = new HorizontalLayout(key, kind, remove);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            add(row, perLanguage);
            setPadding(false);
            addClassName("question-editor");
            languages(languages);
        }

        void languages(List<String> languages) {
            var previousTexts = texts.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().getValue()));
            var previousChoices = choices.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().getValue()));
            texts.clear();
            choices.clear();
            perLanguage.removeAll();
            for (String language : languages) {
                String name = IsoCodes.languageName(language, getLocale());
                var text = new TextField(getTranslation("feedback.question.text", name));
                text.setMaxLength(300);
                text.setWidthFull();
                text.setValue(Objects.requireNonNullElse(previousTexts.get(language),
                        original == null ? "" : original.text().getOrDefault(language, "")));
                texts.put(language, text);
                perLanguage.add(text);
                if (kind.getValue() == QuestionKind.SINGLE_CHOICE) {
                    var options = new TextArea(getTranslation("feedback.question.choices", name));
                    options.setWidthFull();
                    options.setValue(Objects.requireNonNullElse(previousChoices.get(language), original == null ? ""
                            : original.choices().stream().map(choice -> choice.text().getOrDefault(language, ""))
                            .collect(Collectors.joining("\n"))));
                    choices.put(language, options);
                    perLanguage.add(options);
                }
            }
        }

        Question question() {
            Map<String, String> text = new LinkedHashMap<>();
            texts.forEach((language, field) -> text.put(language, field.getValue().strip()));
            List<Question.Choice> options = new ArrayList<>();
            if (kind.getValue() == QuestionKind.SINGLE_CHOICE) {
                Map<String, List<String>> lines = new LinkedHashMap<>();
                choices.forEach((language, field) -> lines.put(language, field.getValue().lines()
                        .map(String::strip).filter(line -> !line.isEmpty()).toList()));
                int count = lines.values().stream().mapToInt(List::size).max().orElse(0);
                for (int index = 0; index < count; index++) {
                    Map<String, String> choiceText = new LinkedHashMap<>();
                    for (var entry : lines.entrySet()) {
                        if (index < entry.getValue().size()) {
                            choiceText.put(entry.getKey(), entry.getValue().get(index));
                        }
                    }
                    String choiceKey = original != null && index < original.choices().size()
                            ? original.choices().get(index).key() : "option-" + (index + 1);
                    options.add(new Question.Choice(choiceKey, choiceText));
                }
            }
            return new Question(key.getValue().strip(), kind.getValue(), text, options);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.channels.heading") + " | Inclusio";
    }
}
