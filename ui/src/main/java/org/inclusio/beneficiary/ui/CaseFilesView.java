package org.inclusio.beneficiary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.inclusio.beneficiary.AssignedCaseworker;
import org.inclusio.beneficiary.CaseFileDetails;
import org.inclusio.beneficiary.CaseFileSearch;
import org.inclusio.beneficiary.CaseFileService;
import org.inclusio.beneficiary.CaseFileStatus;
import org.inclusio.beneficiary.CaseFileSummary;
import org.inclusio.beneficiary.ConsentPurpose;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.ui.CursorItems;
import org.inclusio.shared.ui.IsoCodes;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The organisation's case files: search and filters, rows fetched page by page as the list scrolls, and a new case
 * file for those who may write. The filters are in the URL, so a link or a reload shows the same list; the free-text
 * search is not, because it is usually a person's name.
 */
@Route("case-files")
@Menu(order = 20, icon = "vaadin:folder-open-o", title = "case-files.menu")
@RolesAllowed({Roles.CASEWORKER, Roles.MANAGER, Roles.PROTECTION_FOCAL_POINT, Roles.INTERCULTURAL_WORKER,
        Roles.ORG_ADMIN})
class CaseFilesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 50;

    private final CaseFileService caseFiles;
    private final List<AssignedCaseworker> caseworkers;
    private final TextField text = new TextField();
    private final Select<CaseFileStatus> status = new Select<>();
    private final ComboBox<AssignedCaseworker> caseworker = new ComboBox<>();
    private final ComboBox<String> nationality = new ComboBox<>();
    private final ComboBox<String> language = new ComboBox<>();
    private final Grid<CaseFileSummary> grid = new Grid<>();
    private boolean applyingUrl;

    CaseFilesView(CaseFileService caseFiles) {
        this.caseFiles = caseFiles;
        this.caseworkers = caseFiles.assignableCaseworkers();
        var header = new HorizontalLayout(new H2(getTranslation("case-files.heading")));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        if (CaseFileAccess.mayWrite()) {
            var create = new Button(getTranslation("case-files.new"), VaadinIcon.PLUS.create(),
                    event -> openNewCaseFileDialog());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-case-file");
            header.add(create);
        }
        add(header, filters(), grid());
        setFlexGrow(1, grid);
        setSizeFull();
        addClassName("case-files");
    }

    private FlexLayout filters() {
        text.setLabel(getTranslation("case-files.search"));
        text.setPlaceholder(getTranslation("case-files.search.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("case-file-search");
        status.setLabel(getTranslation("case-files.status"));
        status.setItems(CaseFileStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("case-files.any"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("case-files.any")
                : getTranslation("case-file.status." + value.name()));
        status.setId("case-file-status-filter");
        caseworker.setLabel(getTranslation("case-files.caseworker"));
        caseworker.setItems(caseworkers);
        caseworker.setItemLabelGenerator(AssignedCaseworker::displayName);
        caseworker.setClearButtonVisible(true);
        caseworker.setId("case-file-caseworker-filter");
        nationality.setLabel(getTranslation("case-files.nationality"));
        IsoCodes.countries(nationality, getLocale());
        nationality.setClearButtonVisible(true);
        nationality.setId("case-file-nationality-filter");
        language.setLabel(getTranslation("case-files.language"));
        IsoCodes.languages(language, getLocale());
        language.setClearButtonVisible(true);
        language.setId("case-file-language-filter");
        text.addValueChangeListener(event -> refresh());
        status.addValueChangeListener(event -> filtersChanged());
        caseworker.addValueChangeListener(event -> filtersChanged());
        nationality.addValueChangeListener(event -> filtersChanged());
        language.addValueChangeListener(event -> filtersChanged());
        var filters = new FlexLayout(text, status, caseworker, nationality, language);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("list-filters");
        return filters;
    }

    private Grid<CaseFileSummary> grid() {
        grid.setId("case-files-grid");
        grid.addColumn(CaseFileSummary::caseNumber).setHeader(getTranslation("case-file.case-number"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CaseFileSummary::displayName).setHeader(getTranslation("case-files.name"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("case-files.status")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(summary -> summary.assignedCaseworker() == null ? ""
                        : summary.assignedCaseworker().displayName()).setHeader(getTranslation("case-files.caseworker"))
                .setAutoWidth(true);
        grid.addColumn(summary -> summary.languages().stream()
                        .map(code -> IsoCodes.languageName(code, getLocale())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("case-files.languages")).setAutoWidth(true);
        grid.addColumn(summary -> DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault()).format(summary.updatedAt()))
                .setHeader(getTranslation("case-files.updated")).setAutoWidth(true);
        grid.setMinHeight("20em");
        grid.addItemClickListener(event -> CaseFileView.show(event.getItem().id()));
        grid.setEmptyStateText(getTranslation("case-files.empty"));
        return grid;
    }

    private Span statusBadge(CaseFileSummary summary) {
        return CaseFileView.statusBadge(summary.status());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        applyingUrl = true;
        status.setValue(first(parameters, "status").flatMap(value -> parse(value, CaseFileStatus::valueOf))
                .orElse(null));
        caseworker.setValue(first(parameters, "caseworker").flatMap(value -> caseworkers.stream()
                .filter(member -> member.id().value().toString().equals(value)).findFirst()).orElse(null));
        nationality.setValue(first(parameters, "nationality").filter(code -> code.matches("[A-Z]{2}")).orElse(null));
        language.setValue(first(parameters, "language").filter(code -> code.matches("[a-z]{2}")).orElse(null));
        applyingUrl = false;
        refresh();
    }

    /** Keeps the URL in step with the filters, without a new history entry for each click. */
    private void filtersChanged() {
        if (applyingUrl) {
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (status.getValue() != null) {
            parameters.put("status", status.getValue().name());
        }
        if (caseworker.getValue() != null) {
            parameters.put("caseworker", caseworker.getValue().id().value().toString());
        }
        if (nationality.getValue() != null) {
            parameters.put("nationality", nationality.getValue());
        }
        if (language.getValue() != null) {
            parameters.put("language", language.getValue());
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "case-files"
                + (parameters.isEmpty() ? "" : "?" + QueryParameters.simple(parameters).getQueryString())));
        refresh();
    }

    private void refresh() {
        if (applyingUrl) {
            return;
        }
        var search = new CaseFileSearch(text.getValue().isBlank() ? null : text.getValue().strip(), status.getValue(),
                caseworker.getValue() == null ? null : caseworker.getValue().id(), nationality.getValue(),
                language.getValue());
        grid.setItems(new CursorItems<>(cursor -> caseFiles.search(search, cursor, PAGE_SIZE))::fetch);
    }

    private void openNewCaseFileDialog() {
        var dialog = new Dialog(getTranslation("case-files.new"));
        var form = new CaseFileForm(caseFiles.canSeeSpecialCategoryData(), caseworkers);
        form.read(CaseFileDetails.named(""));
        var consents = new CheckboxGroup<ConsentPurpose>(getTranslation("case-file.consents-given"));
        consents.setItems(ConsentPurpose.values());
        consents.setItemLabelGenerator(purpose -> getTranslation("consent." + purpose.name()));
        consents.setHelperText(getTranslation("case-file.consents-given.hint"));
        consents.setId("case-file-consents");
        var create = new Button(getTranslation("case-files.create"), event -> form.write().ifPresent(details -> {
            try {
                var created = caseFiles.create(details, List.copyOf(consents.getValue()));
                dialog.close();
                CaseFileView.show(created.id());
            } catch (InvalidInputException e) {
                form.show(e);
            } catch (ConstraintViolationException e) {
                form.show(e);
            }
        }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-case-file");
        dialog.add(new Paragraph(getTranslation("case-files.new.hint")), form, consents);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), event -> dialog.close()), create);
        dialog.setWidth("min(56em, 100vw)");
        dialog.open();
    }

    private static Optional<String> first(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name);
    }

    private static <T> Optional<T> parse(String value, Function<String, T> parser) {
        try {
            return Optional.of(parser.apply(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case-files.heading") + " | Inclusio";
    }
}
