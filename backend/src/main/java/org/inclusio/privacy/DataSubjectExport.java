package org.inclusio.privacy;

import org.inclusio.beneficiary.CaseFileId;

import java.time.Instant;
import java.util.Map;

/** Everything Inclusio holds about one person in one organisation, by feature, as of {@code generatedAt}. */
public record DataSubjectExport(CaseFileId caseFile, String caseNumber, String organisation, Instant generatedAt,
                                Map<String, Object> sections) {
}
