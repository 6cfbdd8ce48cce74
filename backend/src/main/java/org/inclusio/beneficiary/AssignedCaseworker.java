package org.inclusio.beneficiary;

import org.inclusio.identity.UserAccountId;

/** The member a case file is assigned to, with the name colleagues know them by. */
public record AssignedCaseworker(UserAccountId id, String displayName) {
}
