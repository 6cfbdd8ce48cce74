package org.inclusio.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A list edited as rows that come and go (partners, funding sources, objectives): each row is a few fields with a
 * remove button, and an add button appends an empty one. Rows left empty are not part of the value.
 */
public class RowsField<T> extends CustomField<List<T>> {

    /** The fields of one row. */
    public interface Row<T> {

        List<Component> parts();

        void read(T value);

        /** What the row holds; {@code null} while it is empty. */
        @Nullable T value();

        /** Calls {@code listener} whenever a part of the row changes. */
        void onChange(Runnable listener);
    }

    private record Shown<T>(Div layout, Row<T> row) {
    }

    private final Supplier<Row<T>> rows;
    private final String removeLabel;
    private final List<Shown<T>> shown = new ArrayList<>();
    private final Div list = new Div();

    /**
     * @param rows       makes the fields of a new row
     * @param addLabel   the add button's text
     * @param addId      the add button's id
     * @param removeLabel the accessible name of each row's remove button
     */
    public RowsField(Supplier<Row<T>> rows, String addLabel, String addId, String removeLabel) {
        this.rows = rows;
        this.removeLabel = removeLabel;
        var add = new Button(addLabel, VaadinIcon.PLUS.create(), event -> {
            addRow(null);
            updateValue();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId(addId);
        add(list, add);
    }

    private void addRow(@Nullable T value) {
        Row<T> row = rows.get();
        var layout = new Div();
        layout.addClassName("rows-field-row");
        var entry = new Shown<>(layout, row);
        var remove = new Button(VaadinIcon.TRASH.create(), event -> {
            shown.remove(entry);
            list.remove(layout);
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(removeLabel);
        row.parts().forEach(layout::add);
        layout.add(remove);
        if (value != null) {
            row.read(value);
        }
        row.onChange(this::updateValue);
        shown.add(entry);
        list.add(layout);
    }

    @Override
    protected List<T> generateModelValue() {
        return shown.stream().map(entry -> entry.row().value()).filter(Objects::nonNull).toList();
    }

    @Override
    protected void setPresentationValue(@Nullable List<T> values) {
        shown.clear();
        list.removeAll();
        if (values != null) {
            values.forEach(this::addRow);
        }
    }
}
