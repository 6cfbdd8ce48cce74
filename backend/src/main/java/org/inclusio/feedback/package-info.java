/**
 * Anonymous feedback from beneficiaries: channels (forms, QR posters, survey rounds), public intake that stores
 * nothing identifying, receipt codes, triage with coding and public replies, "you said, we did", and the figures
 * managers and evaluations count on. Sensitive reports reach only protection focal points.
 */
@ApplicationModule(allowedDependencies = {"shared :: *", "tenant", "identity", "practice"})
@NullMarked
package org.inclusio.feedback;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
