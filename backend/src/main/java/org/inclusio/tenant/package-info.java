/**
 * Organisations (tenants) and the tenant wall: the tenant of every transaction comes from the authenticated actor,
 * reaches Hibernate ({@code @TenantId}) and PostgreSQL ({@code app.tenant_id}, row-level security).
 */
@ApplicationModule(allowedDependencies = "shared :: *")
@NullMarked
package org.inclusio.tenant;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
