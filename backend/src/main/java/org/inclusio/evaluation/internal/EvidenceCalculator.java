package org.inclusio.evaluation.internal;

import org.inclusio.assessment.NeedsStatistics;
import org.inclusio.beneficiary.CaseFileStatistics;
import org.inclusio.consultation.ConsultationStatistics;
import org.inclusio.consultation.PracticeConsultationCounts;
import org.inclusio.evaluation.EvidenceMetric;
import org.inclusio.evaluation.MetricValue;
import org.inclusio.feedback.FeedbackStatistics;
import org.inclusio.feedback.PracticeFeedbackCounts;
import org.inclusio.practice.Funding;
import org.inclusio.practice.Indicator;
import org.inclusio.practice.IndicatorService;
import org.inclusio.practice.Practice;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Every evidence metric of a practice over a period, from the public services of the features that hold the records. */
@Component
class EvidenceCalculator {

    private final ConsultationStatistics consultations;
    private final FeedbackStatistics feedback;
    private final NeedsStatistics needs;
    private final IndicatorService indicators;
    private final CaseFileStatistics caseFiles;

    EvidenceCalculator(ConsultationStatistics consultations, FeedbackStatistics feedback, NeedsStatistics needs,
                       IndicatorService indicators, CaseFileStatistics caseFiles) {
        this.caseFiles = caseFiles;
        this.consultations = consultations;
        this.feedback = feedback;
        this.needs = needs;
        this.indicators = indicators;
    }

    /** The figures by metric, in the order of {@link EvidenceMetric}. */
    Map<EvidenceMetric, MetricValue> evidence(Practice practice, LocalDate from, LocalDate to) {
        PracticeConsultationCounts held = consultations.forPractice(practice.id().value(), from, to);
        PracticeFeedbackCounts heard = feedback.forPractice(practice.id().value(), from, to);
        var community = needs.evidence(practice.id().value(), from, to);
        var values = new Values();
        values.count(EvidenceMetric.BENEFICIARIES_SERVED, held.beneficiariesServed(), null, "people served");
        values.count(EvidenceMetric.CONSULTATIONS_HELD, held.consultations(), null, "consultations held");
        values.count(EvidenceMetric.PARTICIPATORY_CONSULTATIONS, held.participatoryConsultations(), null,
                "participatory consultations");
        values.count(EvidenceMetric.QUARTERS_WITH_PARTICIPATORY_CONSULTATION, held.quartersWithParticipatory(),
                quarters(from, to), "quarters of the period with a participatory consultation");
        values.count(EvidenceMetric.CONSULTATIONS_WITH_COMPENSATION, held.withCompensation(),
                held.participatoryConsultations(), "participatory consultations compensated participants");
        values.count(EvidenceMetric.ACCOMMODATIONS_PROVIDED, held.withAccommodations(), held.consultations(),
                "consultations with accommodations (childcare, interpretation, travel, …)");
        values.count(EvidenceMetric.INTERPRETATION_PROVIDED, held.withInterpretation(), held.consultations(),
                "consultations with an interpreter or intercultural worker");
        values.count(EvidenceMetric.LANGUAGES_SERVED, held.languages(), null, "languages consultations were held in");
        values.share(EvidenceMetric.PARTICIPANT_DIVERSITY, held.participatoryWomen(), held.participatoryParticipants(),
                "of the people consulted were women");
        var served = caseFiles.genders(consultations.servedCaseFiles(practice.id().value(), from, to));
        values.share(EvidenceMetric.SERVED_DIVERSITY, served.women(), served.genderStated(),
                "of the people served (gender stated) were women");
        values.count(EvidenceMetric.PARTICIPANT_AGE_BANDS, held.participatoryAgeBands(), 6,
                "age bands among the people consulted");
        values.count(EvidenceMetric.RECEIVING_SOCIETY_PARTICIPANTS, held.receivingSocietyParticipants(), null,
                "residents, civil servants and volunteers at group consultations");
        values.count(EvidenceMetric.PEOPLE_TRAINED, held.peopleTrained(), null,
                "civil servants and volunteers at sessions");
        values.count(EvidenceMetric.REFERRALS_MADE, held.referralsMade(), null, "referrals to partners");
        values.count(EvidenceMetric.PARTNERS, practice.partners().size(), null, "partners of the practice");
        var fundingTypes = practice.funding().stream().map(Funding::type).distinct().toList();
        values.count(EvidenceMetric.FUNDING_SOURCES, fundingTypes.size(), null, fundingTypes.isEmpty()
                ? "kinds of funding" : "kinds of funding: " + fundingTypes.stream().map(Enum::name)
                .collect(Collectors.joining(", ")));
        values.count(EvidenceMetric.FEEDBACK_RECEIVED, heard.received(), null, "feedback submissions received");
        values.share(EvidenceMetric.FEEDBACK_SHARE_ANSWERED, heard.answered(), heard.received(),
                "of the feedback answered");
        values.put(new MetricValue(EvidenceMetric.FEEDBACK_MEDIAN_DAYS_TO_ANSWER, heard.medianDaysToAnswer() == null
                ? null : BigDecimal.valueOf(heard.medianDaysToAnswer()).setScale(1, RoundingMode.HALF_UP), null,
                heard.medianDaysToAnswer() == null ? "nothing answered yet"
                        : heard.medianDaysToAnswer() + " days to answer (median)"));
        values.count(EvidenceMetric.OPEN_FEEDBACK_CHANNELS, heard.channels(), null, "feedback channels of the practice");
        values.count(EvidenceMetric.NEEDS_ASSESSMENTS, community.assessmentsDone(), null,
                "individual needs assessments");
        values.count(EvidenceMetric.PARTICIPATORY_ASSESSMENTS, community.participatoryAssessments(), null,
                "participatory assessments");
        values.count(EvidenceMetric.FINDINGS_ACTED_ON, community.findingsWithAction(), community.findings(),
                "findings acted on");
        var framework = indicators.list(practice.id());
        values.count(EvidenceMetric.INDICATORS_ON_TRACK, framework.stream().filter(indicator -> onTrack(indicator, to))
                .count(), framework.size(), "indicators on track");
        values.count(EvidenceMetric.INDICATORS_MEASURED, framework.stream().filter(indicator -> indicator.actual()
                != null).count(), framework.size(), "indicators measured");
        return values.all;
    }

