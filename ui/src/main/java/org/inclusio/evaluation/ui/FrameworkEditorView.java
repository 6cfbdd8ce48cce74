package org.inclusio.evaluation.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.inclusio.evaluation.Applicability;
import org.inclusio.evaluation.DefineFramework;
import org.inclusio.evaluation.EvidenceMetric;
import org.inclusio.evaluation.Framework;
import org.inclusio.evaluation.FrameworkDefinition;
import org.inclusio.evaluation.FrameworkId;
import org.inclusio.evaluation.FrameworkService;
import org.inclusio.evaluation.RatingRule;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.Roles;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Writes the organisation's own framework: from scratch ({@code frameworks/new}) or as a copy of another with items
 * kept or left out, texts reworded and items, questions or criteria added. Saving stores a new framework (or the next
 * version of the organisation's own one); what is typed stays on the screen until it is saved.
 */
@Route("frameworks/:framework([0-9a-fA-F-]{36})/adapt")
@RouteAlias("frameworks/new")
@RolesAllowed(Roles.ORG_ADMIN)
class FrameworkEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FrameworkService frameworks;
    private final TextField name = new TextField();
    private final Div tree = new Div();
    private final Map<String, HasValidation> fieldsByPath = new HashMap<>();
    private final List<EditedSection> sections = new ArrayList<>();
    private @Nullable Framework basedOn;

    FrameworkEditorView(FrameworkService frameworks) {
        this.frameworks = frameworks;
        setMaxWidth("72em");
        name.setLabel(getTranslation("framework.name"));
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        name.setId("framework-name");
        tree.setWidthFull();
    }

    static boolean mayDefine() {
        return CurrentActor.get().map(actor -> actor.hasRole(Role.ORG_ADMIN)).orElse(false);
    }

    static RouteParameters parameters(FrameworkId id) {
        return new RouteParameters("framework", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var from = event.getRouteParameters().get("framework").map(UUID::fromString).map(FrameworkId::new);
        sections.clear();
        if (from.isPresent()) {
            try {
                basedOn = frameworks.get(from.get());
            } catch (org.inclusio.shared.NotFoundException e) {
                throw new NotFoundException();
            }
            var definition = basedOn.definition();
            name.setValue(basedOn.shipped() ? getTranslation("framework.copy-name", definition.name())
                    : definition.name());
            definition.sections().forEach(section -> sections.add(EditedSection.of(section)));
        } else {
            basedOn = null;
            name.setValue("");
            var section = new EditedSection(null, "");
            var question = new EditedQuestion(null, "");
            question.items.add(new EditedItem(null, ""));
            section.questions.add(question);
            sections.add(section);
        }
        removeAll();
        var heading = new H2(basedOn == null ? getTranslation("framework.new")
                : getTranslation(basedOn.shipped() ? "framework.copy" : "framework.new-version") + ": "
                + basedOn.definition().name());
        heading.setId("framework-editor-heading");
        var cancel = new Button(getTranslation("framework.cancel"), event2 -> getUI().ifPresent(ui -> {
            if (basedOn != null) {
                ui.navigate(FrameworkView.class, FrameworkView.parameters(basedOn.id()));
            } else {
                ui.navigate(FrameworksView.class);
            }
        }));
        var save = new Button(getTranslation("framework.save"), event2 -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-framework");
        add(heading, new Paragraph(getTranslation("framework.editor.intro")), name, tree,
                new HorizontalLayout(save, cancel));
        renderTree();
    }

    private void renderTree() {
        tree.removeAll();
        for (var section : sections) {
            var title = text(new TextField(), section.title, value -> section.title = value);
            section.field = title;
            title.setLabel(label(FrameworkDefinition.Section.class) + (section.code == null ? "" : " " + section.code));
            title.setMaxLength(200);
            var block = new Div(title);
            block.addClassName("framework-section");
            for (var question : section.questions) {
                var text = text(new TextArea(), question.text, value -> question.text = value);
                question.field = text;
                text.setLabel(label(FrameworkDefinition.Question.class)
                        + (question.code == null ? "" : " " + question.code));
                text.setMaxLength(1000);
                var questionBlock = new Div(text);
                questionBlock.addClassName("evaluation-question");
                for (var item : question.items) {
                    questionBlock.add(item(item));
                }
                questionBlock.add(addButton("framework.add-item", () -> question.items.add(new EditedItem(null, ""))));
                block.add(questionBlock);
            }
            block.add(addButton("framework.add-question", () -> {
                var question = new EditedQuestion(null, "");
                question.items.add(new EditedItem(null, ""));
                section.questions.add(question);
            }));
            tree.add(block);
        }
        tree.add(addButton("framework.add-section", () -> {
            var section = new EditedSection(null, "");
            var question = new EditedQuestion(null, "");
            question.items.add(new EditedItem(null, ""));
            section.questions.add(question);
            sections.add(section);
        }));
    }

    private Component item(EditedItem item) {
        var keep = new Checkbox(getTranslation("framework.keep"), item.kept);
        keep.addValueChangeListener(event -> item.kept = event.getValue());
        keep.setId("keep-" + (item.code == null ? "new" : item.code));
        var text = text(new TextArea(), item.text, value -> item.text = value);
        item.field = text;
        text.setAriaLabel(label(FrameworkDefinition.Item.class) + (item.code == null ? "" : " " + item.code));
        text.setPlaceholder(getTranslation("framework.item-text"));
        text.setMaxLength(2000);
        var row = new HorizontalLayout(keep, text);
        row.setWidthFull();
        row.setFlexGrow(1, text);
        row.setAlignItems(Alignment.BASELINE);
        var block = new Div(row);
        block.addClassName("evaluation-item");
        if (item.code != null) {
            block.setId("edit-item-" + item.code);
            var note = new Div(item.metrics.isEmpty() ? getTranslation("evaluation.narrative-only")
                    : getTranslation("framework.keeps-evidence"));
            note.addClassName("evaluation-evidence");
            block.add(note);
        }
        return block;
    }

    private static <F extends AbstractField<?, String> & HasSize> F text(F field, String value,
                                                                         Consumer<String> into) {
        field.setValue(value);
        field.addValueChangeListener(event -> into.accept(event.getValue()));
        field.setWidthFull();
        return field;
    }

    private Button addButton(String key, Runnable add) {
        var button = new Button(getTranslation(key), VaadinIcon.PLUS.create(), event -> {
            add.run();
            renderTree();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private String label(Class<?> level) {
        var definition = basedOn == null ? null : basedOn.definition();
        if (level == FrameworkDefinition.Section.class) {
            return definition == null ? getTranslation("framework.section") : definition.sectionLabel();
        }
        if (level == FrameworkDefinition.Question.class) {
            return definition == null ? getTranslation("framework.question") : definition.questionLabel();
        }
        return definition == null ? getTranslation("framework.item") : definition.itemLabel();
    }

    /**
     * The kept parts, each field remembered under the path the service names problems by; questions and sections
     * with nothing kept are left out.
     */
    private DefineFramework command() {
        fieldsByPath.clear();
        fieldsByPath.put("name", name);
        var kept = new ArrayList<FrameworkDefinition.Section>();
        for (var section : sections) {
            String sectionPath = "sections[" + kept.size() + "]";
            var questions = new ArrayList<FrameworkDefinition.Question>();
            for (var question : section.questions) {
                String questionPath = sectionPath + ".questions[" + questions.size() + "]";
                var items = new ArrayList<FrameworkDefinition.Item>();
                for (var item : question.items) {
                    if (item.kept && (item.code != null || !item.text.isBlank())) {
                        fieldsByPath.put(questionPath + ".items[" + items.size() + "].text", item.field);
                        items.add(new FrameworkDefinition.Item(item.code, item.text, item.appliesTo, item.metrics,
                                item.rule));
                    }
                }
                if (!items.isEmpty()) {
                    fieldsByPath.put(questionPath + ".text", question.field);
                    questions.add(new FrameworkDefinition.Question(question.code, question.text, items));
                }
            }
            if (!questions.isEmpty()) {
                fieldsByPath.put(sectionPath + ".title", section.field);
                kept.add(new FrameworkDefinition.Section(section.code, section.title, questions));
            }
        }
        return new DefineFramework(name.getValue(), basedOn == null ? null : basedOn.id(), null, kept);
    }

    private void save() {
        fieldsByPath.values().forEach(field -> field.setInvalid(false));
        var command = command();
        if (command.sections().isEmpty()) {
            problem(getTranslation("framework.nothing-kept"));
            return;
        }
        try {
            var saved = frameworks.define(command);
            Notification.show(getTranslation("framework.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(FrameworkView.class, FrameworkView.parameters(saved.id())));
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> mark(error.field(), error.message()));
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(violation -> {
                String path = violation.getPropertyPath().toString();
                mark(path.substring(path.indexOf('.', path.indexOf('.') + 1) + 1), violation.getMessage());
            });
        }
    }

    private void mark(String path, String message) {
        var field = fieldsByPath.get(path);
        if (field == null) {
            problem(message);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private static void problem(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("framework.new") + " | Inclusio";
    }

    private static final class EditedSection {
        private final @Nullable String code;
        private String title;
        private final List<EditedQuestion> questions = new ArrayList<>();
        private @Nullable HasValidation field;

        EditedSection(@Nullable String code, String title) {
            this.code = code;
            this.title = title;
        }

        static EditedSection of(FrameworkDefinition.Section section) {
            var edited = new EditedSection(section.code(), section.title());
            section.questions().forEach(question -> {
                var editedQuestion = new EditedQuestion(question.code(), question.text());
                question.items().forEach(item -> editedQuestion.items.add(new EditedItem(item.code(), item.text(),
                        item.appliesTo(), item.metrics(), item.rule())));
                edited.questions.add(editedQuestion);
            });
            return edited;
        }
    }

    private static final class EditedQuestion {
        private final @Nullable String code;
        private String text;
        private final List<EditedItem> items = new ArrayList<>();
        private @Nullable HasValidation field;

        EditedQuestion(@Nullable String code, String text) {
            this.code = code;
            this.text = text;
        }
    }

    private static final class EditedItem {
        private final @Nullable String code;
        private String text;
        private final Set<Applicability> appliesTo;
        private final List<EvidenceMetric> metrics;
        private final @Nullable RatingRule rule;
        private boolean kept = true;
        private @Nullable HasValidation field;

        EditedItem(@Nullable String code, String text) {
            this(code, text, Set.of(Applicability.values()), List.of(), null);
        }

        EditedItem(@Nullable String code, String text, Set<Applicability> appliesTo, List<EvidenceMetric> metrics,
                   @Nullable RatingRule rule) {
            this.code = code;
            this.text = text;
            this.appliesTo = appliesTo;
            this.metrics = metrics;
            this.rule = rule;
        }
    }
}
