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
                        participatory AS (SELECT * FROM held WHERE purpose IN (:participatory)),
                        heads AS (
                            SELECT h.gender, h.age_band, h.participants FROM participatory p
                            JOIN consultation_headcount h ON h.tenant_id = p.tenant_id AND h.consultation_id = p.id),
                        served AS (
                            SELECT DISTINCT l.case_file_id FROM held h
                            JOIN consultation_case_file l ON l.tenant_id = h.tenant_id AND l.consultation_id = h.id)
                        SELECT (SELECT count(*) FROM held) AS consultations,
                               (SELECT count(*) FROM participatory) AS participatory,
                               (SELECT count(*) FROM served) AS served,
                               (SELECT coalesce(sum(civil_servants + volunteers), 0) FROM held
                                WHERE type IN ('INFORMATION_SESSION', 'GROUP_SESSION')) AS trained,
                               (SELECT count(*) FROM referral r JOIN served s ON s.case_file_id = r.case_file_id
                                WHERE r.sent_on BETWEEN :from AND :to) AS referrals,
                               (SELECT count(*) FROM participatory WHERE 'COMPENSATION' = ANY (accommodations))
                                   AS compensated,
                               (SELECT count(*) FROM held WHERE cardinality(accommodations) > 0) AS accommodated,
                               (SELECT count(*) FROM held WHERE interpreter_present OR intercultural_worker_present)
                                   AS interpreted,
                               (SELECT count(DISTINCT language) FROM held) AS languages,
                               (SELECT coalesce(sum(local_residents + civil_servants + volunteers), 0) FROM held)
                                   AS receiving_society,
                               (SELECT coalesce(sum(participants), 0) FROM heads) AS heads,
                               (SELECT coalesce(sum(participants), 0) FROM heads WHERE gender = 'FEMALE') AS women,
                               (SELECT count(DISTINCT age_band) FROM heads WHERE age_band <> 'NOT_STATED') AS age_bands,
                               (SELECT count(DISTINCT date_trunc('quarter', held_on)) FROM participatory) AS quarters""")
                .param("practice", practiceId).param("from", from).param("to", to)
                .param("participatory", PARTICIPATORY_PURPOSES)
                .query((row, n) -> new PracticeConsultationCounts(row.getLong("consultations"),
                        row.getLong("participatory"), row.getLong("served"), row.getLong("trained"),
                        row.getLong("referrals"), row.getLong("compensated"), row.getLong("accommodated"),
                        row.getLong("interpreted"), row.getLong("languages"), row.getLong("receiving_society"),
                        row.getLong("heads"), row.getLong("women"), row.getLong("age_bands"),
                        row.getLong("quarters")))
                .single();
    }

    @Override
    public List<UUID> servedCaseFiles(UUID practiceId, LocalDate from, LocalDate to) {
        return database.sql("""
                        SELECT DISTINCT l.case_file_id FROM consultation c
                        JOIN consultation_case_file l ON l.tenant_id = c.tenant_id AND l.consultation_id = c.id
                        WHERE c.practice_id = :practice AND c.held_on BETWEEN :from AND :to""")
                .param("practice", practiceId).param("from", from).param("to", to)
                .query(UUID.class).list();
    }
}
