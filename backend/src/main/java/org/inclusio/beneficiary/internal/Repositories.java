package org.inclusio.beneficiary.internal;

import org.inclusio.beneficiary.CaseFileStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

interface CaseFileRepository extends JpaRepository<CaseFileEntity, UUID> {

    boolean existsBy();

    long countByStatus(CaseFileStatus status);

    List<CaseFileEntity> findByStatusAndAnonymisedAtIsNullAndClosedOnLessThanEqualOrderByClosedOnAscIdAsc(
            CaseFileStatus status, LocalDate closedOn, Limit limit);

    /** Case files sealed under another key than {@code currentKeyId}, for the rotation command. */
    List<CaseFileEntity> findBySealedKeyIdNotNullAndSealedKeyIdNot(String currentKeyId, Limit limit);
}

interface CaseFileReadRepository extends JpaRepository<CaseFileReadEntity, UUID> {

    List<CaseFileReadEntity> findByCaseFileIdOrderByReadAtDesc(UUID caseFileId);
}
