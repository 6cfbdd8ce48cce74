/**
 * Shared kernel: the embedded database, web error handling and the building blocks every feature uses.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.inclusio.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
