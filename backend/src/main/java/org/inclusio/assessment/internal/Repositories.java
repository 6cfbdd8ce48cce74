package org.inclusio.assessment.internal;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

interface NeedDomainRepository extends JpaRepository<NeedDomainEntity, UUID> {

    List<NeedDomainEntity> findAllByOrderByPosition();
}

interface NeedsAssessmentRepository extends JpaRepository<NeedsAssessmentEntity, UUID> {

    /** Oldest first, ties by creation: the order "previous" and "superseded" follow. */
    @Query("""
            select a from NeedsAssessmentEntity a where a.caseFileId = :caseFile
            order by a.assessedOn, a.createdAt, a.id""")
    List<NeedsAssessmentEntity> findHistory(UUID caseFile);

    List<NeedsAssessmentEntity> findBySealedKeyIdNotNullAndSealedKeyIdNot(String currentKeyId, Limit limit);

    List<NeedsAssessmentEntity> findByCaseFileId(UUID caseFile);
}

interface ParticipatoryAssessmentRepository extends JpaRepository<ParticipatoryAssessmentEntity, UUID> {
}
