package org.inclusio.consultation;

/** Kinds of organisation represented at a group consultation, typically a round table. */
public enum StakeholderType {
    PUBLIC_AUTHORITY,
    NGO,
    MIGRANT_ASSOCIATION,
    EMPLOYER
}
