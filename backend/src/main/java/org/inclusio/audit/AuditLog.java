package org.inclusio.audit;

import org.inclusio.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/** Reading the audit logs; newest first. Nobody can change or delete an entry. */
public interface AuditLog {

    int MAX_ENTRIES = 500;

    @PreAuthorize("hasRole('" + Roles.ORG_ADMIN + "')")
    List<AuditEvent> organisationEvents(int limit);

    @PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
    List<AuditEvent> platformEvents(int limit);
}
