package org.inclusio.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.inclusio.beneficiary.CaseFileDirectory;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.beneficiary.ConsentPurpose;
import org.inclusio.consultation.ConsultationService;
import org.inclusio.consultation.ConsultationSummary;
import org.inclusio.consultation.CreateReferral;
import org.inclusio.consultation.FollowUp;
import org.inclusio.consultation.FollowUpService;
import org.inclusio.consultation.Partner;
import org.inclusio.consultation.PartnerService;
import org.inclusio.consultation.Referral;
import org.inclusio.consultation.ReferralService;
import org.inclusio.consultation.TimelineEntry;
import org.inclusio.identity.Colleagues;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.ui.CaseFileContribution;
import org.inclusio.shared.ui.IsoCodes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * The first tab of a case file: "log a consultation" (linked to this file, in the person's preferred language), a new
 * follow-up, a referral to a partner, and the timeline of consultations, follow-ups and referrals, newest first.
 */
@SpringComponent
class CaseFileTimeline implements CaseFileContribution {

    static final String TAB = "timeline";

    private final ConsultationService consultations;
    private final FollowUpService followUps;
    private final ReferralService referrals;
    private final PartnerService partners;
    private final CaseFileDirectory directory;
    private final Colleagues colleagues;

    CaseFileTimeline(ConsultationService consultations, FollowUpService followUps, ReferralService referrals,
                     PartnerService partners, CaseFileDirectory directory, Colleagues colleagues) {
        this.consultations = consultations;
        this.followUps = followUps;
        this.referrals = referrals;
        this.partners = partners;
        this.directory = directory;
        this.colleagues = colleagues;
    }

    @Override
    public String id() {
        return TAB;
    }

    @Override
    public String title() {
        return "timeline.tab";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Optional<Component> create(CaseFileContext caseFile) {
        return ConsultationAccess.mayRead() ? Optional.of(new Timeline(caseFile)) : Optional.empty();
    }

    private final class Timeline extends VerticalLayout {

        private final CaseFileContext caseFile;
        private final CaseFileId id;
        private final VerticalLayout entries = new VerticalLayout();

        Timeline(CaseFileContext caseFile) {
            this.caseFile = caseFile;
            this.id = new CaseFileId(caseFile.id());
            var actions = new HorizontalLayout();
            actions.setWrap(true);
            if (ConsultationAccess.mayLog() && caseFile.open()) {
                var log = new Button(getTranslation("timeline.log-consultation"), VaadinIcon.PLUS.create(),
                        event -> logConsultation());
                log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                log.setId("log-consultation");
                var followUp = new Button(getTranslation("timeline.add-follow-up"), VaadinIcon.CALENDAR.create(),
                        event -> FollowUpDialog.open(this, followUps, FollowUpDialog.assignable(colleagues), null, id,
                                this::refresh));
                followUp.setId("add-follow-up");
                actions.add(log, followUp);
            }
            if (ConsultationAccess.mayRefer() && caseFile.open()) {
                var refer = new Button(getTranslation("timeline.refer"), VaadinIcon.EXIT_O.create(),
                        event -> openReferralDialog());
                refer.setId("refer-case-file");
                actions.add(refer);
            }
            entries.setPadding(false);
            entries.setSpacing(false);
            entries.setId("case-file-timeline");
            entries.addClassName("timeline");
            add(actions, entries);
            setPadding(false);
            refresh();
        }

        private void logConsultation() {
            var parameters = new LinkedHashMap<String, String>();
            parameters.put("caseFile", caseFile.id().toString());
            if (caseFile.preferredLanguage() != null) {
                parameters.put("language", caseFile.preferredLanguage());
            }
            getUI().ifPresent(ui -> ui.navigate("consultations/new", QueryParameters.simple(parameters)));
        }

        private void refresh() {
            entries.removeAll();
            var timeline = consultations.timeline(id);
            if (timeline.isEmpty()) {
                entries.add(new Paragraph(getTranslation("timeline.empty")));
            }
            timeline.forEach(entry -> entries.add(entry(entry)));
        }

        private Component entry(TimelineEntry entry) {
            var date = new Span(date(entry.date()));
            date.addClassName("timeline-date");
            var kind = new Span(getTranslation("timeline.kind." + entry.kind().name()));
            kind.addClassNames("timeline-kind", "timeline-kind-" + entry.kind().name().toLowerCase(java.util.Locale.ROOT));
            var row = new Div(date, kind);
            row.addClassName("timeline-entry");
            switch (entry.kind()) {
                case CONSULTATION -> row.add(consultation(entry.consultation()));
                case FOLLOW_UP -> row.add(followUp(entry.followUp()));
                case REFERRAL -> row.add(referral(entry.referral()));
            }
            return row;
        }

        private Component consultation(ConsultationSummary consultation) {
            var parts = new ArrayList<String>();
            parts.add(getTranslation("consultation-type." + consultation.type().name()));
            parts.add(getTranslation("consultation-purpose." + consultation.purpose().name()));
            parts.add(getTranslation("channel." + consultation.channel().name()));
            parts.add(IsoCodes.languageName(consultation.language(), getLocale()));
            if (consultation.interpreterPresent()) {
                parts.add(getTranslation("timeline.with-interpreter"));
            }
            if (consultation.interculturalWorkerPresent()) {
                parts.add(getTranslation("timeline.with-intercultural-worker"));
            }
            if (consultation.type().isGroup()) {
                parts.add(getTranslation("timeline.participants", consultation.participants()));
            }
            return text(String.join(" · ", parts));
        }

        private Component followUp(FollowUp followUp) {
            var text = text(followUp.what());
            var state = new Span(getTranslation(followUp.isDone() ? "follow-up.done"
                    : followUp.overdue() ? "follow-up.overdue" : "follow-up.open"));
            state.addClassName(followUp.overdue() ? "follow-up-overdue" : "follow-up-state");
            var content = new Div(text, state);
            content.addClassName("timeline-text");
            if (!followUp.isDone() && ConsultationAccess.mayLog()) {
                var done = new Button(getTranslation("follow-up.mark-done"), event -> {
                    followUps.complete(followUp.id());
                    refresh();
                });
                done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                done.addClassName("follow-up-done");
                content.add(done);
            }
            return content;
        }

        private Component referral(Referral referral) {
            var content = new Div(new Span(getTranslation("timeline.referral", referral.partnerName(),
                    getTranslation("referral-status." + referral.status().name()))), new Paragraph(referral.reason()));
            content.addClassName("timeline-text");
            if (ConsultationAccess.mayRefer()) {
                for (var next : referral.status().next()) {
                    var change = new Button(getTranslation("referral.mark." + next.name()), event -> {
                        try {
                            referrals.changeStatus(referral.id(), referral.version(), next);
                        } catch (InvalidInputException e) {
                            Notification.show(e.errors().getFirst().message());
                        }
                        refresh();
                    });
                    change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    change.addClassName("referral-" + next.name().toLowerCase(java.util.Locale.ROOT));
                    content.add(change);
                }
            }
            return content;
        }

        private Span text(String value) {
            var text = new Span(value);
            text.addClassName("timeline-text");
            return text;
        }

        private void openReferralDialog() {
            var dialog = new Dialog(getTranslation("referral.new"));
            var partner = new ComboBox<Partner>(getTranslation("referral.partner"));
            partner.setItems(partners.list());
            partner.setItemLabelGenerator(p -> p.name() + " (" + getTranslation("partner-kind." + p.kind().name())
                    + ")");
            partner.setId("referral-partner");
            partner.setWidthFull();
            var reason = new TextArea(getTranslation("referral.reason"));
            reason.setMaxLength(2_000);
            reason.setId("referral-reason");
            reason.setWidthFull();
            var form = new FormLayout(partner, reason);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            var send = new Button(getTranslation("referral.send"), event -> {
                if (partner.getValue() == null || reason.getValue().isBlank()) {
                    partner.setInvalid(partner.getValue() == null);
                    partner.setErrorMessage(getTranslation("consultation.required"));
                    reason.setInvalid(reason.getValue().isBlank());
                    reason.setErrorMessage(getTranslation("consultation.required"));
                    return;
                }
                try {
                    referrals.create(new CreateReferral(id, partner.getValue().id(), reason.getValue().strip(),
                            null));
                    dialog.close();
                    Notification.show(getTranslation("referral.sent"), 3000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    refresh();
                } catch (InvalidInputException e) {
                    var message = new Paragraph(e.errors().getFirst().message());
                    message.addClassName("form-error");
                    form.addComponentAsFirst(message);
                }
            });
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.setId("send-referral");
            boolean consented = directory.find(id).map(file -> file.hasConsent(ConsentPurpose.REFERRAL_TO_PARTNERS))
                    .orElse(false);
            if (!consented) {
                var missing = new Paragraph(getTranslation("referral.no-consent"));
                missing.addClassName("form-error");
                missing.setId("referral-no-consent");
                dialog.add(missing);
                send.setEnabled(false);
            }
            dialog.add(form);
            dialog.getFooter().add(new Button(getTranslation("common.cancel"), event -> dialog.close()), send);
            dialog.setWidth("min(36em, 100vw)");
            dialog.open();
        }

        private String date(LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(date);
        }
    }
}
