package org.inclusio.beneficiary.internal;

import org.inclusio.beneficiary.CaseFile;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.beneficiary.CaseFileReader;
import org.inclusio.beneficiary.CaseFileRevision;
import org.inclusio.beneficiary.CaseFileService;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.privacy.DataSubjectRecords;
import jakarta.persistence.EntityManager;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/**
 * The case file's part of a data-subject request. The export holds the whole case file, special-category data
 * included (it is the person's own), its history and who opened it. Erasure keeps what statistics count (age band,
 * gender, nationalities, languages, household size, status, consent dates) and removes everything else that could
 * identify the person, in the case file and in every version of it; the display name becomes the case number.
 */
@Component
@Order(0)
@Transactional
class CaseFileDataSubjectRecords implements DataSubjectRecords {

    /** Envers history rows have no entity to update, which is why this is SQL. */
    private static final String ANONYMISE_HISTORY = """
            UPDATE case_file_aud SET display_name = case_number, full_name = NULL, phone = NULL, email = NULL,
                   birth_year = NULL, arrival_date = NULL, sealed_data = NULL, sealed_key_id = NULL
            WHERE id = ?1""";
    private static final String ANONYMISE = """
            UPDATE case_file SET display_name = case_number, full_name = NULL, phone = NULL, email = NULL,
                   birth_year = NULL, arrival_date = NULL, sealed_data = NULL, sealed_key_id = NULL,
                   anonymised_at = coalesce(anonymised_at, ?2), version = version + 1
            WHERE id = ?1""";

    record CaseFileExport(CaseFile caseFile, List<CaseFileRevision> history, List<CaseFileReader> openedBy) {
    }

    private final CaseFileRepository caseFiles;
    private final CaseFileServiceImpl service;
    private final EntityManager entityManager;
    private final Clock clock;

    CaseFileDataSubjectRecords(CaseFileRepository caseFiles, CaseFileServiceImpl service, EntityManager entityManager,
                               Clock clock) {
        this.caseFiles = caseFiles;
        this.service = service;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "caseFile";
    }

    @Override
    public Object export(UUID caseFileId) {
        var caseFile = caseFiles.findById(caseFileId).orElseThrow(() -> new NotFoundException("Case file"));
        var id = new CaseFileId(caseFileId);
        return new CaseFileExport(service.toCaseFile(caseFile, true), ((CaseFileService) service).history(id),
                ((CaseFileService) service).readers(id));
    }

    @Override
    public long anonymise(UUID caseFileId) {
        entityManager.flush();
        long history = entityManager.createNativeQuery(ANONYMISE_HISTORY).setParameter(1, caseFileId).executeUpdate();
        long current = entityManager.createNativeQuery(ANONYMISE).setParameter(1, caseFileId)
                .setParameter(2, Timestamp.from(clock.instant())).executeUpdate();
        entityManager.clear();
        return history + current;
    }
}
