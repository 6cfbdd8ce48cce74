package org.inclusio.consultation;

/** A barrier removed so that people could take part; only {@link #COMPENSATION} carries an amount. */
public enum Accommodation {
    CHILDCARE,
    COMPENSATION,
    TRAVEL_REIMBURSEMENT,
    ACCESSIBILITY_ADJUSTMENT,
    INTERPRETATION,
    FLEXIBLE_HOURS
}
