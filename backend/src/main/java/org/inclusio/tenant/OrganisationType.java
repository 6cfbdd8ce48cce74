package org.inclusio.tenant;

/** Decides which framework checklist items apply: some apply to local authorities only. */
public enum OrganisationType {
    MUNICIPALITY,
    PUBLIC_AUTHORITY,
    NGO,
    REFUGEE_LED,
    OTHER;

    public boolean isLocalAuthority() {
        return this == MUNICIPALITY || this == PUBLIC_AUTHORITY;
    }
}
