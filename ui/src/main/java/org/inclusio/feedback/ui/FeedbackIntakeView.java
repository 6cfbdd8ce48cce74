package org.inclusio.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.inclusio.feedback.EnterFeedback;
import org.inclusio.feedback.FeedbackCategory;
import org.inclusio.feedback.FeedbackChannel;
import org.inclusio.feedback.FeedbackChannelService;
import org.inclusio.feedback.FeedbackForm;
import org.inclusio.feedback.FeedbackService;
import org.inclusio.feedback.IntakeChannel;
import org.inclusio.feedback.Receipt;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.ui.IsoCodes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Feedback received on paper, by phone or in person, typed in by staff with the form's fields only (no name, no
 * contact); the receipt code is shown once, to hand to the person.
 */
@Route("feedback/new")
@Menu(order = 51, icon = "vaadin:edit", title = "feedback.intake.menu")
@RolesAllowed({Roles.MANAGER, Roles.CASEWORKER, Roles.INTERCULTURAL_WORKER, Roles.PROTECTION_FOCAL_POINT})
class FeedbackIntakeView extends VerticalLayout implements HasDynamicTitle {

    private final FeedbackService feedback;
    private final Select<FeedbackChannel> channel = new Select<>();
    private final Select<IntakeChannel> intake = new Select<>();
    private final DatePicker receivedOn = new DatePicker();
    private final Select<String> language = new Select<>();
    private final Select<FeedbackCategory> category = new Select<>();
    private final Select<Integer> satisfaction = new Select<>();
    private final TextArea comment = new TextArea();
    private final Div result = new Div();

    FeedbackIntakeView(FeedbackService feedback, FeedbackChannelService channels) {
        this.feedback = feedback;
        List<FeedbackChannel> channelList = channels.list();
        channel.setLabel(getTranslation("feedback.channel"));
        channel.setItems(channelList);
        channel.setItemLabelGenerator(value -> value.details().name());
        channel.setId("intake-channel");
        channel.addValueChangeListener(event -> {
            var languages = event.getValue() == null ? List.<String>of() : event.getValue().details().languages();
            language.setItems(languages);
            language.setValue(languages.isEmpty() ? null : languages.getFirst());
        });
        intake.setLabel(getTranslation("feedback.intake"));
        intake.setItems(IntakeChannel.PAPER, IntakeChannel.PHONE, IntakeChannel.IN_PERSON);
        intake.setItemLabelGenerator(value -> getTranslation("feedback.intake." + value.name()));
        intake.setValue(IntakeChannel.PAPER);
        intake.setId("intake-intake");
        receivedOn.setLabel(getTranslation("feedback.received-on"));
        receivedOn.setMax(LocalDate.now());
        receivedOn.setValue(LocalDate.now());
        receivedOn.setId("intake-received-on");
        language.setLabel(getTranslation("feedback.language"));
        language.setItemLabelGenerator(code -> IsoCodes.languageName(code, getLocale()));
        language.setId("intake-language");
        category.setLabel(getTranslation("feedback.category"));
        category.setItems(FeedbackCategory.values());
        category.setItemLabelGenerator(value -> getTranslation("feedback.category." + value.name()));
        category.setId("intake-category");
        satisfaction.setLabel(getTranslation("feedback.satisfaction"));
        satisfaction.setItems(IntStream.rangeClosed(1, 5).boxed().toList());
        satisfaction.setEmptySelectionAllowed(true);
        satisfaction.setEmptySelectionCaption(getTranslation("feedback.satisfaction.none"));
        satisfaction.setItemLabelGenerator(value -> value == null ? getTranslation("feedback.satisfaction.none")
                : getTranslation("feedback.satisfaction." + value));
        satisfaction.setId("intake-satisfaction");
        comment.setLabel(getTranslation("feedback.comment"));
        comment.setMaxLength(FeedbackForm.MAX_COMMENT);
        comment.setHelperText(getTranslation("feedback.intake.no-names"));
        comment.setWidthFull();
        comment.setId("intake-comment");
        if (channelList.size() == 1) {
            channel.setValue(channelList.getFirst());
        }
        var form = new FormLayout(channel, intake, receivedOn, language, category, satisfaction, comment);
        form.setColspan(comment, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        var save = new Button(getTranslation("feedback.intake.save"), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("intake-save");
        result.setId("intake-result");
        add(new H2(getTranslation("feedback.intake.heading")), new Paragraph(getTranslation("feedback.intake.help")),
                form, save, result);
        setMaxWidth("60em");
    }

    private void save() {
        boolean complete = required(channel) & required(language) & required(category) & required(intake);
        if (receivedOn.getValue() == null || receivedOn.isInvalid()) {
            receivedOn.setErrorMessage(getTranslation("feedback.required"));
            receivedOn.setInvalid(true);
            complete = false;
        }
        if (!complete) {
            return;
        }
        try {
            Receipt receipt = feedback.enter(new EnterFeedback(channel.getValue().id(), intake.getValue(),
                    receivedOn.getValue(), new FeedbackForm(language.getValue(), category.getValue(),
                    satisfaction.getValue(), Map.of(), comment.getValue().isBlank() ? null : comment.getValue())));
            showReceipt(receipt);
            comment.clear();
            satisfaction.clear();
            category.clear();
            category.setInvalid(false);
        } catch (InvalidInputException e) {
            result.removeAll();
            e.errors().forEach(error -> result.add(new Paragraph(error.message())));
        } catch (ConstraintViolationException e) {
            result.removeAll();
            e.getConstraintViolations().forEach(violation -> result.add(new Paragraph(violation.getMessage())));
        }
    }

    private boolean required(Select<?> select) {
        boolean present = select.getValue() != null;
        select.setErrorMessage(getTranslation("feedback.required"));
        select.setInvalid(!present);
        return present;
    }

    private void showReceipt(Receipt receipt) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        var code = new Span(receipt.receiptCode());
        code.setId("intake-receipt-code");
        code.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)");
        result.removeAll();
        result.add(new Paragraph(getTranslation("feedback.intake.receipt")), code,
                new Paragraph(getTranslation("feedback.intake.receipt.answer-by",
                        dates.format(receipt.answerExpectedBy()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.intake.heading") + " | Inclusio";
    }
}
