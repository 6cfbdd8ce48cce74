/**
 * The append-only audit log: who changed memberships, roles, clients and organisations, and who signed in, per
 * organisation and for the platform, and every time a protection focal point opens a sensitive feedback report.
 */
@ApplicationModule(allowedDependencies = {"shared :: *", "tenant", "identity", "beneficiary", "privacy", "feedback"})
@NullMarked
package org.inclusio.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
