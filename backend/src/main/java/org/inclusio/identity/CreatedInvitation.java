package org.inclusio.identity;

import org.jspecify.annotations.Nullable;

/**
 * @param link the one-time link, only when it is not sent by e-mail: shown this once to the administrator to hand
 *             over, never stored
 */
public record CreatedInvitation(Invitation invitation, @Nullable String link) {

    @Override
    public String toString() {
        return "CreatedInvitation[invitation=" + invitation.id() + "]";
    }
}
