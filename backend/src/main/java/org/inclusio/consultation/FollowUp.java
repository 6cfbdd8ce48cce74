package org.inclusio.consultation;

import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.identity.UserAccountId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something agreed to be done by someone by a date.
 *
 * @param overdue not done and due before today
 */
public record FollowUp(FollowUpId id, long version, String what, UserAccountId assignee, LocalDate dueOn,
                       @Nullable Instant doneAt, boolean overdue, @Nullable ConsultationId consultation,
                       @Nullable CaseFileId caseFile, Instant createdAt) {

    public boolean isDone() {
        return doneAt != null;
    }
}
