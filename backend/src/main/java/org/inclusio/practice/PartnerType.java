package org.inclusio.practice;

/** What kind of organisation a partner of a practice is: the evidence of partnership and collaboration. */
public enum PartnerType {
    PUBLIC_AUTHORITY, PUBLIC_SERVICE, NGO, MIGRANT_ASSOCIATION, EMPLOYER, EDUCATION, INTERNATIONAL, OTHER
}
