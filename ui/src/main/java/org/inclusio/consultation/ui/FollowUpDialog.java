package org.inclusio.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.ValidationException;
import jakarta.validation.ConstraintViolationException;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.consultation.ConsultationId;
import org.inclusio.consultation.CreateFollowUp;
import org.inclusio.consultation.FollowUpService;
import org.inclusio.identity.Colleagues;
import org.inclusio.identity.Colleagues.Colleague;
import org.inclusio.identity.UserAccountId;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.ui.FormErrors;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Agrees a follow-up: what, by when, and who (the person typing unless someone else is chosen). */
final class FollowUpDialog {

    private FollowUpDialog() {
    }

    /** Who may be given a follow-up: the members who log consultations. */
    static List<Colleague> assignable(Colleagues colleagues) {
        return colleagues.activeWithAnyRole(Set.of(Role.CASEWORKER, Role.INTERCULTURAL_WORKER, Role.MANAGER));
    }

    static void open(Component owner, FollowUpService followUps, List<Colleague> assignable,
                     @Nullable ConsultationId consultation, @Nullable CaseFileId caseFile, Runnable saved) {
        var dialog = new Dialog(owner.getTranslation("follow-up.new"));
        var what = new TextField(owner.getTranslation("follow-up.what"));
        what.setMaxLength(500);
        what.setId("new-follow-up-what");
        var due = new DatePicker(owner.getTranslation("follow-up.due"));
        due.setMin(LocalDate.now());
        due.setId("new-follow-up-due");
        var assignee = new ComboBox<Colleague>(owner.getTranslation("follow-up.assignee"));
        assignee.setItems(assignable);
        assignee.setItemLabelGenerator(Colleague::displayName);
        assignee.setPlaceholder(owner.getTranslation("follow-up.assignee.me"));
        assignee.setClearButtonVisible(true);
        var binder = new BeanValidationBinder<>(CreateFollowUp.class);
        binder.forField(what).asRequired(owner.getTranslation("consultation.required")).bind("what");
        binder.forField(due).asRequired(owner.getTranslation("consultation.required")).bind("dueOn");
        binder.forField(assignee).withConverter(
                (Colleague member) -> member == null ? null : member.id(),
                (UserAccountId id) -> assignable.stream().filter(member -> member.id().equals(id)).findFirst()
                        .orElse(null)).bind("assignee");
        binder.forField(new ReadOnlyHasValue<ConsultationId>(value -> { })).bind("consultation");
        binder.forField(new ReadOnlyHasValue<CaseFileId>(value -> { })).bind("caseFile");
        binder.readRecord(new CreateFollowUp("", null, LocalDate.now().plusWeeks(1), consultation, caseFile));
        var save = new Button(owner.getTranslation("follow-up.save"), event -> {
            try {
                followUps.create(binder.writeRecord());
                dialog.close();
                saved.run();
            } catch (ValidationException e) {
                // shown next to the fields; the dialog keeps what was typed
            } catch (InvalidInputException e) {
                FormErrors.show(binder, e);
            } catch (ConstraintViolationException e) {
                FormErrors.show(binder, e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-follow-up");
        var form = new FormLayout(what, due, assignee);
        form.setColspan(what, 2);
        dialog.add(form);
        dialog.getFooter().add(new Button(owner.getTranslation("common.cancel"), event -> dialog.close()), save);
        dialog.setWidth("min(36em, 100vw)");
        dialog.open();
    }
}
