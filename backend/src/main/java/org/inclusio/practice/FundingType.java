package org.inclusio.practice;

/** Where a practice's money comes from: several kinds, and own income, are the evidence of sustainability. */
public enum FundingType {
    EU, NATIONAL, REGIONAL, MUNICIPAL, FOUNDATION, OWN_INCOME
}
