package org.inclusio.beneficiary.internal;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface CaseFileRepository extends JpaRepository<CaseFileEntity, UUID> {

    boolean existsBy();

    /** Case files sealed under another key than {@code currentKeyId}, for the rotation command. */
    List<CaseFileEntity> findBySealedKeyIdNotNullAndSealedKeyIdNot(String currentKeyId, Limit limit);
}

interface CaseFileReadRepository extends JpaRepository<CaseFileReadEntity, UUID> {

    List<CaseFileReadEntity> findByCaseFileIdOrderByReadAtDesc(UUID caseFileId);
}
