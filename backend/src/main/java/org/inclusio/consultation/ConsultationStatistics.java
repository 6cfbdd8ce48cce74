package org.inclusio.consultation;

import org.inclusio.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Consultation figures for the practices' indicators and the evaluations built on them. */
public interface ConsultationStatistics {

    /**
     * The practice's consultations held from {@code from} to {@code to} inclusive: counts with no personal data, for
     * the practice's indicators that any member may read.
     */
    @PreAuthorize("hasRole('" + Roles.MEMBER + "')")
    PracticeConsultationCounts forPractice(UUID practiceId, LocalDate from, LocalDate to);

    /** The case files the practice's consultations of the period were about or registered as participants. */
    @PreAuthorize("hasRole('" + Roles.MANAGER + "')")
    List<UUID> servedCaseFiles(UUID practiceId, LocalDate from, LocalDate to);
}
