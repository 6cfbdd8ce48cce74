package org.inclusio.consultation.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.inclusio.SignedInTest;
import org.inclusio.beneficiary.AgeBand;
import org.inclusio.beneficiary.CaseFile;
import org.inclusio.beneficiary.CaseFileDetails;
import org.inclusio.beneficiary.CaseFileService;
import org.inclusio.beneficiary.ConsentPurpose;
import org.inclusio.beneficiary.Gender;
import org.inclusio.consultation.Channel;
import org.inclusio.consultation.ConsultationFilter;
import org.inclusio.consultation.ConsultationPurpose;
import org.inclusio.consultation.ConsultationService;
import org.inclusio.consultation.ConsultationType;
import org.inclusio.consultation.FollowUp;
import org.inclusio.consultation.FollowUpService;
import org.inclusio.consultation.TimelineEntry;
import org.inclusio.identity.internal.WithDemoUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SignedInTest
@WithDemoUser("city-caseworker")
class LogConsultationViewTests extends SpringBrowserlessTest {

    @Autowired
    CaseFileService caseFiles;

    @Autowired
    ConsultationService consultations;

    @Autowired
    FollowUpService followUps;

    @BeforeEach
    void english() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void fromACaseFileAConsultationWithAnInterpreterAndAFollowUpTakesAFewClicks() {
        CaseFile file = caseFile("uk");
        String what = "Call the job centre " + suffix();
        UI.getCurrent().navigate("case-files/" + file.id());
        test($(Button.class).id("log-consultation")).click();

        assertThat(this.<ConsultationType>select("consultation-type").getValue())
                .isEqualTo(ConsultationType.INDIVIDUAL_COUNSELLING);
        assertThat(this.<Channel>select("consultation-channel").getValue()).isEqualTo(Channel.IN_PERSON);
        assertThat($(DatePicker.class).id("consultation-held-on").getValue()).isEqualTo(LocalDate.now());
        assertThat(this.<String>comboBox("consultation-language").getValue()).isEqualTo("uk");
        assertThat($(CaseFilePicker.class).single().getValue()).containsExactly(file.id());

        test($(Checkbox.class).id("consultation-interpreter")).click();
        test($(TextField.class).id("follow-up-what")).setValue(what);
        $(DatePicker.class).id("follow-up-due").setValue(LocalDate.now().plusDays(3));
        test($(Button.class).id("save-consultation")).click();

        List<TimelineEntry> timeline = consultations.timeline(file.id());
        assertThat(timeline).extracting(TimelineEntry::kind)
                .containsExactlyInAnyOrder(TimelineEntry.Kind.CONSULTATION, TimelineEntry.Kind.FOLLOW_UP);
        assertThat(timeline).filteredOn(entry -> entry.consultation() != null).singleElement()
                .satisfies(entry -> assertThat(entry.consultation().interpreterPresent()).isTrue());
        assertThat($(Span.class).all()).extracting(Span::getText).contains(what);

        navigate(FollowUpsView.class);
        assertThat(myFollowUps()).extracting(FollowUp::what).contains(what);
        int row = myFollowUps().stream().map(FollowUp::what).toList().indexOf(what);
        test((Button) test(this.<FollowUp>grid("my-follow-ups")).getCellComponent(row, 3)).click();
        assertThat(myFollowUps()).extracting(FollowUp::what).doesNotContain(what);
        assertThat(followUps.mine()).extracting(FollowUp::what).doesNotContain(what);
    }

    @Test
    void theHeadcountGridAddsUpEveryRowEveryColumnAndTheWhole() {
        UI.getCurrent().navigate("consultations/new", QueryParameters.of("type", "FOCUS_GROUP"));
        assertThat($(VerticalLayout.class).id("consultation-group-section").isVisible()).isTrue();

        cell(Gender.FEMALE, AgeBand.AGE_18_24).setValue(3);
        cell(Gender.FEMALE, AgeBand.AGE_25_34).setValue(4);
        cell(Gender.MALE, AgeBand.AGE_18_24).setValue(2);

        assertThat($(Span.class).id("headcount-total-AGE_18_24").getText()).isEqualTo("5");
        assertThat($(Span.class).id("headcount-total-FEMALE").getText()).isEqualTo("7");
        assertThat($(Span.class).id("headcount-total-MALE").getText()).isEqualTo("2");
        assertThat($(Span.class).id("headcount-total").getText()).isEqualTo("9");

        this.<ConsultationPurpose>select("consultation-purpose").setValue(ConsultationPurpose.CO_DESIGN);
        test($(Button.class).id("save-consultation")).click();

        var logged = consultations.list(new ConsultationFilter(LocalDate.now(), LocalDate.now(),
                ConsultationType.FOCUS_GROUP, ConsultationPurpose.CO_DESIGN, null, null, null, null, null), null, 200);
        assertThat(logged.items()).anySatisfy(summary -> {
            assertThat(summary.participants()).isEqualTo(9);
            assertThat(summary.participatory()).isTrue();
        });
    }

    @Test
    void aRefusalIsShownNextToTheFieldAndNothingTypedIsLost() {
        navigate(LogConsultationView.class);
        test($(TextArea.class).id("consultation-notes")).setValue("Worried about the rent");

        test($(Button.class).id("save-consultation")).click(); // an individual counselling needs a case file

        assertThat($(CaseFilePicker.class).single().isInvalid()).isTrue();
        assertThat($(CaseFilePicker.class).single().getErrorMessage()).isNotBlank();
        assertThat($(TextArea.class).id("consultation-notes").getValue()).isEqualTo("Worried about the rent");
        assertThat($(LogConsultationView.class).exists()).isTrue();
    }

    private IntegerField cell(Gender gender, AgeBand band) {
        return $(IntegerField.class).id("headcount-" + gender.name() + "-" + band.name());
    }

    private CaseFile caseFile(String preferredLanguage) {
        var details = new CaseFileDetails("Consulted " + suffix(), null, null, null, null, AgeBand.AGE_25_34,
                Gender.FEMALE, List.of("UA"), List.of(preferredLanguage), preferredLanguage, null, null, Set.of(),
                null, null);
        return caseFiles.create(details, List.of(ConsentPurpose.CASE_WORK));
    }

    private List<FollowUp> myFollowUps() {
        return this.<FollowUp>grid("my-follow-ups").getGenericDataView().getItems().toList();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return $(Select.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> comboBox(String id) {
        return $(ComboBox.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return $(Grid.class).id(id);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
