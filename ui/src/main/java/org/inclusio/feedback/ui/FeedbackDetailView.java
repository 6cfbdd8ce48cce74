package org.inclusio.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.inclusio.feedback.Feedback;
import org.inclusio.feedback.FeedbackCode;
import org.inclusio.feedback.FeedbackCodeId;
import org.inclusio.feedback.FeedbackId;
import org.inclusio.feedback.FeedbackService;
import org.inclusio.feedback.FeedbackSetup;
import org.inclusio.feedback.FeedbackStatus;
import org.inclusio.feedback.FeedbackType;
import org.inclusio.feedback.Triage;
import org.inclusio.feedback.YouSaidWeDid;
import org.inclusio.feedback.YouSaidWeDidId;
import org.inclusio.feedback.YouSaidWeDidService;
import org.inclusio.identity.Colleagues;
import org.inclusio.identity.Colleagues.Colleague;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.StaleVersionException;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.ui.FormErrors;
import org.inclusio.shared.ui.IsoCodes;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One piece of feedback: what the person said (free text shown as text, never as HTML), the triage form (status,
 * assignee, type, code, public reply, "you said, we did" entry) saved against the version it was read at, the
 * internal notes and the referral to another organisation.
 */
@Route("feedback/:feedback([0-9a-fA-F-]{36})")
@RolesAllowed({Roles.MANAGER, Roles.CASEWORKER, Roles.PROTECTION_FOCAL_POINT})
class FeedbackDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FeedbackService feedback;
    private final FeedbackSetup setup;
    private final YouSaidWeDidService youSaidWeDid;
    private final Colleagues colleagues;
    private Feedback current;

    FeedbackDetailView(FeedbackService feedback, FeedbackSetup setup, YouSaidWeDidService youSaidWeDid,
                       Colleagues colleagues) {
        this.feedback = feedback;
        this.setup = setup;
        this.youSaidWeDid = youSaidWeDid;
        this.colleagues = colleagues;
        setWidthFull();
        setMaxWidth("60em");
        addClassName("feedback-detail");
    }

    static RouteParameters parameters(FeedbackId id) {
        return new RouteParameters("feedback", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("feedback").map(UUID::fromString).map(FeedbackId::new);
        if (id.isEmpty()) {
            throw new NotFoundException();
        }
        try {
            current = feedback.get(id.get());
        } catch (org.inclusio.shared.NotFoundException e) {
            throw new NotFoundException();
        }
        render();
    }

    private void render() {
        removeAll();
        var back = new Button(getTranslation("feedback.back"), VaadinIcon.ARROW_LEFT.create(),
                event -> getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(back, submission(), triage(), notes(), referral());
    }

    private Div submission() {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var heading = new HorizontalLayout(new H2(getTranslation("feedback.category." + current.category().name())));
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWrap(true);
        var state = new Span(getTranslation("feedback.status." + current.status().name()));
        state.getElement().getThemeList().add("badge");
        state.setId("feedback-status-badge");
        heading.add(state);
        if (current.overdue()) {
            var overdue = new Span(getTranslation("feedback.overdue"));
            overdue.getElement().getThemeList().add("badge error");
            overdue.setId("feedback-overdue");
            heading.add(overdue);
        }
        var facts = new Paragraph(String.join(" · ", List.of(
                dates.format(current.receivedOn()),
                current.channelName(),
                getTranslation("feedback.intake." + current.intake().name()),
                IsoCodes.languageName(current.language(), getLocale()),
                current.satisfaction() == null ? getTranslation("feedback.satisfaction.none")
                        : getTranslation("feedback.satisfaction") + ": " + current.satisfaction() + " / 5")));
        var due = new Paragraph(getTranslation("feedback.due", dates.format(current.acknowledgeBy()),
                dates.format(current.answerBy())));
        var box = new Div(heading, facts, due);
        current.answers().forEach((question, answer) -> box.add(new Paragraph(question + ": " + answer)));
        var comment = new Paragraph();
        // setText: the person's words are text, whatever they typed (no HTML is interpreted)
        comment.setText(Objects.requireNonNullElse(current.comment(), getTranslation("feedback.no-comment")));
        comment.setId("feedback-comment");
        // the person's language decides the direction (Arabic, Farsi, Pashto read right to left)
        comment.getElement().setAttribute("dir", "auto");
        comment.addClassName("feedback-comment");
        comment.getStyle().set("white-space", "pre-wrap");
        box.add(comment);
        if (current.referredTo() != null) {
            box.add(new Paragraph(getTranslation("feedback.referred-to", current.referredTo())));
        }
        return box;
    }

    private Div triage() {
        var status = new Select<FeedbackStatus>();
        status.setLabel(getTranslation("feedback.status"));
        status.setItems(Arrays.stream(FeedbackStatus.values()).filter(this::reachable).toList());
        status.setItemLabelGenerator(value -> getTranslation("feedback.status." + value.name()));
        status.setId("triage-status");

        List<Colleague> members = colleagues.activeWithAnyRole(
                Set.of(Role.MANAGER, Role.CASEWORKER, Role.PROTECTION_FOCAL_POINT));
        var assignee = new ComboBox<Colleague>(getTranslation("feedback.assignee"));
        assignee.setItems(members);
        assignee.setItemLabelGenerator(Colleague::displayName);
        assignee.setClearButtonVisible(true);
        assignee.setId("triage-assignee");

        var type = new Select<FeedbackType>();
        type.setLabel(getTranslation("feedback.type"));
        type.setItems(FeedbackType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("feedback.not-coded"));
        type.setItemLabelGenerator(value -> value == null ? getTranslation("feedback.not-coded")
                : getTranslation("feedback.type." + value.name()));
        type.setId("triage-type");

        List<FeedbackCode> codes = setup.codes().stream()
                .filter(code -> !code.retired() || code.id().equals(current.code())).toList();
        var code = new ComboBox<FeedbackCode>(getTranslation("feedback.code"));
        code.setItems(codes);
        code.setItemLabelGenerator(value -> value.category() + ": " + value.label());
        code.setClearButtonVisible(true);
        code.setId("triage-code");

        var reply = new TextArea(getTranslation("feedback.public-reply"));
        reply.setHelperText(getTranslation("feedback.public-reply.help"));
        reply.setMaxLength(4000);
        reply.setWidthFull();
        reply.setId("triage-reply");

        List<YouSaidWeDid> entries = youSaidWeDid.list();
        var link = new ComboBox<YouSaidWeDid>(getTranslation("feedback.you-said-we-did"));
        link.setItems(entries);
        link.setItemLabelGenerator(entry -> YouSaidWeDidView.title(entry, getLocale()));
        link.setClearButtonVisible(true);
        link.setId("triage-you-said-we-did");

        var binder = new Binder<>(Triage.class);
        binder.forField(status).asRequired(getTranslation("feedback.required")).bind("status");
        binder.forField(assignee).withConverter(
                (Colleague member) -> member == null ? null : member.id().value(),
                (UUID id) -> members.stream().filter(member -> member.id().value().equals(id)).findFirst()
                        .orElse(null)).bind("assignee");
        binder.forField(type).bind("type");
        binder.forField(code).withConverter(
                (FeedbackCode value) -> value == null ? null : value.id(),
                (FeedbackCodeId id) -> codes.stream().filter(value -> value.id().equals(id)).findFirst()
                        .orElse(null)).bind("code");
        binder.forField(reply).withNullRepresentation("")
                .withConverter(text -> text == null || text.isBlank() ? null : text, text -> text).bind("publicReply");
        binder.forField(link).withConverter(
                (YouSaidWeDid entry) -> entry == null ? null : entry.id(),
                (YouSaidWeDidId id) -> entries.stream().filter(entry -> entry.id().equals(id)).findFirst()
                        .orElse(null)).bind("youSaidWeDid");
        binder.readRecord(new Triage(current.status(), current.assignee(), current.type(), current.code(),
                current.publicReply(), current.youSaidWeDid()));

        var stale = new Div();
        stale.setId("triage-stale");
        stale.setVisible(false);
        var save = new Button(getTranslation("feedback.triage.save"), event -> {
            try {
                current = feedback.triage(current.id(), current.version(), binder.writeRecord());
                render();
            } catch (ValidationException e) {
                // shown next to the fields
            } catch (StaleVersionException | org.springframework.dao.OptimisticLockingFailureException e) {
                var reload = new Button(getTranslation("feedback.reload"), click -> {
                    current = feedback.get(current.id());
                    render();
                });
                stale.removeAll();
                stale.add(new Span(getTranslation("feedback.stale")), reload);
                stale.setVisible(true);
            } catch (InvalidInputException e) {
                FormErrors.show(binder, e);
            } catch (ConstraintViolationException e) {
                FormErrors.show(binder, e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("triage-save");
        var form = new FormLayout(status, assignee, type, code, link, reply);
        form.setColspan(reply, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        return new Div(new H3(getTranslation("feedback.triage")), form, stale, save);
    }

    /** The current status and those after it (a referred one can only be closed); referral has its own section. */
    private boolean reachable(FeedbackStatus status) {
        FeedbackStatus now = current.status();
        if (status == now) {
            return true;
        }
        if (now == FeedbackStatus.REFERRED) {
            return status == FeedbackStatus.CLOSED;
        }
        return status != FeedbackStatus.REFERRED && status.compareTo(now) > 0;
    }

    private Div notes() {
        var times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        var list = new Div();
        list.setId("feedback-notes");
        for (var note : current.notes()) {
            var line = new Paragraph();
            line.setText(note.authorName() + " · " + times.format(note.writtenAt()) + ": " + note.text());
            line.getElement().setAttribute("dir", "auto");
            list.add(line);
        }
        if (current.notes().isEmpty()) {
            list.add(new Paragraph(getTranslation("feedback.notes.none")));
        }
        var text = new TextArea(getTranslation("feedback.note"));
        text.setMaxLength(4000);
        text.setWidthFull();
        text.setId("feedback-note-text");
        var add = new Button(getTranslation("feedback.note.add"), event -> {
            if (text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("feedback.required"));
                text.setInvalid(true);
                return;
            }
            current = feedback.addNote(current.id(), text.getValue());
            render();
        });
        add.setId("feedback-note-add");
        return new Div(new H3(getTranslation("feedback.notes")), list, text, add);
    }

    private Div referral() {
        var organisation = new TextField(getTranslation("feedback.refer.organisation"));
        organisation.setMaxLength(200);
        organisation.setId("refer-organisation");
        var reply = new TextArea(getTranslation("feedback.public-reply"));
        reply.setMaxLength(4000);
        reply.setWidthFull();
        reply.setId("refer-reply");
        var message = new Span();
        message.setId("refer-message");
        var refer = new Button(getTranslation("feedback.refer"), event -> {
            if (organisation.getValue().isBlank()) {
                organisation.setErrorMessage(getTranslation("feedback.required"));
                organisation.setInvalid(true);
                return;
            }
            try {
                current = feedback.refer(current.id(), current.version(), organisation.getValue().strip(),
                        reply.getValue().isBlank() ? null : reply.getValue());
                render();
            } catch (StaleVersionException | org.springframework.dao.OptimisticLockingFailureException e) {
                message.setText(getTranslation("feedback.stale"));
            } catch (InvalidInputException e) {
                message.setText(e.errors().isEmpty() ? e.getMessage() : e.errors().getFirst().message());
            }
        });
        refer.setId("refer-save");
        var section = new Div(new H3(getTranslation("feedback.refer.heading")),
                new Paragraph(getTranslation("feedback.refer.help")), organisation, reply, message, refer);
        section.setVisible(current.status() != FeedbackStatus.REFERRED && current.status() != FeedbackStatus.CLOSED);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.detail.title") + " | Inclusio";
    }
}
