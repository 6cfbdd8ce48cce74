package org.inclusio.beneficiary;

import org.springframework.security.access.prepost.PreAuthorize;

import java.util.Collection;
import java.util.UUID;

/** Counts over case files for other features' evidence: no names, no read-log entry. */
public interface CaseFileStatistics {

    /**
     * Who the given case files are, as counts: how many of them exist in the organisation, how many stated their
     * gender and how many of those are women.
     */
    @PreAuthorize(CaseFileRoles.READ)
    GenderProfile genders(Collection<UUID> caseFiles);

    record GenderProfile(long people, long genderStated, long women) {
    }
}
