package org.inclusio.beneficiary;

import java.util.Set;

/**
 * What other features may know of a case file: enough to link and show it, nothing personal beyond the display
 * name, and which consents are in force today.
 */
public record CaseFileReference(CaseFileId id, String caseNumber, String displayName, boolean open,
                                Set<ConsentPurpose> consentsInForce) {

    public boolean hasConsent(ConsentPurpose purpose) {
        return consentsInForce.contains(purpose);
    }
}
