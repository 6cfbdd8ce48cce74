package org.inclusio.consultation;

import jakarta.validation.Valid;
import org.inclusio.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/** The current organisation's partner directory: every member reads it; caseworkers, managers and admins keep it. */
public interface PartnerService {

    String KEEP = "hasAnyRole('" + Roles.CASEWORKER + "', '" + Roles.MANAGER + "', '" + Roles.ORG_ADMIN + "')";

    /** By name. */
    @PreAuthorize("hasRole('" + Roles.MEMBER + "')")
    List<Partner> list();

    @PreAuthorize("hasRole('" + Roles.MEMBER + "')")
    Partner get(PartnerId id);

    @PreAuthorize(KEEP)
    Partner create(@Valid PartnerDetails details);

    @PreAuthorize(KEEP)
    Partner update(PartnerId id, long expectedVersion, @Valid PartnerDetails details);

    /** Refused while referrals to the partner exist. */
    @PreAuthorize(KEEP)
    void delete(PartnerId id);
}
