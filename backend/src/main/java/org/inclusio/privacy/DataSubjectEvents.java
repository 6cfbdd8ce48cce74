package org.inclusio.privacy;

import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.tenant.TenantId;

/** Published inside the transaction that did the work, for the audit log. Ids only. */
public sealed interface DataSubjectEvents {

    TenantId organisation();

    CaseFileId caseFile();

    record DataSubjectExported(TenantId organisation, CaseFileId caseFile, String format) implements DataSubjectEvents {
    }

    /** {@code retention} when the retention schedule, not a person's request, erased it. */
    record DataSubjectErased(TenantId organisation, CaseFileId caseFile, boolean retention)
            implements DataSubjectEvents {
    }
}
