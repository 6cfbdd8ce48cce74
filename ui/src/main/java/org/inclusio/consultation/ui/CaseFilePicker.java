package org.inclusio.consultation.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.data.provider.Query;
import org.inclusio.beneficiary.CaseFileDirectory;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.beneficiary.CaseFileSearch;
import org.inclusio.beneficiary.CaseFileService;
import org.inclusio.beneficiary.CaseFileStatus;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.ui.CursorItems;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The case files a consultation is about: typed part of a case number or name finds open case files page by page;
 * the chosen ones show as "case number · name".
 */
class CaseFilePicker extends CustomField<Set<CaseFileId>> {

    /** A case file as the picker shows it; equal when the id is. */
    record Choice(CaseFileId id, String label) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Choice choice && choice.id.equals(id);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }
    }

    private final MultiSelectComboBox<Choice> combo = new MultiSelectComboBox<>();
    private final CaseFileService caseFiles;
    private final CaseFileDirectory directory;
    private String lastFilter = "";
    private CursorItems<Choice> lastItems;

    CaseFilePicker(CaseFileService caseFiles, CaseFileDirectory directory) {
        this.caseFiles = caseFiles;
        this.directory = directory;
        this.lastItems = items("");
        combo.setItems(this::fetch);
        combo.setItemLabelGenerator(Choice::label);
        combo.setPlaceholder(getTranslation("consultation.case-files.search"));
        combo.setWidthFull();
        combo.setId("case-file-picker");
        combo.addValueChangeListener(event -> updateValue());
        add(combo);
    }

    private Stream<Choice> fetch(Query<Choice, String> query) {
        String filter = query.getFilter().orElse("").strip();
        if (!filter.equals(lastFilter)) {
            lastFilter = filter;
            lastItems = items(filter);
        }
        return lastItems.fetch(query);
    }

    private CursorItems<Choice> items(String filter) {
        var search = new CaseFileSearch(filter.isEmpty() ? null : filter, CaseFileStatus.OPEN, null, null, null);
        return new CursorItems<>(cursor -> {
            var page = caseFiles.search(search, cursor, 50);
            return new CursorPage<>(page.items().stream()
                    .map(summary -> new Choice(summary.id(), summary.caseNumber() + " · " + summary.displayName()))
                    .toList(), page.nextCursor());
        });
    }

    @Override
    protected Set<CaseFileId> generateModelValue() {
        return combo.getValue().stream().map(Choice::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    protected void setPresentationValue(Set<CaseFileId> ids) {
        combo.setValue(ids == null || ids.isEmpty() ? Set.of() : directory.findAll(ids).stream()
                .map(reference -> new Choice(reference.id(), reference.caseNumber() + " · " + reference.displayName()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }
}
