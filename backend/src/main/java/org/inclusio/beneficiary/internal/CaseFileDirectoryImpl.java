package org.inclusio.beneficiary.internal;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.data.domain.Limit;
import java.time.LocalDate;
import org.inclusio.beneficiary.CaseFileDirectory;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.beneficiary.CaseFileReference;
import org.inclusio.beneficiary.CaseFileRoles;
import org.inclusio.beneficiary.CaseFileStatus;
import org.inclusio.beneficiary.Consent;
import org.inclusio.beneficiary.ConsentPurpose;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** References for other features: no read-log entry, because nothing beyond the display name leaves. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(CaseFileRoles.READ)
class CaseFileDirectoryImpl implements CaseFileDirectory {

    private final CaseFileRepository caseFiles;
    private final EntityManager entityManager;

    CaseFileDirectoryImpl(CaseFileRepository caseFiles, EntityManager entityManager) {
        this.caseFiles = caseFiles;
        this.entityManager = entityManager;
    }

    @Override
    public Optional<CaseFileReference> find(CaseFileId id) {
        return caseFiles.findById(id.value()).map(CaseFileDirectoryImpl::toReference);
    }

    /**
     * Hibernate's multi-id load answers from the persistence context first and otherwise asks with one cached
     * {@code id = any(?)} statement; {@code findAllById} would build and translate a criteria query on every call, and
     * logging a consultation calls this twice.
     */
    @Override
    public List<CaseFileReference> findAll(Collection<CaseFileId> ids) {
        List<UUID> distinct = ids.stream().map(CaseFileId::value).distinct().toList();
        return entityManager.unwrap(Session.class).findMultiple(CaseFileEntity.class, distinct).stream()
                .filter(Objects::nonNull).map(CaseFileDirectoryImpl::toReference).toList();
    }

    @Override
    public long countOpen() {
        return caseFiles.countByStatus(CaseFileStatus.OPEN);
    }

    @Override
    public List<CaseFileId> closedOnOrBefore(LocalDate day, int limit) {
        return caseFiles.findByStatusAndAnonymisedAtIsNullAndClosedOnLessThanEqualOrderByClosedOnAscIdAsc(
                CaseFileStatus.CLOSED, day, Limit.of(limit)).stream().map(caseFile -> new CaseFileId(caseFile.id()))
                .toList();
    }

    static CaseFileReference toReference(CaseFileEntity caseFile) {
        var inForce = EnumSet.noneOf(ConsentPurpose.class);
        caseFile.consents().stream().filter(Consent::inForce).map(Consent::purpose).forEach(inForce::add);
        return new CaseFileReference(new CaseFileId(caseFile.id()), caseFile.caseNumber(), caseFile.displayName(),
                caseFile.status() == CaseFileStatus.OPEN, inForce);
    }
}
