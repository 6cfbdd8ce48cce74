package org.inclusio.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.privacy.DataSubjectService;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.ui.CaseFileContribution;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * The organisation administrator's answers to a person's requests, on the person's case file: a copy of everything
 * held about them (JSON for machines, PDF to hand over) and erasure. File names carry the case number, never a name.
 */
@org.springframework.stereotype.Component
class PersonalDataTab implements CaseFileContribution {

    private final DataSubjectService dataSubjects;
    private final JsonMapper json;

    PersonalDataTab(DataSubjectService dataSubjects, JsonMapper json) {
        this.dataSubjects = dataSubjects;
        this.json = json;
    }

    @Override
    public String id() {
        return "personal-data";
    }

    @Override
    public String title() {
        return "privacy.tab";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<Component> create(CaseFileContext caseFile) {
        if (!CurrentActor.get().map(actor -> actor.hasRole(Role.ORG_ADMIN)).orElse(false)) {
            return Optional.empty();
        }
        var id = new CaseFileId(caseFile.id());
        var content = new VerticalLayout();
        content.setPadding(false);
        content.add(new H3(content.getTranslation("privacy.export.title")),
                new Paragraph(content.getTranslation("privacy.export.explanation")));
        var downloads = new FlexLayout(
                download(content.getTranslation("privacy.export.json"), "privacy-export-json",
                        caseFile.caseNumber() + ".json", "application/json",
                        () -> json.writeValueAsBytes(dataSubjects.export(id))),
                download(content.getTranslation("privacy.export.pdf"), "privacy-export-pdf",
                        caseFile.caseNumber() + ".pdf", "application/pdf", () -> dataSubjects.exportPdf(id)));
        downloads.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        downloads.getStyle().set("gap", "var(--lumo-space-m)");
        content.add(downloads);

        content.add(new H3(content.getTranslation("privacy.erase.title")),
                new Paragraph(content.getTranslation("privacy.erase.explanation")));
        var erase = new Button(content.getTranslation("privacy.erase"), event -> confirmErasure(id, caseFile));
        erase.setId("privacy-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        content.add(erase);
        return Optional.of(content);
    }

    private interface Content {
        byte[] bytes();
    }

    private static Anchor download(String text, String elementId, String fileName, String contentType,
                                   Content content) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.bytes();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), text);
        anchor.setId(elementId);
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }

    private void confirmErasure(CaseFileId id, CaseFileContext caseFile) {
        var ui = UI.getCurrent();
        var dialog = new ConfirmDialog();
        dialog.setHeader(ui.getTranslation("privacy.erase.confirm.title", caseFile.caseNumber()));
        dialog.setText(ui.getTranslation("privacy.erase.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("common.cancel"));
        dialog.setConfirmText(ui.getTranslation("privacy.erase"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            dataSubjects.erase(id);
            Notification.show(ui.getTranslation("privacy.erased", caseFile.caseNumber()), 5000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            ui.refreshCurrentRoute(false);
        });
        dialog.open();
    }
}
