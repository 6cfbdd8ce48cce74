package org.inclusio.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.inclusio.evaluation.Applicability;
import org.inclusio.evaluation.Framework;
import org.inclusio.evaluation.FrameworkDefinition;
import org.inclusio.evaluation.FrameworkDefinition.Item;
import org.inclusio.evaluation.FrameworkId;
import org.inclusio.evaluation.FrameworkService;
import org.inclusio.shared.security.Roles;
import org.jspecify.annotations.Nullable;

import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One framework version as an evaluator meets it: sections, guiding questions and checklist items, each item with
 * whom it applies to, the evidence Inclusio shows for it (or that the narrative alone decides) and whether a rating
 * is suggested. Organisation admins adapt it from here.
 */
@Route("frameworks/:framework([0-9a-fA-F-]{36})")
@RolesAllowed({Roles.MANAGER, Roles.ORG_ADMIN})
class FrameworkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FrameworkService frameworks;
    private @Nullable Framework framework;

    FrameworkView(FrameworkService frameworks) {
        this.frameworks = frameworks;
        setMaxWidth("72em");
    }

    static RouteParameters parameters(FrameworkId id) {
        return new RouteParameters("framework", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("framework").map(UUID::fromString).map(FrameworkId::new)
                .orElseThrow(NotFoundException::new);
        try {
            framework = frameworks.get(id);
        } catch (org.inclusio.shared.NotFoundException e) {
            throw new NotFoundException();
        }
        render(framework);
    }

    private void render(Framework shown) {
        removeAll();
        FrameworkDefinition definition = shown.definition();
        var back = new Button(getTranslation("framework.back"), VaadinIcon.ARROW_LEFT.create(),
                event -> getUI().ifPresent(ui -> ui.navigate(FrameworksView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var heading = new H2(definition.name());
        heading.setId("framework-heading");
        add(back, heading, new Paragraph(getTranslation("framework.version-of", definition.version(),
                getTranslation(shown.shipped() ? "framework.shipped" : "framework.own"))));
        if (definition.source() != null) {
            add(new Paragraph(definition.source()));
        }
        if (FrameworkEditorView.mayDefine()) {
            var adapt = new Button(getTranslation(shown.shipped() ? "framework.copy" : "framework.new-version"),
                    VaadinIcon.COPY.create(), event -> getUI().ifPresent(ui -> ui.navigate(
                    FrameworkEditorView.class, FrameworkEditorView.parameters(shown.id()))));
            adapt.setId("adapt-framework");
            add(adapt);
        }
        for (var section : definition.sections()) {
            add(new H3(definition.sectionLabel() + " " + section.code() + ": " + section.title()));
            for (var question : section.questions()) {
                var block = new Div(new H4(question.code() + " " + question.text()));
                block.addClassName("evaluation-question");
                question.items().forEach(item -> block.add(item(item)));
                add(block);
            }
        }
    }

    private Component item(Item item) {
        var block = new Div(new Span(item.code() + " " + item.text()));
        block.addClassName("evaluation-item");
        block.setId("framework-item-" + item.code());
        var facts = new Div();
        facts.addClassName("evaluation-evidence");
        if (item.appliesTo().size() < Applicability.values().length) {
            facts.add(new Div(getTranslation("framework.applies-to", item.appliesTo().stream()
                    .map(kind -> getTranslation("framework.applicability." + kind.name()))
                    .collect(Collectors.joining(", ")))));
        }
        facts.add(new Div(item.metrics().isEmpty() ? getTranslation("evaluation.narrative-only")
                : getTranslation("framework.evidence", item.metrics().stream()
                .map(metric -> getTranslation("evaluation.metric." + metric.name()))
                .collect(Collectors.joining(", ")))));
        if (item.rule() != null) {
            facts.add(new Div(getTranslation("framework.suggests", getTranslation("evaluation.rule."
                    + item.rule().name()))));
        }
        block.add(facts);
        return block;
    }

    @Override
    public String getPageTitle() {
        return (framework == null ? "" : framework.definition().name()) + " | Inclusio";
    }
}
