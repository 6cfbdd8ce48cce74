package org.inclusio.consultation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/**
 * Consultations of the current organisation. Caseworkers, intercultural workers and managers log and correct them;
 * protection focal points read them too. Confidential notes are shown only to caseworkers, managers, protection focal
 * points and whoever logged the consultation.
 */
public interface ConsultationService {

    String READ = "hasAnyRole('" + Roles.CASEWORKER + "', '" + Roles.INTERCULTURAL_WORKER + "', '" + Roles.MANAGER
            + "', '" + Roles.PROTECTION_FOCAL_POINT + "')";
    String WRITE = "hasAnyRole('" + Roles.CASEWORKER + "', '" + Roles.INTERCULTURAL_WORKER + "', '" + Roles.MANAGER
            + "')";

    @PreAuthorize(WRITE)
    Consultation log(@Valid LogConsultation command);

    /**
     * Replaces everything of the consultation with {@code changes}.
     *
     * @param expectedVersion the version the caller started from; another one is refused as stale
     */
    @PreAuthorize(WRITE)
    Consultation update(ConsultationId id, long expectedVersion, @Valid LogConsultation changes);

    @PreAuthorize(READ)
    Consultation get(ConsultationId id);

    /**
     * Newest first (date held, then id), {@code limit} at a time.
     *
     * @param cursor {@code nextCursor} of the previous page, {@code null} for the first
     */
    @PreAuthorize(READ)
    CursorPage<ConsultationSummary> list(@NotNull ConsultationFilter filter, @Nullable String cursor,
                                       @Min(1) @Max(200) int limit);

    /** Consultations, follow-ups and (for those who may read them) referrals of one case file, newest first. */
    @PreAuthorize(READ)
    List<TimelineEntry> timeline(CaseFileId caseFile);

    /**
     * Imports consultations from CSV (UTF-8, comma-separated, header row; columns as documented in the README): all
     * of them, or none when any row is invalid, with every problem of every row in the report.
     */
    @PreAuthorize(WRITE)
    ImportReport importCsv(String csv);
}
