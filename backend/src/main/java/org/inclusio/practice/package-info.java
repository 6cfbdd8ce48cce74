/**
 * Practices (projects, services, programmes) an organisation runs: target groups, languages, partners and funding,
 * and the results framework of objectives and indicators. An indicator is computed from Inclusio's own records by a
 * named {@link org.inclusio.practice.IndicatorMetric} or measured by hand. Consultations, feedback channels and
 * assessments refer to a practice; evaluations judge one.
 */
@ApplicationModule(allowedDependencies = {"shared :: *", "tenant", "identity"})
@NullMarked
package org.inclusio.practice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
