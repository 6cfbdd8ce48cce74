/**
 * People, their memberships and roles in organisations, machine clients, sign-in and tokens: the embedded
 * OAuth2/OpenID Connect issuer, the API's resource server and the actor every request acts as.
 */
@ApplicationModule(allowedDependencies = {"shared :: *", "tenant"})
@NullMarked
package org.inclusio.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
