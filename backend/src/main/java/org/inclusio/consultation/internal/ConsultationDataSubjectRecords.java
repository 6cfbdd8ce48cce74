package org.inclusio.consultation.internal;

import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.consultation.Accommodation;
import org.inclusio.consultation.Channel;
import org.inclusio.consultation.ConsultationPurpose;
import org.inclusio.consultation.ConsultationType;
import org.inclusio.consultation.FollowUp;
import org.inclusio.consultation.Referral;
import org.inclusio.shared.privacy.DataSubjectRecords;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The person's consultations, follow-ups and referrals in a data-subject request. Erasure clears the free text that
 * may name or describe the person: notes and outcomes of the consultations that concern this person alone, what a
 * follow-up of their case file says, the reason of a referral. Dates, types, languages, headcounts and links to the
 * (anonymised) case file stay, so statistics still add up; a group consultation's notes stay, because they are the
 * record of everybody else who took part too.
 */
@Component
@Order(10)
@Transactional
class ConsultationDataSubjectRecords implements DataSubjectRecords {

    static final String ERASED = "(erased)";

    record ConsultationExport(UUID id, LocalDate heldOn, @Nullable LocalTime startsAt, int durationMinutes,
                              ConsultationType type, ConsultationPurpose purpose, Channel channel,
                              @Nullable String place, String language, boolean interpreterPresent,
                              Set<Accommodation> accommodations, @Nullable String confidentialNotes,
                              @Nullable String outcome) {
    }

    record Export(List<ConsultationExport> consultations, List<FollowUp> followUps, List<Referral> referrals) {
    }

    private final ConsultationRepository consultations;
    private final FollowUpServiceImpl followUps;
    private final ReferralServiceImpl referrals;
    private final ConsultationErasures erasures;

    ConsultationDataSubjectRecords(ConsultationRepository consultations, FollowUpServiceImpl followUps,
                                   ReferralServiceImpl referrals, ConsultationErasures erasures) {
        this.consultations = consultations;
        this.followUps = followUps;
        this.referrals = referrals;
        this.erasures = erasures;
    }

    @Override
    public String section() {
        return "consultations";
    }

    @Override
    public Object export(UUID caseFileId) {
        var caseFile = new CaseFileId(caseFileId);
        return new Export(consultations.findByCaseFile(caseFileId).stream()
                .map(consultation -> new ConsultationExport(consultation.id(), consultation.heldOn(),
                        consultation.startsAt(), consultation.durationMinutes(), consultation.type(),
                        consultation.purpose(), consultation.channel(), consultation.place(),
                        consultation.language(), consultation.interpreterPresent(), consultation.accommodations(),
                        consultation.confidentialNotes(), consultation.outcome()))
                .toList(), followUps.ofCaseFile(caseFile), referrals.ofCaseFile(caseFile));
    }

    @Override
    public long anonymise(UUID caseFileId) {
        return (long) erasures.eraseFreeTextOfOwnConsultations(caseFileId) + erasures.eraseFollowUps(caseFileId)
                + erasures.eraseReferrals(caseFileId);
    }
}
