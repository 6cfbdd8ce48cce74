package org.inclusio.assessment.internal;

import org.inclusio.shared.privacy.DataSubjectRecords;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * The person's needs assessments in a data-subject request, with the sensitive domains' descriptions. Erasure clears
 * the free text that may describe the person (need descriptions, sealed ones included, goals, the other barrier, work
 * experience, qualifications) and keeps levels, statuses, barriers and dates, so that the figures still add up.
 */
@Component
@Order(20)
@Transactional
class AssessmentDataSubjectRecords implements DataSubjectRecords {

    static final String ERASED = "(erased)";

    private final NeedsAssessmentServiceImpl service;
    private final NeedsAssessmentRepository assessments;

    AssessmentDataSubjectRecords(NeedsAssessmentServiceImpl service, NeedsAssessmentRepository assessments) {
        this.service = service;
        this.assessments = assessments;
    }

    @Override
    public String section() {
        return "needsAssessments";
    }

    @Override
    public Object export(UUID caseFileId) {
        return service.fullHistory(caseFileId);
    }

    @Override
    public long anonymise(UUID caseFileId) {
        var own = assessments.findByCaseFileId(caseFileId);
        own.forEach(assessment -> assessment.erase(ERASED));
        assessments.flush();
        return own.size();
    }
}
