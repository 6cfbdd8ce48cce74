package org.inclusio.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.inclusio.feedback.FeedbackCode;
import org.inclusio.feedback.FeedbackSetup;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.security.Roles;
import org.jspecify.annotations.Nullable;

import java.util.function.Supplier;

/**
 * How the organisation handles feedback: the service levels (days to acknowledge and to answer) and the coding
 * framework (add, rename and retire codes; retired codes stay on the feedback coded with them).
 */
@Route("feedback/settings")
@Menu(order = 55, icon = "vaadin:cog-o", title = "feedback.settings.menu")
@RolesAllowed({Roles.MANAGER, Roles.ORG_ADMIN})
class FeedbackSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final FeedbackSetup setup;
    private final Grid<FeedbackCode> codes = new Grid<>();
    private final Div codeEditor = new Div();

    FeedbackSettingsView(FeedbackSetup setup) {
        this.setup = setup;
        add(new H2(getTranslation("feedback.settings.heading")), serviceLevels(), codes());
        setWidthFull();
    }

    private Div serviceLevels() {
        var levels = setup.serviceLevels();
        var acknowledge = new IntegerField(getTranslation("feedback.settings.acknowledge-days"));
        acknowledge.setMin(1);
        acknowledge.setMax(60);
        acknowledge.setValue(levels.acknowledgeDays());
        acknowledge.setId("settings-acknowledge-days");
        var answer = new IntegerField(getTranslation("feedback.settings.answer-days"));
        answer.setMin(1);
        answer.setMax(120);
        answer.setValue(levels.answerDays());
        answer.setId("settings-answer-days");
        var message = new Paragraph();
        message.setId("settings-levels-message");
        var save = new Button(getTranslation("feedback.settings.save-levels"), event -> {
            if (acknowledge.getValue() == null || answer.getValue() == null) {
                message.setText(getTranslation("feedback.required"));
                return;
            }
            attempt(message, () -> setup.changeServiceLevels(
                    new FeedbackSetup.ServiceLevels(acknowledge.getValue(), answer.getValue())),
                    getTranslation("feedback.settings.saved"));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("settings-save-levels");
        var row = new HorizontalLayout(acknowledge, answer, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return new Div(new H3(getTranslation("feedback.settings.service-levels")),
                new Paragraph(getTranslation("feedback.settings.service-levels.help")), row, message);
    }

    private Div codes() {
        codes.setId("settings-codes");
        codes.addColumn(FeedbackCode::category).setHeader(getTranslation("feedback.code.category"))
                .setAutoWidth(true);
        codes.addColumn(FeedbackCode::label).setHeader(getTranslation("feedback.code.label")).setAutoWidth(true)
                .setFlexGrow(1);
        codes.addColumn(FeedbackCode::key).setHeader(getTranslation("feedback.code.key")).setAutoWidth(true);
        codes.addColumn(code -> code.retired() ? getTranslation("feedback.code.retired") : "")
                .setAutoWidth(true).setFlexGrow(0);
        codes.setAllRowsVisible(true);
        codes.setWidthFull();
        codes.addItemClickListener(event -> edit(event.getItem()));
        codes.setItems(setup.codes());
        var add = new Button(getTranslation("feedback.code.new"), VaadinIcon.PLUS.create(), event -> edit(null));
        add.setId("settings-code-new");
        codeEditor.setId("settings-code-editor");
        var section = new Div(new H3(getTranslation("feedback.settings.codes")),
                new Paragraph(getTranslation("feedback.settings.codes.help")), add, codeEditor, codes);
        section.setWidthFull();
        return section;
    }

    private void edit(@Nullable FeedbackCode code) {
        codeEditor.removeAll();
        var category = new TextField(getTranslation("feedback.code.category"));
        category.setMaxLength(200);
        category.setId("code-category");
        var label = new TextField(getTranslation("feedback.code.label"));
        label.setMaxLength(200);
        label.setId("code-label");
        var key = new TextField(getTranslation("feedback.code.key"));
        key.setHelperText(getTranslation("feedback.code.key.help"));
        key.setPattern("[a-z0-9.-]{1,80}");
        key.setId("code-key");
        if (code != null) {
            category.setValue(code.category());
            label.setValue(code.label());
            key.setValue(code.key());
            key.setReadOnly(true);
        }
        var message = new Paragraph();
        message.setId("code-message");
        var save = new Button(getTranslation("feedback.code.save"), event -> {
            var details = new FeedbackSetup.CodeDetails(key.getValue().strip(), category.getValue().strip(),
                    label.getValue().strip());
            if (attempt(message, () -> code == null ? setup.addCode(details) : setup.changeCode(code.id(), details),
                    "")) {
                codes.setItems(setup.codes());
                codeEditor.removeAll();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("code-save");
        var row = new HorizontalLayout(category, label, key, save);
        if (code != null && !code.retired()) {
            var retire = new Button(getTranslation("feedback.code.retire"), event -> {
                if (attempt(message, () -> setup.retireCode(code.id()), "")) {
                    codes.setItems(setup.codes());
                    codeEditor.removeAll();
                }
            });
            retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
            retire.setId("code-retire");
            row.add(retire);
        }
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        codeEditor.add(row, message);
    }

    /** Runs a change; a refusal shows next to the form and nothing else changes. */
    private boolean attempt(Paragraph message, Supplier<?> change, String success) {
        try {
            change.get();
            message.setText(success);
            return true;
        } catch (InvalidInputException e) {
            message.setText(e.errors().isEmpty() ? e.getMessage() : e.errors().getFirst().message());
        } catch (ConstraintViolationException e) {
            message.setText(e.getConstraintViolations().iterator().next().getMessage());
        }
        return false;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.settings.heading") + " | Inclusio";
    }
}
