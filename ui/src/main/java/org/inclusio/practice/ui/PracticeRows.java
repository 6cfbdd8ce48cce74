package org.inclusio.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.inclusio.practice.Funding;
import org.inclusio.practice.FundingType;
import org.inclusio.practice.Objective;
import org.inclusio.practice.ObjectiveId;
import org.inclusio.practice.PartnerType;
import org.inclusio.practice.PracticePartner;
import org.inclusio.shared.ui.RowsField;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.function.UnaryOperator;

/** The rows of a practice's partners, funding sources and objectives in its form. */
final class PracticeRows {

    private PracticeRows() {
    }

    static RowsField<PracticePartner> partners(UnaryOperator<String> text) {
        return new RowsField<>(() -> new PartnerRow(text), text.apply("practice.partner.add"), "add-partner",
                text.apply("practice.partner.remove"));
    }

    static RowsField<Funding> funding(UnaryOperator<String> text) {
        return new RowsField<>(() -> new FundingRow(text), text.apply("practice.funding.add"), "add-funding",
                text.apply("practice.funding.remove"));
    }

    static RowsField<Objective> objectives(UnaryOperator<String> text) {
        return new RowsField<>(() -> new ObjectiveRow(text), text.apply("practice.objective.add"), "add-objective",
                text.apply("practice.objective.remove"));
    }

    private static TextField textField(UnaryOperator<String> text, String key, int maxLength) {
        var field = new TextField();
        field.setPlaceholder(text.apply(key));
        field.setAriaLabel(text.apply(key));
        field.setMaxLength(maxLength);
        return field;
    }

    private static <E extends Enum<E>> Select<E> select(UnaryOperator<String> text, String key, E[] values) {
        var select = new Select<E>();
        select.setItems(values);
        select.setItemLabelGenerator(value -> text.apply(key + "." + value.name()));
        select.setAriaLabel(text.apply(key));
        select.setValue(values[0]);
        return select;
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }

    private static final class PartnerRow implements RowsField.Row<PracticePartner> {

        private final TextField name;
        private final Select<PartnerType> type;
        private final TextField role;

        PartnerRow(UnaryOperator<String> text) {
            name = textField(text, "practice.partner.name", 200);
            name.addClassName("row-main");
            type = select(text, "practice.partner.type", PartnerType.values());
            role = textField(text, "practice.partner.role", 500);
        }

        @Override
        public List<Component> parts() {
            return List.of(name, type, role);
        }

        @Override
        public void read(PracticePartner value) {
            name.setValue(value.name());
            type.setValue(value.type());
            role.setValue(value.role() == null ? "" : value.role());
        }

        @Override
        public @Nullable PracticePartner value() {
            return name.getValue().isBlank() ? null
                    : new PracticePartner(name.getValue(), type.getValue(), blankToNull(role.getValue()));
        }

        @Override
        public void onChange(Runnable listener) {
            name.addValueChangeListener(event -> listener.run());
            type.addValueChangeListener(event -> listener.run());
            role.addValueChangeListener(event -> listener.run());
        }
    }

    private static final class FundingRow implements RowsField.Row<Funding> {

        private final TextField funder;
        private final Select<FundingType> type;
        private final BigDecimalField amount = new BigDecimalField();
        private final TextField currency;
        private final DatePicker startsOn = new DatePicker();
        private final DatePicker endsOn = new DatePicker();

        FundingRow(UnaryOperator<String> text) {
            funder = textField(text, "practice.funding.funder", 200);
            funder.addClassName("row-main");
            type = select(text, "practice.funding.type", FundingType.values());
            amount.setPlaceholder(text.apply("practice.funding.amount"));
            amount.setAriaLabel(text.apply("practice.funding.amount"));
            currency = textField(text, "practice.funding.currency", 3);
            currency.setWidth("6em");
            startsOn.setPlaceholder(text.apply("practice.funding.from"));
            startsOn.setAriaLabel(text.apply("practice.funding.from"));
            endsOn.setPlaceholder(text.apply("practice.funding.to"));
            endsOn.setAriaLabel(text.apply("practice.funding.to"));
        }

        @Override
        public List<Component> parts() {
            return List.of(funder, type, amount, currency, startsOn, endsOn);
        }

        @Override
        public void read(Funding value) {
            funder.setValue(value.funder());
            type.setValue(value.type());
            amount.setValue(value.amount());
            currency.setValue(value.currency() == null ? "" : value.currency());
            startsOn.setValue(value.startsOn());
            endsOn.setValue(value.endsOn());
        }

        @Override
        public @Nullable Funding value() {
            return funder.getValue().isBlank() ? null : new Funding(funder.getValue(), type.getValue(),
                    amount.getValue(), blankToNull(currency.getValue().toUpperCase(java.util.Locale.ROOT)),
                    startsOn.getValue(), endsOn.getValue());
        }

        @Override
        public void onChange(Runnable listener) {
            funder.addValueChangeListener(event -> listener.run());
            type.addValueChangeListener(event -> listener.run());
            amount.addValueChangeListener(event -> listener.run());
            currency.addValueChangeListener(event -> listener.run());
            startsOn.addValueChangeListener(event -> listener.run());
            endsOn.addValueChangeListener(event -> listener.run());
        }
    }

    /** An objective keeps its id when edited, so that its indicators stay with it. */
    private static final class ObjectiveRow implements RowsField.Row<Objective> {

        private final TextField objective;
        private @Nullable ObjectiveId id;

        ObjectiveRow(UnaryOperator<String> text) {
            objective = textField(text, "practice.objective", 1000);
            objective.addClassName("row-main");
        }

        @Override
        public List<Component> parts() {
            return List.of(objective);
        }

        @Override
        public void read(Objective value) {
            id = value.id();
            objective.setValue(value.text());
        }

        @Override
        public @Nullable Objective value() {
            return objective.getValue().isBlank() ? null : new Objective(id, objective.getValue());
        }

        @Override
        public void onChange(Runnable listener) {
            objective.addValueChangeListener(event -> listener.run());
        }
    }
}
