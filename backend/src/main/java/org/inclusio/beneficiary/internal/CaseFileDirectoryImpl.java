package org.inclusio.beneficiary.internal;

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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** References for other features: no read-log entry, because nothing beyond the display name leaves. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(CaseFileRoles.READ)
class CaseFileDirectoryImpl implements CaseFileDirectory {

    private final CaseFileRepository caseFiles;

    CaseFileDirectoryImpl(CaseFileRepository caseFiles) {
        this.caseFiles = caseFiles;
    }

    @Override
    public Optional<CaseFileReference> find(CaseFileId id) {
        return caseFiles.findById(id.value()).map(CaseFileDirectoryImpl::toReference);
    }

    @Override
    public List<CaseFileReference> findAll(Collection<CaseFileId> ids) {
        Map<UUID, CaseFileEntity> found = caseFiles.findAllById(ids.stream().map(CaseFileId::value).toList())
                .stream().collect(Collectors.toMap(CaseFileEntity::id, Function.identity()));
        return ids.stream().map(id -> found.get(id.value())).filter(Objects::nonNull).distinct()
                .map(CaseFileDirectoryImpl::toReference).toList();
    }

    static CaseFileReference toReference(CaseFileEntity caseFile) {
        var inForce = EnumSet.noneOf(ConsentPurpose.class);
        caseFile.consents().stream().filter(Consent::inForce).map(Consent::purpose).forEach(inForce::add);
        return new CaseFileReference(new CaseFileId(caseFile.id()), caseFile.caseNumber(), caseFile.displayName(),
                caseFile.status() == CaseFileStatus.OPEN, inForce);
    }
}
