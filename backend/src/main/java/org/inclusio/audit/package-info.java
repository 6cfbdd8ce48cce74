/**
 * The append-only audit log: who changed memberships, roles, clients and organisations, and who signed in, per
 * organisation and for the platform.
 */
@ApplicationModule(allowedDependencies = {"shared :: *", "tenant", "identity", "beneficiary", "privacy"})
@NullMarked
package org.inclusio.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
