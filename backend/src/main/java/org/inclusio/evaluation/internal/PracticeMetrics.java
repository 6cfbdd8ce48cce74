package org.inclusio.evaluation.internal;

import org.inclusio.assessment.NeedsStatistics;
import org.inclusio.consultation.ConsultationStatistics;
import org.inclusio.feedback.FeedbackStatistics;
import org.inclusio.practice.IndicatorActuals;
import org.inclusio.practice.IndicatorMetric;
import org.inclusio.practice.PracticeId;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The indicators' metrics, each answered by the feature that holds the records. */
@Component
class PracticeMetrics implements IndicatorActuals {

    private final ConsultationStatistics consultations;
    private final FeedbackStatistics feedback;
    private final NeedsStatistics needs;

    PracticeMetrics(ConsultationStatistics consultations, FeedbackStatistics feedback, NeedsStatistics needs) {
        this.consultations = consultations;
        this.feedback = feedback;
        this.needs = needs;
    }

    @Override
    public BigDecimal compute(PracticeId practice, IndicatorMetric metric, LocalDate from, LocalDate to) {
        long value = switch (metric) {
            case BENEFICIARIES_SERVED -> consultations.forPractice(practice.value(), from, to).beneficiariesServed();
            case CONSULTATIONS_HELD -> consultations.forPractice(practice.value(), from, to).consultations();
            case PARTICIPATORY_CONSULTATIONS ->
                    consultations.forPractice(practice.value(), from, to).participatoryConsultations();
            case PEOPLE_TRAINED -> consultations.forPractice(practice.value(), from, to).peopleTrained();
            case REFERRALS_MADE -> consultations.forPractice(practice.value(), from, to).referralsMade();
            case FEEDBACK_RECEIVED -> feedback.forPractice(practice.value(), from, to).received();
            case FEEDBACK_ANSWERED -> feedback.forPractice(practice.value(), from, to).answered();
            case ASSESSMENTS_DONE -> needs.assessmentsDone(practice.value(), from, to);
        };
        return BigDecimal.valueOf(value);
    }
}
