package org.inclusio.tenant;

/** A suspended organisation keeps its data, but its members cannot sign in and its tokens are refused. */
public enum OrganisationStatus {
    ACTIVE,
    SUSPENDED
}
