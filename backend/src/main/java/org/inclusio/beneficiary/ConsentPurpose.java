package org.inclusio.beneficiary;

/** What a person agreed their data may be used for; each is given and withdrawn on its own. */
public enum ConsentPurpose {
    CASE_WORK,
    EVALUATION_AND_STATISTICS,
    REFERRAL_TO_PARTNERS
}
