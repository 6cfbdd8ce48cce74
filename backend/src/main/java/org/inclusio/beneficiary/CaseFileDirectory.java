package org.inclusio.beneficiary;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Case files as other features see them (consultations, referrals): in the current organisation only, for any
 * member who works with case files. Reading a reference is not recorded as opening the file.
 */
public interface CaseFileDirectory {

    Optional<CaseFileReference> find(CaseFileId id);

    /** The references that exist, in the order asked; unknown ids are left out. */
    List<CaseFileReference> findAll(Collection<CaseFileId> ids);

    /** How many case files are open: the organisation's active caseload. */
    long countOpen();

    /** Closed case files not yet anonymised whose closing date is {@code day} or earlier, oldest first. */
    List<CaseFileId> closedOnOrBefore(LocalDate day, int limit);
}
