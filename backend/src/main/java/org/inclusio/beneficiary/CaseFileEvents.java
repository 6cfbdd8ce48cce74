package org.inclusio.beneficiary;

import org.inclusio.tenant.TenantId;

/**
 * What happened to a case file, published as Spring application events in the transaction that did it. They carry
 * ids and the case number only, nothing personal.
 */
public sealed interface CaseFileEvents {

    TenantId organisation();

    CaseFileId caseFile();

    record CaseFileCreated(TenantId organisation, CaseFileId caseFile, String caseNumber) implements CaseFileEvents {
    }

    record CaseFileUpdated(TenantId organisation, CaseFileId caseFile) implements CaseFileEvents {
    }

    record CaseFileClosed(TenantId organisation, CaseFileId caseFile, ClosingReason reason)
            implements CaseFileEvents {
    }

    record CaseFileReopened(TenantId organisation, CaseFileId caseFile) implements CaseFileEvents {
    }

    record ConsentGiven(TenantId organisation, CaseFileId caseFile, ConsentPurpose purpose)
            implements CaseFileEvents {
    }

    record ConsentWithdrawn(TenantId organisation, CaseFileId caseFile, ConsentPurpose purpose)
            implements CaseFileEvents {
    }
}
