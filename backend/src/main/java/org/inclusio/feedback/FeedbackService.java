package org.inclusio.feedback;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/**
 * The feedback inbox of the current organisation. Sensitive reports ({@link FeedbackCategory#SERIOUS}) are visible
 * only to protection focal points, and every time one of them opens one it is audited; everyone else sees only how
 * many there are.
 */
public interface FeedbackService {

    String TRIAGE = "hasAnyRole('" + Roles.MANAGER + "', '" + Roles.CASEWORKER + "', '"
            + Roles.PROTECTION_FOCAL_POINT + "')";
    String ENTER = "hasAnyRole('" + Roles.MANAGER + "', '" + Roles.CASEWORKER + "', '" + Roles.INTERCULTURAL_WORKER
            + "', '" + Roles.PROTECTION_FOCAL_POINT + "')";

    /** Feedback received on paper, by phone or in person; the receipt is for handing to the person. */
    @PreAuthorize(ENTER)
    Receipt enter(@Valid EnterFeedback command);

    /** Newest first (day received, then id), {@code limit} at a time from {@code cursor}. */
    @PreAuthorize(TRIAGE)
    CursorPage<Feedback> list(@NotNull FeedbackFilter filter, @Nullable String cursor, @Min(1) @Max(200) int limit);

    /** Open feedback past its service level, longest overdue first. */
    @PreAuthorize(TRIAGE)
    List<Feedback> overdue();

    /** How many sensitive reports there are that the caller cannot see (all of them, unless a focal point). */
    @PreAuthorize(TRIAGE)
    long hiddenSensitiveCount();

    /** Sensitive reports not yet acknowledged: the focal point's in-app alert. */
    @PreAuthorize("hasRole('" + Roles.PROTECTION_FOCAL_POINT + "')")
    long unacknowledgedSensitiveCount();

    @PreAuthorize(TRIAGE)
    Feedback get(FeedbackId id);

    /** @param expectedVersion the version the caller started from; another one is refused as stale */
    @PreAuthorize(TRIAGE)
    Feedback triage(FeedbackId id, long expectedVersion, @Valid Triage triage);

    @PreAuthorize(TRIAGE)
    Feedback addNote(FeedbackId id, @NotBlank @Size(max = 4000) String text);

    /**
     * Refers feedback outside the organisation's scope to another organisation; its receipt code then shows "referred
     * to …".
     */
    @PreAuthorize(TRIAGE)
    Feedback refer(FeedbackId id, long expectedVersion, @NotBlank @Size(max = 200) String organisationName,
                   @Nullable @Size(max = 4000) String publicReply);
}
