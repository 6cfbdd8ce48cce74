package org.inclusio.beneficiary.internal;

import org.inclusio.beneficiary.CaseFileStatistics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.UUID;

/** One statement with the ids as an array: a practice-year can serve tens of thousands of people. */
@Service
@Transactional(readOnly = true)
class CaseFileStatisticsImpl implements CaseFileStatistics {

    private final JdbcClient database;

    CaseFileStatisticsImpl(JdbcClient database) {
        this.database = database;
    }

    @Override
    public GenderProfile genders(Collection<UUID> caseFiles) {
        if (caseFiles.isEmpty()) {
            return new GenderProfile(0, 0, 0);
        }
        return database.sql("""
                        SELECT count(*) AS people,
                               count(*) FILTER (WHERE gender <> 'NOT_STATED') AS stated,
                               count(*) FILTER (WHERE gender = 'FEMALE') AS women
                        FROM case_file WHERE id = ANY (:ids)""")
                .param("ids", caseFiles.toArray(UUID[]::new))
                .query((row, n) -> new GenderProfile(row.getLong("people"), row.getLong("stated"),
                        row.getLong("women")))
                .single();
    }
}
