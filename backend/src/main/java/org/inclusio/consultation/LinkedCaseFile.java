package org.inclusio.consultation;

import org.inclusio.beneficiary.CaseFileId;

/** A case file a consultation is about, as much as a consultation shows of it. */
public record LinkedCaseFile(CaseFileId id, String caseNumber, String displayName) {
}
