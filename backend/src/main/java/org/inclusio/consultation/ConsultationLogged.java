package org.inclusio.consultation;

import org.inclusio.tenant.TenantId;

import java.time.LocalDate;

/** A consultation was logged (or imported). No personal data: what, when and whether it was participatory. */
public record ConsultationLogged(TenantId organisation, ConsultationId consultation, LocalDate heldOn,
                                 ConsultationType type, ConsultationPurpose purpose, boolean participatory) {
}
