package org.inclusio.assessment.internal;

import org.inclusio.assessment.ParticipantGroup;
import org.inclusio.beneficiary.AgeBand;
import org.inclusio.beneficiary.Gender;
import org.inclusio.shared.statistics.SmallCells;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Counted in SQL over the participatory assessments whose period overlaps the one asked for. */
@Component
class ParticipatoryEvidenceImpl implements ParticipatoryEvidence {

    private static final String OVERLAPPING = " a.period_from <= :to AND a.period_to >= :from";

    private final JdbcClient database;

    ParticipatoryEvidenceImpl(JdbcClient database) {
        this.database = database;
    }

    @Override
    public Figures figures(@Nullable UUID practiceId, LocalDate from, LocalDate to, int k) {
        String where = OVERLAPPING + (practiceId == null ? "" : " AND a.practice_id = :practice");
        var totals = statement("""
                SELECT count(*) AS assessments, coalesce(sum(a.participants), 0) AS participants,
                       (SELECT count(*) FROM participatory_finding f JOIN participatory_assessment a
                           ON a.tenant_id = f.tenant_id AND a.id = f.assessment_id WHERE""" + where + """
                       ) AS findings,
                       (SELECT count(*) FROM participatory_finding f JOIN participatory_assessment a
                           ON a.tenant_id = f.tenant_id AND a.id = f.assessment_id
                        WHERE f.action_taken IS NOT NULL AND""" + where + """
                       ) AS acted_on
                FROM participatory_assessment a WHERE""" + where, practiceId, from, to)
                .query((row, n) -> new long[]{row.getLong("assessments"), row.getLong("participants"),
                        row.getLong("findings"), row.getLong("acted_on")})
                .single();
        var byGender = zeros(Gender.values());
        var byAgeBand = zeros(AgeBand.values());
        statement("""
                SELECT h.gender, h.age_band, sum(h.participants) AS participants
                FROM participatory_headcount h JOIN participatory_assessment a
                    ON a.tenant_id = h.tenant_id AND a.id = h.assessment_id
                WHERE""" + where + " GROUP BY h.gender, h.age_band", practiceId, from, to)
                .query(row -> {
                    byGender.merge(row.getString("gender"), row.getLong("participants"), Long::sum);
                    byAgeBand.merge(row.getString("age_band"), row.getLong("participants"), Long::sum);
                });
        var byGroup = zeros(ParticipantGroup.values());
        statement("""
                SELECT g.participant_group, sum(g.participants) AS participants
                FROM participatory_group g JOIN participatory_assessment a
                    ON a.tenant_id = g.tenant_id AND a.id = g.assessment_id
                WHERE""" + where + " GROUP BY g.participant_group", practiceId, from, to)
                .query(row -> {
                    byGroup.put(row.getString("participant_group"), row.getLong("participants"));
                });
        var languages = statement("SELECT DISTINCT unnest(a.languages) AS language FROM participatory_assessment a"
                + " WHERE" + where + " ORDER BY 1", practiceId, from, to).query(String.class).list();
        return new Figures(totals[0], SmallCells.count(totals[1], k), SmallCells.breakdown(byGender, k),
                SmallCells.breakdown(byAgeBand, k), SmallCells.breakdown(byGroup, k), languages, totals[2],
                totals[3]);
    }

    private JdbcClient.StatementSpec statement(String sql, @Nullable UUID practiceId, LocalDate from, LocalDate to) {
        var statement = database.sql(sql).param("from", from).param("to", to);
        return practiceId == null ? statement : statement.param("practice", practiceId);
    }

    private static Map<String, Long> zeros(Enum<?>[] keys) {
        var cells = new LinkedHashMap<String, Long>();
        for (Enum<?> key : keys) {
            cells.put(key.name(), 0L);
        }
        return cells;
    }
}
