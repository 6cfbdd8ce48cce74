package org.inclusio.consultation;

/** What a partner in the directory is. */
public enum PartnerKind {
    PUBLIC_AUTHORITY,
    NGO,
    MIGRANT_ASSOCIATION,
    HEALTH_SERVICE,
    EDUCATION_PROVIDER,
    LEGAL_AID,
    EMPLOYER,
    OTHER
}
