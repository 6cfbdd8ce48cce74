package org.inclusio.beneficiary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.inclusio.shared.CursorPage;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;

import java.time.LocalDate;
import java.util.List;

/**
 * Case files of the current organisation. Caseworkers, managers, protection focal points, intercultural workers and
 * organisation admins read; caseworkers and managers write. Special-category data reaches only caseworkers, managers
 * and protection focal points ({@link CaseFileRoles#SEE_SPECIAL_CATEGORY}): for everybody else
 * {@link CaseFile#specialCategory()} is {@code null}. Another organisation's ids are {@link
 * org.inclusio.shared.NotFoundException not found}. Every change is versioned; every {@link #get} is recorded in the
 * read log.
 */
public interface CaseFileService {

    /**
     * The case file list, newest change first, in pages of {@code limit} (1 to 100). Not recorded in the read log:
     * a summary holds nothing special-category.
     *
     * @param cursor {@link CursorPage#nextCursor()} of the previous page, {@code null} for the first
     */
    @PreAuthorize(CaseFileRoles.READ)
    CursorPage<CaseFileSummary> search(@Valid CaseFileSearch search, @Nullable String cursor, int limit);

    /** Opens the case file in full and records that the caller did. */
    @PreAuthorize(CaseFileRoles.READ)
    CaseFile get(CaseFileId id);

    /** Gives the next case number of the organisation ({@code DC-2026-00042}); the consents given start today. */
    @PreAuthorize(CaseFileRoles.WRITE)
    CaseFile create(@Valid CaseFileDetails details, List<@NotNull ConsentPurpose> consentsGiven);

    /**
     * Replaces every field of {@link CaseFileDetails}.
     *
     * @param expectedVersion the {@link CaseFile#version()} the edit started from
     * @throws org.inclusio.shared.StaleVersionException when someone else saved in between
     */
    @PreAuthorize(CaseFileRoles.WRITE)
    CaseFile update(CaseFileId id, long expectedVersion, @Valid CaseFileDetails details);

    @PreAuthorize(CaseFileRoles.WRITE)
    CaseFile close(CaseFileId id, ClosingReason reason);

    @PreAuthorize(CaseFileRoles.WRITE)
    CaseFile reopen(CaseFileId id);

    /** Records the consent as given on {@code on} (not in the future); giving it again after a withdrawal renews it. */
    @PreAuthorize(CaseFileRoles.WRITE)
    CaseFile giveConsent(CaseFileId id, ConsentPurpose purpose, @Nullable LocalDate on);

    @PreAuthorize(CaseFileRoles.WRITE)
    CaseFile withdrawConsent(CaseFileId id, ConsentPurpose purpose, @Nullable LocalDate on);

    /** Every saved change, newest first: when, who, which fields (names only). */
    @PreAuthorize(CaseFileRoles.READ)
    List<CaseFileRevision> history(CaseFileId id);

    /** Who opened the case file and when, newest first; organisation admins only. */
    @PreAuthorize(CaseFileRoles.SEE_READERS)
    List<CaseFileReader> readers(CaseFileId id);

    /** Members a case file may be assigned to (active caseworkers and managers), by name. */
    @PreAuthorize(CaseFileRoles.READ)
    List<AssignedCaseworker> assignableCaseworkers();

    /** Whether the caller sees special-category data, so that views can leave those fields out altogether. */
    @PreAuthorize(CaseFileRoles.READ)
    boolean canSeeSpecialCategoryData();
}
