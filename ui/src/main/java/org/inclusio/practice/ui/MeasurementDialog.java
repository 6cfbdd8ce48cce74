package org.inclusio.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import jakarta.validation.ConstraintViolationException;
import org.inclusio.practice.Indicator;
import org.inclusio.practice.IndicatorService;
import org.inclusio.practice.PracticeId;
import org.inclusio.practice.RecordMeasurement;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.ui.FormErrors;

import java.time.LocalDate;

/** Records where a hand-measured indicator stands on a date: the running total so far. */
class MeasurementDialog extends Dialog {

    final DatePicker measuredOn = new DatePicker();
    final BigDecimalField value = new BigDecimalField();
    final TextField note = new TextField();

    private final BeanValidationBinder<RecordMeasurement> binder =
            new BeanValidationBinder<>(RecordMeasurement.class);

    MeasurementDialog(IndicatorService indicators, PracticeId practice, Indicator indicator, Runnable saved) {
        setHeaderTitle(getTranslation("practice.measurement.add") + ": " + indicator.name());
        measuredOn.setLabel(getTranslation("practice.measurement.on"));
        measuredOn.setMax(LocalDate.now());
        value.setLabel(getTranslation("practice.measurement.value", indicator.unit()));
        value.setId("measurement-value");
        note.setLabel(getTranslation("practice.measurement.note"));
        note.setMaxLength(500);
        binder.forField(measuredOn).asRequired(getTranslation("practice.required")).bind("measuredOn");
        binder.forField(value).asRequired(getTranslation("practice.required")).bind("value");
        binder.forField(note).withNullRepresentation("").bind("note");
        binder.readRecord(new RecordMeasurement(LocalDate.now(), null, null));
        add(new Paragraph(getTranslation("practice.measurement.help")), new FormLayout(measuredOn, value, note));
        var save = new Button(getTranslation("practice.save"), event -> {
            try {
                indicators.measure(practice, indicator.id(), binder.writeRecord());
                close();
                saved.run();
            } catch (ValidationException e) {
                // the binder shows the messages next to the fields
            } catch (InvalidInputException e) {
                FormErrors.show(binder, e);
            } catch (ConstraintViolationException e) {
                FormErrors.show(binder, e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-measurement");
        getFooter().add(new Button(getTranslation("common.cancel"), event -> close()), save);
        setWidth("min(32em, 100vw)");
    }
}
