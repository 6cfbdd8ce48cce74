package org.inclusio.consultation.internal;

import org.inclusio.consultation.ConsultationPurpose;
import org.inclusio.consultation.ConsultationStatistics;
import org.inclusio.consultation.PracticeConsultationCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Counts in SQL over the practice's consultations of the period (indexed by practice and date). */
@Service
@Transactional(readOnly = true)
class ConsultationStatisticsImpl implements ConsultationStatistics {

    private static final List<String> PARTICIPATORY_PURPOSES = Arrays.stream(ConsultationPurpose.values())
            .filter(ConsultationPurpose::isParticipatory).map(Enum::name).toList();

    private final JdbcClient database;

    ConsultationStatisticsImpl(JdbcClient database) {
        this.database = database;
    }

    @Override
    public PracticeConsultationCounts forPractice(UUID practiceId, LocalDate from, LocalDate to) {
        return database.sql("""
                        WITH held AS (
                            SELECT * FROM consultation
                            WHERE practice_id = :practice AND held_on BETWEEN :from AND :to),
                        served AS (
                            SELECT DISTINCT l.case_file_id FROM held h
                            JOIN consultation_case_file l ON l.tenant_id = h.tenant_id AND l.consultation_id = h.id)
                        SELECT (SELECT count(*) FROM held) AS consultations,
                               (SELECT count(*) FROM held WHERE purpose IN (:participatory)) AS participatory,
                               (SELECT count(*) FROM served) AS served,
                               (SELECT coalesce(sum(civil_servants + volunteers), 0) FROM held
                                WHERE type IN ('INFORMATION_SESSION', 'GROUP_SESSION')) AS trained,
                               (SELECT count(*) FROM referral r JOIN served s ON s.case_file_id = r.case_file_id
                                WHERE r.sent_on BETWEEN :from AND :to) AS referrals,
                               (SELECT count(*) FROM held WHERE 'COMPENSATION' = ANY (accommodations))
                                   AS compensated""")
                .param("practice", practiceId).param("from", from).param("to", to)
                .param("participatory", PARTICIPATORY_PURPOSES)
                .query((row, n) -> new PracticeConsultationCounts(row.getLong("consultations"),
                        row.getLong("participatory"), row.getLong("served"), row.getLong("trained"),
                        row.getLong("referrals"), row.getLong("compensated")))
                .single();
    }
}
