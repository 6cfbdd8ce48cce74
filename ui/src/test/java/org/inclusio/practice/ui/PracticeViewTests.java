package org.inclusio.practice.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import org.inclusio.SignedInTest;
import org.inclusio.identity.internal.WithDemoUser;
import org.inclusio.practice.Indicator;
import org.inclusio.practice.IndicatorMetric;
import org.inclusio.practice.IndicatorService;
import org.inclusio.practice.Practice;
import org.inclusio.practice.PracticeField;
import org.inclusio.practice.PracticeService;
import org.inclusio.practice.PracticeStatus;
import org.inclusio.practice.PracticeSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The practice views with the real services behind them, signed in as the demo accounts. */
@SignedInTest
@WithDemoUser("city-manager")
class PracticeViewTests extends SpringBrowserlessTest {

    @Autowired
    PracticeService practices;

    @Autowired
    IndicatorService indicators;

    @BeforeEach
    void english() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void aManagerSetsUpAPracticeWithAPartnerFundingAndAnObjectiveThenAddsAnIndicatorAndMeasuresIt() {
        UI.getCurrent().navigate(PracticeFormView.NEW);
        String name = "Language cafés " + UUID.randomUUID();
        test($(TextField.class).id("practice-name")).setValue(name);
        this.<PracticeStatus>select("practice-status").setValue(PracticeStatus.RUNNING);
        test($(Button.class).id("add-partner")).click();
        test($(TextField.class).withPropertyValue(TextField::getPlaceholder, "Organisation").first())
                .setValue("City library");
        test($(Button.class).id("add-funding")).click();
        test($(TextField.class).withPropertyValue(TextField::getPlaceholder, "Funder").first())
                .setValue("Community foundation");
        test($(Button.class).id("add-objective")).click();
        test($(TextField.class).withPropertyValue(TextField::getPlaceholder, "Objective").first())
                .setValue("Newcomers practise the language every week");
        test($(Button.class).id("save-practice")).click();

        Practice saved = practices.get(practices.choices().stream().filter(practice -> practice.name().equals(name))
                .findFirst().map(PracticeSummary::id).orElseThrow());
        assertThat(saved.partners()).extracting(partner -> partner.name()).containsExactly("City library");
        assertThat(saved.funding()).extracting(funding -> funding.funder()).containsExactly("Community foundation");
        assertThat($(H2.class).id("practice-heading").getText()).isEqualTo(name);

        test($(Button.class).id("add-indicator")).click();
        test($(TextField.class).id("indicator-name")).setValue("Participants");
        test($(TextField.class).id("indicator-unit")).setValue("people");
        test($(BigDecimalField.class).id("indicator-target")).setValue(new BigDecimal("40"));
        test($(Button.class).id("save-indicator")).click();
        Grid<Indicator> grid = $(Grid.class).id("indicators");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Newcomers practise the language every week");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("40 people");
        assertThat(test(grid).getCellComponent(0, 3).getElement().getTextRecursively())
                .isEqualTo("Not measured yet");

        var actions = test(grid).getCellComponent(0, 5);
        test($(Button.class, actions).withClassName("record-measurement").first()).click();
        test($(BigDecimalField.class).id("measurement-value")).setValue(new BigDecimal("10"));
        test($(Button.class).id("save-measurement")).click();
        grid = $(Grid.class).id("indicators");
        assertThat(test(grid).getCellComponent(0, 3).getElement().getTextRecursively()).isEqualTo("10 (25 %)");
    }

    @Test
    void badInputStaysInTheFormWithTheMessageNextToTheField() {
        String taken = practices.choices().getFirst().name();
        UI.getCurrent().navigate(PracticeFormView.NEW);
        test($(TextField.class).id("practice-name")).setValue(taken);
        test($(DatePicker.class).id("practice-ends-on")).setValue(LocalDate.now().minusYears(1));
        test($(Button.class).id("save-practice")).click();

        TextField name = $(TextField.class).id("practice-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("another practice has this name");
        assertThat($(DatePicker.class).id("practice-ends-on").getErrorMessage())
                .isEqualTo("must not be before the start");
        assertThat(name.getValue()).isEqualTo(taken);
    }

    @Test
    void theDemoPilotShowsItsResultsFrameworkWithComputedAndMeasuredIndicators() {
        var pilot = practices.choices().stream()
                .filter(practice -> practice.name().equals("Intercultural workers in local public services"))
                .findFirst().orElseThrow();
        UI.getCurrent().navigate(PracticeView.class, PracticeView.parameters(pilot.id()));

        List<Indicator> rows = $(Grid.class).id("indicators").getGenericDataView().getItems().toList();
        assertThat(rows).extracting(Indicator::name).contains("Migrant clients served", "Leaflets distributed",
                "Clerks trained");
        assertThat(rows).filteredOn(row -> row.metric() == IndicatorMetric.BENEFICIARIES_SERVED).singleElement()
                .satisfies(row -> assertThat(row.actual()).isPositive());
        assertThat(rows).filteredOn(row -> row.name().equals("Leaflets distributed")).singleElement()
                .satisfies(row -> assertThat(row.actual()).isEqualByComparingTo("640"));
    }

    @Test
    @WithDemoUser("city-caseworker")
    void aCaseworkerReadsPracticesAndChoosesOneWhenLoggingAConsultationButSetsNoneUp() {
        UI.getCurrent().navigate(PracticesView.class);
        assertThat($(Button.class).withId("new-practice").all()).isEmpty();
        assertThat(test($(Grid.class).id("practices")).size()).isPositive();

        UI.getCurrent().navigate("consultations/new");
        PracticeField field = $(PracticeField.class).id("consultation-practice");
        ComboBox<PracticeSummary> choice = $(ComboBox.class, field).first();
        assertThat(choice.getListDataView().getItems().map(PracticeSummary::name))
                .contains("Intercultural workers in local public services");
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return $(Select.class).id(id);
    }
}
