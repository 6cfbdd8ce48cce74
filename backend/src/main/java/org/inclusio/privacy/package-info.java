/**
 * Data-subject rights and retention: everything about one person exported (JSON and a readable PDF), a person
 * erased by anonymisation that keeps statistics adding up, and closed case files anonymised automatically after the
 * organisation's retention period.
 */
@ApplicationModule(allowedDependencies = {"shared :: *", "tenant", "beneficiary"})
@NullMarked
package org.inclusio.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
