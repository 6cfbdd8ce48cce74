package org.inclusio.evaluation.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import org.inclusio.SignedInTest;
import org.inclusio.evaluation.FrameworkDefinition.Item;
import org.inclusio.evaluation.FrameworkService;
import org.inclusio.evaluation.FrameworkSummary;
import org.inclusio.identity.internal.WithDemoUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An organisation admin adapts the SPRING criteria in the framework editor, with the real services behind it. */
@SignedInTest
@WithDemoUser("city-admin")
class FrameworkViewTests extends SpringBrowserlessTest {

    @Autowired
    FrameworkService frameworks;

    @BeforeEach
    void english() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void anAdminLeavesOutAnItemAddsOneAndSavesTheCopy() {
        var spring = spring();
        UI.getCurrent().navigate(FrameworkView.class, FrameworkView.parameters(spring.id()));
        assertThat($(Div.class).id("framework-item-IP3.2").getElement().getTextRecursively())
                .as("the evidence and the rule of an item").contains("Feedback channels", "A rating is suggested");
        test($(Button.class).id("adapt-framework")).click();

        String name = "Our criteria " + UUID.randomUUID();
        test($(TextField.class).id("framework-name")).setValue(name);
        test($(Checkbox.class).id("keep-IP1.4")).click();
        test($(Button.class).withText("Add an item").first()).click();
        List<TextArea> newItems = $(TextArea.class).all().stream()
                .filter(area -> "What the practice does".equals(area.getPlaceholder()) && area.getValue().isEmpty())
                .toList();
        assertThat(newItems).as("one empty item to write").hasSize(1);
        test(newItems.getFirst()).setValue("Offer appointments outside working hours.");
        assertThat($(TextField.class).id("framework-name").getValue()).as("typed text survives re-rendering")
                .isEqualTo(name);
        test($(Button.class).id("save-framework")).click();

        assertThat($(H2.class).id("framework-heading").getText()).isEqualTo(name);
        var saved = frameworks.list().stream().filter(summary -> summary.name().equals(name)).findFirst()
                .map(summary -> frameworks.get(summary.id())).orElseThrow();
        assertThat(saved.basedOn()).isEqualTo(spring.id());
        assertThat(saved.definition().items().map(Item::code)).doesNotContain("IP1.4").contains("IP1.5");
        assertThat(saved.definition().items().map(Item::text)).contains("Offer appointments outside working hours.");
    }

    @Test
    void anEmptyTextIsShownAtItsFieldAndNothingIsSaved() {
        int before = frameworks.list().size();
        UI.getCurrent().navigate(FrameworkEditorView.class);
        test($(TextField.class).id("framework-name")).setValue("Without texts " + UUID.randomUUID());
        TextArea item = $(TextArea.class).all().stream()
                .filter(area -> "What the practice does".equals(area.getPlaceholder())).findFirst().orElseThrow();
        test(item).setValue("Opening hours suit working people.");
        test($(Button.class).id("save-framework")).click();

        List<TextField> invalid = $(TextField.class).all().stream().filter(TextField::isInvalid).toList();
        assertThat(invalid).as("the section title is empty").singleElement()
                .satisfies(field -> assertThat(field.getErrorMessage()).isEqualTo("must not be empty"));
        assertThat(item.getValue()).isEqualTo("Opening hours suit working people.");
        assertThat(frameworks.list()).hasSize(before);
    }

    private FrameworkSummary spring() {
        return frameworks.list().stream().filter(summary -> summary.key().equals("spring-good-practice-criteria"))
                .findFirst().orElseThrow();
    }
}
