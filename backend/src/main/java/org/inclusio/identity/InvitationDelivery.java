package org.inclusio.identity;

/** How the invitation link reaches the person: by e-mail when SMTP is configured, otherwise handed over. */
public enum InvitationDelivery {
    EMAIL,
    LINK
}
