package org.inclusio.privacy;

import org.inclusio.beneficiary.CaseFileId;

import java.time.Instant;
import java.util.Map;

/** What an erasure changed: rows anonymised per feature. */
public record Erasure(CaseFileId caseFile, String caseNumber, Instant erasedAt, Map<String, Long> anonymisedRows) {
}
