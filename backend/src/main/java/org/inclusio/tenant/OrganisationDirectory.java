package org.inclusio.tenant;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Looks organisations up for the security plumbing, before anyone is authenticated (sign-in, the token endpoint,
 * public feedback links). Organisations hold no personal data.
 */
public interface OrganisationDirectory {

    Optional<Organisation> find(TenantId id);

    Optional<Organisation> findBySlug(String slug);

    List<Organisation> findAll(Collection<TenantId> ids);
}
