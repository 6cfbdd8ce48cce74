package org.inclusio.practice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.inclusio.shared.CursorPage;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/** The practices of the current organisation. */
public interface PracticeService {

    @PreAuthorize(PracticeRoles.MANAGE)
    Practice record(@Valid RecordPractice command);

    /**
     * Replaces the practice's details, partners, funding and objectives with {@code changes}; indicators stay.
     *
     * @param expectedVersion the version the caller started from; another one is refused as stale
     */
    @PreAuthorize(PracticeRoles.MANAGE)
    Practice update(PracticeId id, long expectedVersion, @Valid RecordPractice changes);

    @PreAuthorize(PracticeRoles.READ)
    Practice get(PracticeId id);

    /** Latest start first, {@code limit} at a time; only those with {@code status} when given. */
    @PreAuthorize(PracticeRoles.READ)
    CursorPage<PracticeSummary> list(@Nullable PracticeStatus status, @Nullable String cursor,
                                     @Min(1) @Max(200) int limit);

    /** Every practice, by name: for the pickers of the forms that link a record to a practice. */
    @PreAuthorize(PracticeRoles.READ)
    List<PracticeSummary> choices();
}
