package org.inclusio.assessment.internal;

import org.inclusio.beneficiary.CaseFileEvents.CaseFileClosed;
import org.inclusio.beneficiary.CaseFileEvents.CaseFileReopened;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.inclusio.shared.Cursor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the active caseload's tallies in the writing transaction (see the changeset assessment-001-caseload): a case
 * file contributes the needs and barriers of its latest assessment while it is open. A change first locks the case
 * file's row and withdraws what it contributed, then the caller changes the assessments, then
 * {@link #contribute(UUID, boolean)} adds what the case file contributes now. Plain SQL on the transaction's
 * connection, so the caller flushes its entities before {@code contribute}.
 */
@Component
class CaseloadTallies {

    private final JdbcClient database;

    CaseloadTallies(JdbcClient database) {
        this.database = database;
    }

    /**
     * Locks the case file for the rest of the transaction and takes its contribution out of the tallies; nothing when
     * it had none. The lock is an advisory one on the case file's id, so that two first assessments of the same
     * person (no row to lock yet) cannot both count.
     */
    void withdraw(UUID caseFile) {
        database.sql("SELECT pg_advisory_xact_lock(hashtextextended(CAST(:caseFile AS text), 0))")
                .param("caseFile", caseFile).query((row, n) -> n).list();
        database.sql("SELECT latest_assessment_id FROM assessed_case_file WHERE case_file_id = :caseFile AND counted"
                        + " FOR UPDATE")
                .param("caseFile", caseFile).query(UUID.class).optional()
                .ifPresent(latest -> {
                    add(latest, -1);
                    database.sql("UPDATE assessed_case_file SET counted = false WHERE case_file_id = :caseFile")
                            .param("caseFile", caseFile).update();
                });
    }

    /**
     * Records the case file's latest assessment and adds its needs and barriers to the tallies when the case file is
     * open.
     */
    void contribute(UUID caseFile, boolean open) {
        database.sql("""
                        INSERT INTO assessed_case_file (tenant_id, case_file_id, open, counted, latest_assessment_id,
                                                        last_assessed_on, reassessment_due, assessments)
                        SELECT tenant_id, case_file_id, :open, :open, id, assessed_on, reassessment_due,
                               (SELECT count(*) FROM needs_assessment WHERE case_file_id = :caseFile)
                        FROM needs_assessment WHERE case_file_id = :caseFile
                        ORDER BY assessed_on DESC, created_at DESC, id DESC LIMIT 1
                        ON CONFLICT (tenant_id, case_file_id) DO UPDATE SET open = excluded.open,
                            counted = excluded.counted, latest_assessment_id = excluded.latest_assessment_id,
                            last_assessed_on = excluded.last_assessed_on,
                            reassessment_due = excluded.reassessment_due, assessments = excluded.assessments""")
                .param("caseFile", caseFile).param("open", open).update();
        if (open) {
            database.sql("SELECT latest_assessment_id FROM assessed_case_file WHERE case_file_id = :caseFile")
                    .param("caseFile", caseFile).query(UUID.class).optional()
                    .ifPresent(latest -> add(latest, 1));
        }
    }

    /** In the transaction that closed the case file: it leaves the active caseload. */
    @EventListener
    void on(CaseFileClosed event) {
        UUID caseFile = event.caseFile().value();
        withdraw(caseFile);
        database.sql("UPDATE assessed_case_file SET open = false WHERE case_file_id = :caseFile")
                .param("caseFile", caseFile).update();
    }

    /** In the transaction that reopened the case file: it is in the active caseload again, if it was assessed. */
    @EventListener
    void on(CaseFileReopened event) {
        UUID caseFile = event.caseFile().value();
        withdraw(caseFile);
        boolean assessed = database.sql("SELECT count(*) FROM assessed_case_file WHERE case_file_id = :caseFile")
                .param("caseFile", caseFile).query(Long.class).single() > 0;
        if (assessed) {
            contribute(caseFile, true);
        }
    }

    /** An open case file's last assessment and when the next is due. */
    record Due(UUID caseFile, UUID latest, LocalDate lastAssessedOn, LocalDate dueOn) {
    }

    /** Open case files due for reassessment on or before {@code today}, the longest overdue first, after a cursor. */
    List<Due> due(LocalDate today, @Nullable Cursor after, int rows) {
        var statement = database.sql("""
                        SELECT case_file_id, latest_assessment_id, last_assessed_on, reassessment_due
                        FROM assessed_case_file WHERE open AND reassessment_due <= :today"""
                        + (after == null ? "" : " AND (reassessment_due, case_file_id) > (:afterDate, :afterId)")
                        + " ORDER BY reassessment_due, case_file_id LIMIT :rows")
                .param("today", today).param("rows", rows);
        if (after != null) {
            statement = statement.param("afterDate", after.date()).param("afterId", after.id());
        }
        return statement.query((row, n) -> new Due(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                row.getObject(3, LocalDate.class), row.getObject(4, LocalDate.class))).list();
    }

    /** Rebuilds the current organisation's caseload and tallies from its assessments (the repair). */
    void rebuild() {
        database.sql("SELECT assessment_rebuild_caseload()").query((row, n) -> n).list();
    }

    /** Counts the assessment's needs and barriers once more ({@code delta} 1) or once less (-1). */
    private void add(UUID assessment, int delta) {
        if (delta > 0) {
            database.sql("""
                            INSERT INTO needs_caseload_tally (tenant_id, domain_id, level, status, case_files)
                            SELECT tenant_id, domain_id, level, status, 1 FROM needs_assessment_need
                            WHERE assessment_id = :assessment
                            ON CONFLICT (tenant_id, domain_id, level, status)
                            DO UPDATE SET case_files = needs_caseload_tally.case_files + 1""")
                    .param("assessment", assessment).update();
            database.sql("""
                            INSERT INTO barrier_caseload_tally (tenant_id, barrier, case_files)
                            SELECT tenant_id, unnest(barriers), 1 FROM needs_assessment WHERE id = :assessment
                            ON CONFLICT (tenant_id, barrier)
                            DO UPDATE SET case_files = barrier_caseload_tally.case_files + 1""")
                    .param("assessment", assessment).update();
        } else {
            database.sql("""
                            UPDATE needs_caseload_tally t SET case_files = t.case_files - 1
                            FROM needs_assessment_need n
                            WHERE n.assessment_id = :assessment AND t.tenant_id = n.tenant_id
                              AND t.domain_id = n.domain_id AND t.level = n.level AND t.status = n.status""")
                    .param("assessment", assessment).update();
            database.sql("""
                            UPDATE barrier_caseload_tally t SET case_files = t.case_files - 1
                            FROM needs_assessment a
                            WHERE a.id = :assessment AND t.tenant_id = a.tenant_id AND t.barrier = ANY (a.barriers)""")
                    .param("assessment", assessment).update();
        }
    }
}
