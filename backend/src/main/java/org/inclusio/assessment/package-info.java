/**
 * Needs assessments: individual ones on a case file (needs per domain, barriers, capacities, goals agreed with the
 * person, reassessments compared with the one before) and participatory ones with a community (who took part,
 * findings and the actions that changed the service), the needs overview of the active caseload, and the evidence
 * figures evaluations count on.
 */
@ApplicationModule(allowedDependencies = {"shared :: *", "tenant", "identity", "beneficiary", "consultation",
        "practice"})
@NullMarked
package org.inclusio.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
