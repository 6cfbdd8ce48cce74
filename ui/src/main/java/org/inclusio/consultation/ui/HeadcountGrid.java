package org.inclusio.consultation.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import org.inclusio.beneficiary.AgeBand;
import org.inclusio.beneficiary.Gender;
import org.inclusio.consultation.Headcount;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Anonymous participants of a group consultation by age band (rows) and gender (columns), with the total of every
 * row, every column and the whole grid kept up to date as counts are typed. Empty cells count as zero and are not
 * sent.
 */
class HeadcountGrid extends CustomField<List<Headcount>> {

    private final Map<Gender, Map<AgeBand, IntegerField>> cells = new EnumMap<>(Gender.class);
    private final Map<Gender, Span> genderTotals = new EnumMap<>(Gender.class);
    private final Map<AgeBand, Span> bandTotals = new EnumMap<>(AgeBand.class);
    private final Span total = new Span("0");

    HeadcountGrid() {
        setLabel(getTranslation("consultation.headcounts"));
        setHelperText(getTranslation("consultation.headcounts.hint"));
        var grid = new Div();
        grid.addClassName("headcount-grid");
        grid.add(heading(""));
        for (var gender : Gender.values()) {
            grid.add(heading(getTranslation("gender." + gender.name())));
        }
        grid.add(heading(getTranslation("consultation.total")));
        for (var band : AgeBand.values()) {
            grid.add(heading(getTranslation("age-band." + band.name())));
            for (var gender : Gender.values()) {
                var cell = new IntegerField();
                cell.setMin(0);
                cell.setMax(100_000);
                cell.setPlaceholder("0");
                cell.setAriaLabel(getTranslation("consultation.headcount.cell", getTranslation("gender." + gender.name()),
                        getTranslation("age-band." + band.name())));
                cell.setId("headcount-" + gender.name() + "-" + band.name());
                cell.addValueChangeListener(event -> {
                    updateTotals();
                    updateValue();
                });
                cells.computeIfAbsent(gender, key -> new EnumMap<>(AgeBand.class)).put(band, cell);
                grid.add(cell);
            }
            var bandTotal = totalCell("headcount-total-" + band.name());
            bandTotals.put(band, bandTotal);
            grid.add(bandTotal);
        }
        grid.add(heading(getTranslation("consultation.total")));
        for (var gender : Gender.values()) {
            var genderTotal = totalCell("headcount-total-" + gender.name());
            genderTotals.put(gender, genderTotal);
            grid.add(genderTotal);
        }
        total.addClassNames("headcount-total", "headcount-grand-total");
        total.setId("headcount-total");
        grid.add(total);
        add(grid);
        setId("headcounts");
    }

    private static Span heading(String text) {
        var heading = new Span(text);
        heading.addClassName("headcount-heading");
        return heading;
    }

    private static Span totalCell(String id) {
        var cell = new Span("0");
        cell.addClassName("headcount-total");
        cell.setId(id);
        return cell;
    }

    private void updateTotals() {
        int all = 0;
        for (var band : AgeBand.values()) {
            int sum = 0;
            for (var gender : Gender.values()) {
                sum += count(gender, band);
            }
            bandTotals.get(band).setText(Integer.toString(sum));
            all += sum;
        }
        for (var gender : Gender.values()) {
            int sum = 0;
            for (var band : AgeBand.values()) {
                sum += count(gender, band);
            }
            genderTotals.get(gender).setText(Integer.toString(sum));
        }
        total.setText(Integer.toString(all));
    }

    private int count(Gender gender, AgeBand band) {
        Integer value = cells.get(gender).get(band).getValue();
        return value == null ? 0 : value;
    }

    /** The number of people in the grid, as the last cell shows it. */
    int total() {
        return Integer.parseInt(total.getText());
    }

    @Override
    protected List<Headcount> generateModelValue() {
        var headcounts = new ArrayList<Headcount>();
        for (var gender : Gender.values()) {
            for (var band : AgeBand.values()) {
                Integer value = cells.get(gender).get(band).getValue();
                if (value != null && value != 0) {
                    headcounts.add(new Headcount(gender, band, value));
                }
            }
        }
        return headcounts;
    }

    @Override
    protected void setPresentationValue(List<Headcount> headcounts) {
        cells.values().forEach(row -> row.values().forEach(IntegerField::clear));
        if (headcounts != null) {
            headcounts.forEach(headcount -> cells.get(headcount.gender()).get(headcount.ageBand())
                    .setValue(headcount.count()));
        }
        updateTotals();
    }
}
