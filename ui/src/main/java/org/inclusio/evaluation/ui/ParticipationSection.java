package org.inclusio.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.inclusio.consultation.ConsultationFilter;
import org.inclusio.consultation.ConsultationService;
import org.inclusio.consultation.ConsultationSummary;
import org.inclusio.evaluation.Evaluation;
import org.inclusio.evaluation.EvaluationService;
import org.inclusio.evaluation.Participation;
import org.inclusio.feedback.FeedbackChannel;
import org.inclusio.feedback.FeedbackChannelService;
import org.inclusio.shared.InvalidInputException;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;

/**
 * Participation in the evaluation itself: the feedback channel that gives the beneficiaries' view of the practice,
 * and the evaluation workshop held as a participatory consultation of the period. Read-only once final.
 */
class ParticipationSection extends Div {

    ParticipationSection(Evaluation evaluation, EvaluationService evaluations, FeedbackChannelService channels,
                         ConsultationService consultations, boolean editable, Consumer<Evaluation> saved) {
        setId("evaluation-participation");
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var shown = evaluation.participation();
        add(new H3(getTranslation("evaluation.participation")));
        add(new Paragraph(shown.channelName() == null ? getTranslation("evaluation.participation.no-channel")
                : getTranslation("evaluation.participation.channel", shown.channelName())));
        add(new Paragraph(shown.workshopOn() == null ? getTranslation("evaluation.participation.no-workshop")
                : getTranslation("evaluation.participation.workshop", dates.format(shown.workshopOn()),
                shown.workshopParticipants())));
        if (!editable) {
            return;
        }
        var channel = new ComboBox<FeedbackChannel>(getTranslation("evaluation.participation.choose-channel"));
        var channelList = channels.list();
        channel.setItems(channelList);
        channel.setItemLabelGenerator(candidate -> candidate.details().name());
        channel.setClearButtonVisible(true);
        channelList.stream().filter(candidate -> candidate.id().equals(shown.feedbackChannel())).findFirst()
                .ifPresent(channel::setValue);
        channel.setId("participation-channel");
        var workshop = new ComboBox<ConsultationSummary>(getTranslation("evaluation.participation.choose-workshop"));
        var workshops = consultations.list(new ConsultationFilter(evaluation.periodFrom(), evaluation.periodTo(),
                        null, null, null, null, null, null, null), null, 200).items().stream()
                .filter(ConsultationSummary::participatory).toList();
        workshop.setItems(workshops);
        workshop.setItemLabelGenerator(candidate -> dates.format(candidate.heldOn()) + " · "
                + getTranslation("consultation-type." + candidate.type().name()) + " · " + candidate.participants());
        workshop.setClearButtonVisible(true);
        workshops.stream().filter(candidate -> candidate.id().equals(shown.workshop())).findFirst()
                .ifPresent(workshop::setValue);
        workshop.setId("participation-workshop");
        var save = new Button(getTranslation("evaluation.participation.save"), event -> {
            try {
                saved.accept(evaluations.participate(evaluation.id(), evaluation.version(), new Participation(
                        channel.getValue() == null ? null : channel.getValue().id(),
                        workshop.getValue() == null ? null : workshop.getValue().id())));
            } catch (InvalidInputException e) {
                workshop.setErrorMessage(e.errors().getFirst().message());
                workshop.setInvalid(true);
            }
        });
        save.setId("save-participation");
        var form = new HorizontalLayout(channel, workshop, save);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(form);
    }
}
