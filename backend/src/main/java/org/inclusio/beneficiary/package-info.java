/**
 * Case files of the people an organisation supports: who they are (as much as they agreed to tell), consent per
 * purpose, special-category data sealed at rest, every change versioned and every read recorded.
 */
@ApplicationModule(allowedDependencies = {"shared :: *", "tenant", "identity"})
@NullMarked
package org.inclusio.beneficiary;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
