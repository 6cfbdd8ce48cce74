package org.inclusio.privacy;

import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The organisation administrator answers a person's requests: a copy of everything held about them, and erasure.
 * Both are recorded in the organisation's audit log.
 *
 * @throws org.inclusio.shared.NotFoundException for a case file that is not in the current organisation
 */
@PreAuthorize("hasRole('" + Roles.ORG_ADMIN + "')")
public interface DataSubjectService {

    DataSubjectExport export(CaseFileId caseFile);

    /** The same content as {@link #export} as a PDF a person can read. */
    byte[] exportPdf(CaseFileId caseFile);

    /** Anonymises the person everywhere; erasing an already anonymised person changes nothing. */
    Erasure erase(CaseFileId caseFile);
}
