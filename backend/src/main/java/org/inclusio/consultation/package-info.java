/**
 * Consultations (individual and group), their topics and anonymous headcounts, follow-ups, the partner directory and
 * referrals to partners: the daily work of caseworkers and intercultural workers, and the evidence of who was
 * reached and whether they were consulted.
 */
@ApplicationModule(allowedDependencies = {"shared :: *", "tenant", "identity", "beneficiary", "practice"})
@NullMarked
package org.inclusio.consultation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