    /** Calendar quarters the period touches. */
    static long quarters(LocalDate from, LocalDate to) {
        LocalDate first = from.withDayOfMonth(1).withMonth((from.getMonthValue() - 1) / 3 * 3 + 1);
        return ChronoUnit.MONTHS.between(first, to.withDayOfMonth(1)) / 3 + 1;
    }

    /** At least as far towards the target as the indicator's period is gone by the end of the evaluated period. */
    static boolean onTrack(Indicator indicator, LocalDate asOf) {
        if (indicator.progress() == null) {
            return false;
        }
        long days = Math.max(1, ChronoUnit.DAYS.between(indicator.periodFrom(), indicator.periodTo()) + 1);
        long gone = Math.clamp(ChronoUnit.DAYS.between(indicator.periodFrom(), asOf) + 1, 0, days);
        return indicator.progress().compareTo(BigDecimal.valueOf(gone).divide(BigDecimal.valueOf(days), 2,
                RoundingMode.DOWN)) >= 0;
    }

    private static final class Values {

        private final Map<EvidenceMetric, MetricValue> all = new EnumMap<>(EvidenceMetric.class);

        void put(MetricValue value) {
            all.put(value.metric(), value);
        }

        void count(EvidenceMetric metric, long value, @Nullable Number of, String what) {
            put(new MetricValue(metric, BigDecimal.valueOf(value), of == null ? null
                    : BigDecimal.valueOf(of.longValue()), value + (of == null ? "" : " of " + of) + " " + what));
        }

        void share(EvidenceMetric metric, long part, long whole, String what) {
            BigDecimal share = whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 2,
                    RoundingMode.HALF_UP);
            put(new MetricValue(metric, share, BigDecimal.valueOf(whole), whole == 0 ? "none yet"
                    : part + " of " + whole + " " + what));
        }
    }
}
