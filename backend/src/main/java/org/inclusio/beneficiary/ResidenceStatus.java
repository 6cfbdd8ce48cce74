package org.inclusio.beneficiary;

/** Residence status category: special-category data, sealed at rest and never shown to intercultural workers. */
public enum ResidenceStatus {
    ASYLUM_SEEKER,
    REFUGEE,
    SUBSIDIARY_PROTECTION,
    TEMPORARY_PROTECTION,
    OTHER_THIRD_COUNTRY_NATIONAL,
    EU_CITIZEN,
    STATELESS,
    UNDOCUMENTED,
    NOT_STATED
}
