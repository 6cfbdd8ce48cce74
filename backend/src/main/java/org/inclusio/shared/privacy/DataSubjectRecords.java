package org.inclusio.shared.privacy;

import java.util.UUID;

/**
 * What one feature holds about a person, found through the person's case file: its part of a data-subject export and
 * of an erasure. Features implement it next to their repositories; the privacy feature calls every implementation in
 * the current organisation, in {@link org.springframework.core.annotation.Order} for the export and in reverse order
 * for erasure (the case file itself is anonymised last).
 */
public interface DataSubjectRecords {

    /** The key of this feature's section in the export, e.g. {@code caseFile} or {@code consultations}. */
    String section();

    /** Everything this feature holds about the person, ready to be written as JSON (records, lists, maps). */
    Object export(UUID caseFileId);

    /**
     * Replaces what identifies the person, in current rows and in their history, with nothing or a placeholder;
     * keeps what statistics count (dates, types, headcounts, coarse categories).
     *
     * @return how many rows were changed
     */
    long anonymise(UUID caseFileId);
}
