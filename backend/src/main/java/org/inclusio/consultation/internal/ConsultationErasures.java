package org.inclusio.consultation.internal;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.UUID;

/** The bulk updates of an erasure: free text that may identify a person, nothing that statistics count. */
interface ConsultationErasures extends Repository<ConsultationEntity, UUID> {

    @Modifying
    @Query("""
            update ConsultationEntity c set c.confidentialNotes = null, c.outcome = null
            where c.id in (select own.id from ConsultationEntity own join own.caseFiles link
                           where link.caseFileId = :caseFile and size(own.caseFiles) = 1)""")
    int eraseFreeTextOfOwnConsultations(UUID caseFile);

    @Modifying
    @Query("update FollowUpEntity f set f.what = '" + ConsultationDataSubjectRecords.ERASED
            + "' where f.caseFileId = :caseFile")
    int eraseFollowUps(UUID caseFile);

    @Modifying
    @Query("update ReferralEntity r set r.reason = '" + ConsultationDataSubjectRecords.ERASED
            + "' where r.caseFileId = :caseFile")
    int eraseReferrals(UUID caseFile);
}
