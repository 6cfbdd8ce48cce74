package org.inclusio.beneficiary.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface CaseFileRepository extends JpaRepository<CaseFileEntity, UUID> {

    boolean existsBy();
}

interface CaseFileReadRepository extends JpaRepository<CaseFileReadEntity, UUID> {

    List<CaseFileReadEntity> findByCaseFileIdOrderByReadAtDesc(UUID caseFileId);
}
