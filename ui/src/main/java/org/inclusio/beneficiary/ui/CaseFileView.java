package org.inclusio.beneficiary.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.inclusio.beneficiary.CaseFile;
import org.inclusio.beneficiary.CaseFileDetails;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.beneficiary.CaseFileReader;
import org.inclusio.beneficiary.CaseFileRevision;
import org.inclusio.beneficiary.CaseFileService;
import org.inclusio.beneficiary.CaseFileStatus;
import org.inclusio.beneficiary.ClosingReason;
import org.inclusio.beneficiary.Consent;
import org.inclusio.beneficiary.ConsentPurpose;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.StaleVersionException;
import org.inclusio.shared.security.Roles;
import org.inclusio.shared.ui.CaseFileContribution;
import org.jspecify.annotations.Nullable;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One case file: who the person is, the timeline of the work with them (contributed by the features that build on
 * case files), consents, the history of changes and, for organisation admins, who opened it. The open tab is in the
 * URL ({@code ?tab=history}), so a reload or a link shows the same place.
 */
@Route("case-files/:caseFile")
@RolesAllowed({Roles.CASEWORKER, Roles.MANAGER, Roles.PROTECTION_FOCAL_POINT, Roles.INTERCULTURAL_WORKER,
        Roles.ORG_ADMIN})
class CaseFileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Field names of the history that have a label of their own; others are shown as they are. */
    private static final Set<String> LABELLED_FIELDS = Arrays.stream(CaseFileDetails.class.getRecordComponents())
            .map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());

    private final CaseFileService caseFiles;
    private final List<CaseFileContribution> contributions;
    private final Map<String, Tab> tabs = new LinkedHashMap<>();
    private @Nullable CaseFile caseFile;
    private @Nullable String selectedTab;

    CaseFileView(CaseFileService caseFiles, List<CaseFileContribution> contributions) {
        this.caseFiles = caseFiles;
        this.contributions = contributions.stream().sorted(Comparator.comparingInt(CaseFileContribution::order))
                .toList();
        setSizeFull();
        addClassName("case-file");
    }

    static void show(CaseFileId id) {
        UI.getCurrent().navigate(CaseFileView.class, new RouteParameters("caseFile", id.toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("caseFile").flatMap(CaseFileView::parse);
        if (id.isEmpty()) {
            throw new NotFoundException();
        }
        try {
            caseFile = caseFiles.get(id.get());
        } catch (org.inclusio.shared.NotFoundException e) {
            throw new NotFoundException();
        }
        selectedTab = event.getLocation().getQueryParameters().getSingleParameter("tab").orElse(null);
        render();
    }

    private void render() {
        var file = caseFile;
        removeAll();
        tabs.clear();
        var sheet = new TabSheet();
        sheet.setId("case-file-tabs");
        for (var contribution : contributions) {
            contribution.create(new CaseFileContribution.CaseFileContext(file.id().value(), file.caseNumber(),
                    file.status() == CaseFileStatus.OPEN, file.preferredLanguage())).ifPresent(content ->
                    addTab(sheet, contribution.id(), getTranslation(contribution.title()), content));
        }
        addTab(sheet, "details", getTranslation("case-file.tab.details"), details(file));
        addTab(sheet, "consents", getTranslation("case-file.tab.consents"), consents(file));
        addTab(sheet, "history", getTranslation("case-file.tab.history"), history(file));
        if (CaseFileAccess.maySeeReaders()) {
            addTab(sheet, "readers", getTranslation("case-file.tab.readers"), readers(file));
        }
        if (selectedTab != null && tabs.containsKey(selectedTab)) {
            sheet.setSelectedTab(tabs.get(selectedTab));
        }
        sheet.addSelectedChangeListener(event -> tabs.entrySet().stream()
                .filter(entry -> entry.getValue().equals(event.getSelectedTab())).findFirst()
                .ifPresent(entry -> {
                    selectedTab = entry.getKey();
                    getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                            "case-files/" + file.id() + "?tab=" + selectedTab));
                }));
        sheet.setWidthFull();
        add(header(file), sheet);
    }

    private void addTab(TabSheet sheet, String id, String label, Component content) {
        var tab = sheet.add(label, content);
        tab.setId("case-file-tab-" + id);
        tabs.put(id, tab);
    }

    private Component header(CaseFile file) {
        var number = new H2(file.caseNumber());
        number.addClassName("case-number");
        var name = new Span(file.displayName());
        name.addClassName("case-file-name");
        name.setId("case-file-name");
        var title = new HorizontalLayout(number, name, statusBadge(file.status()));
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        title.setWrap(true);
        var header = new HorizontalLayout(title);
        header.setWrap(true);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        if (CaseFileAccess.mayWrite()) {
            header.add(file.status() == CaseFileStatus.OPEN
                    ? new Button(getTranslation("case-file.close"), VaadinIcon.LOCK.create(),
                            event -> openCloseDialog(file))
                    : new Button(getTranslation("case-file.reopen"), VaadinIcon.UNLOCK.create(),
                            event -> changed(caseFiles.reopen(file.id()), "case-file.reopened")));
            header.getComponentAt(header.getComponentCount() - 1).setId("case-file-close-reopen");
        }
        if (file.status() == CaseFileStatus.CLOSED && file.closingReason() != null) {
            var closed = new Paragraph(getTranslation("case-file.closed-because",
                    getTranslation("closing-reason." + file.closingReason().name()), date(file.closedOn())));
            closed.setId("case-file-closed");
            return new VerticalLayout(header, closed);
        }
        return header;
    }

    static Span statusBadge(CaseFileStatus status) {
        var badge = new Span();
        badge.setText(badge.getTranslation("case-file.status." + status.name()));
        badge.addClassNames("status-badge", "status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    private Component details(CaseFile file) {
        var form = new CaseFileForm(file.specialCategory() != null, caseFiles.assignableCaseworkers());
        form.read(file.toDetails());
        var content = new VerticalLayout(form);
        content.setPadding(false);
        if (CaseFileAccess.mayWrite()) {
            var save = new Button(getTranslation("case-file.save"), event -> form.write().ifPresent(details -> {
                try {
                    changed(caseFiles.update(file.id(), file.version(), details), "case-file.saved");
                } catch (InvalidInputException e) {
                    form.show(e);
                } catch (ConstraintViolationException e) {
                    form.show(e);
                } catch (StaleVersionException e) {
                    Notification.show(getTranslation("case-file.stale"), 8000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-case-file");
            content.add(save);
        } else {
            form.readOnly();
        }
        return content;
    }

    private Component consents(CaseFile file) {
        var list = new VerticalLayout();
        list.setPadding(false);
        list.setId("case-file-consents");
        for (var purpose : ConsentPurpose.values()) {
            var consent = file.consents().stream().filter(c -> c.purpose() == purpose).findFirst()
                    .orElse(new Consent(purpose, null, null));
            var state = new Span(consentState(consent));
            state.addClassName("consent-state");
            var row = new HorizontalLayout(new Span(getTranslation("consent." + purpose.name())), state);
            row.setWrap(true);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.addClassName("consent");
            if (CaseFileAccess.mayWrite()) {
                var toggle = consent.inForce()
                        ? new Button(getTranslation("case-file.consent.withdraw"), event -> changed(
                                caseFiles.withdrawConsent(file.id(), purpose, null), "case-file.consent.withdrawn"))
                        : new Button(getTranslation("case-file.consent.give"), event -> changed(
                                caseFiles.giveConsent(file.id(), purpose, null), "case-file.consent.given"));
                toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
                toggle.setId("consent-" + purpose.name());
                row.add(toggle);
            }
            list.add(row);
        }
        return list;
    }

    private String consentState(Consent consent) {
        if (consent.inForce()) {
            return getTranslation("case-file.consent.given-on", date(consent.givenOn()));
        }
        if (consent.withdrawnOn() != null) {
            return getTranslation("case-file.consent.withdrawn-on", date(consent.withdrawnOn()));
        }
        return getTranslation("case-file.consent.not-given");
    }

    private Component history(CaseFile file) {
        var grid = new Grid<CaseFileRevision>();
        grid.setId("case-file-history");
        grid.addColumn(revision -> time(revision.at())).setHeader(getTranslation("case-file.history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(revision -> getTranslation("revision.kind." + revision.kind().name()))
                .setHeader(getTranslation("case-file.history.what")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(revision -> revision.actorName() == null ? "" : revision.actorName())
                .setHeader(getTranslation("case-file.history.who")).setAutoWidth(true);
        grid.addColumn(revision -> revision.changedFields().stream().map(this::fieldLabel)
                .collect(Collectors.joining(", "))).setHeader(getTranslation("case-file.history.fields"));
        grid.setItems(caseFiles.history(file.id()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String fieldLabel(String field) {
        return LABELLED_FIELDS.contains(field) ? getTranslation("case-file.field." + field) : field;
    }

    private Component readers(CaseFile file) {
        var grid = new Grid<CaseFileReader>();
        grid.setId("case-file-readers");
        grid.addColumn(reader -> time(reader.at())).setHeader(getTranslation("case-file.history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(reader -> reader.actorName() == null ? reader.actorId().toString() : reader.actorName())
                .setHeader(getTranslation("case-file.history.who"));
        grid.setItems(caseFiles.readers(file.id()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void openCloseDialog(CaseFile file) {
        var dialog = new Dialog(getTranslation("case-file.close.title", file.caseNumber()));
        var reason = new Select<ClosingReason>();
        reason.setLabel(getTranslation("case-file.close.reason"));
        reason.setItems(ClosingReason.values());
        reason.setItemLabelGenerator(value -> getTranslation("closing-reason." + value.name()));
        reason.setId("closing-reason");
        reason.setWidthFull();
        var confirm = new Button(getTranslation("case-file.close"), event -> {
            if (reason.getValue() == null) {
                reason.setErrorMessage(getTranslation("case-file.close.reason.required"));
                reason.setInvalid(true);
                return;
            }
            dialog.close();
            changed(caseFiles.close(file.id(), reason.getValue()), "case-file.closed");
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-close");
        dialog.add(new Paragraph(getTranslation("case-file.close.text")), reason);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), event -> dialog.close()), confirm);
        dialog.setWidth("min(30em, 100vw)");
        dialog.open();
    }

    /** Shows the case file as the service returned it after a change, on the same tab, without reading it again. */
    private void changed(CaseFile changed, String messageKey) {
        caseFile = changed;
        render();
        Notification.show(getTranslation(messageKey), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private String date(@Nullable LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(date);
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    private static Optional<CaseFileId> parse(String value) {
        try {
            return Optional.of(new CaseFileId(UUID.fromString(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return (caseFile == null ? getTranslation("case-files.heading") : caseFile.caseNumber()) + " | Inclusio";
    }
}
