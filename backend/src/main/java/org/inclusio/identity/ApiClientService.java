package org.inclusio.identity;

import jakarta.validation.Valid;
import org.inclusio.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/** Machine clients of the current organisation; organisation administrators only. */
@PreAuthorize("hasRole('" + Roles.ORG_ADMIN + "')")
public interface ApiClientService {

    List<ApiClient> list();

    ApiClient get(ApiClientId id);

    CreatedApiClient create(@Valid CreateApiClient command);

    ApiClient revoke(ApiClientId id);
}
