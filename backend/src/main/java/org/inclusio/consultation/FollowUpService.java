package org.inclusio.consultation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/** Follow-ups of the current organisation: agreed, assigned to a member, done by a date. */
public interface FollowUpService {

    @PreAuthorize(ConsultationService.WRITE)
    FollowUp create(@Valid CreateFollowUp command);

    /** Marks it done (once; completing a done follow-up changes nothing). */
    @PreAuthorize(ConsultationService.WRITE)
    FollowUp complete(FollowUpId id);

    @PreAuthorize(ConsultationService.READ)
    FollowUp get(FollowUpId id);

    /** All follow-ups, soonest due first, {@code limit} at a time from {@code cursor}. */
    @PreAuthorize(ConsultationService.READ)
    CursorPage<FollowUp> list(@Nullable String cursor, @Min(1) @Max(200) int limit);

    /** The caller's open follow-ups, soonest due first. */
    @PreAuthorize(ConsultationService.READ)
    List<FollowUp> mine();

    /** Every open follow-up due before today, longest overdue first. */
    @PreAuthorize(ConsultationService.READ)
    List<FollowUp> overdue();
}
