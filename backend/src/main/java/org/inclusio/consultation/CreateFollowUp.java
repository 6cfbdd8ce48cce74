package org.inclusio.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.identity.UserAccountId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * @param assignee a member of the organisation; {@code null} means the person creating it (a machine client must
 *                 name someone)
 * @param consultation the consultation where it was agreed, if any
 * @param caseFile the case file it is about, if any
 */
public record CreateFollowUp(@NotBlank @Size(max = 500) String what, @Nullable UserAccountId assignee,
                             @NotNull LocalDate dueOn, @Nullable ConsultationId consultation,
                             @Nullable CaseFileId caseFile) {
}
