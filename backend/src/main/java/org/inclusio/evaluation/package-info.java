/**
 * Evidence and evaluation: the named metrics computed over a practice and period from the consultations, feedback and
 * needs assessments, which the practices' indicators and the periodic evaluations against good-practice frameworks
 * read.
 */
@ApplicationModule(allowedDependencies = {"shared :: *", "tenant", "identity", "beneficiary", "practice", "consultation", "feedback",
        "assessment"})
@NullMarked
package org.inclusio.evaluation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
