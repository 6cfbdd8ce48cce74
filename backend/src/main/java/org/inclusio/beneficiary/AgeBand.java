package org.inclusio.beneficiary;

import java.time.Year;

/** Age bands for statistics and for a group session's anonymous headcount. */
public enum AgeBand {
    UNDER_18(0, 17),
    AGE_18_24(18, 24),
    AGE_25_34(25, 34),
    AGE_35_49(35, 49),
    AGE_50_64(50, 64),
    AGE_65_PLUS(65, Integer.MAX_VALUE),
    NOT_STATED(-1, -1);

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** The band of someone born in {@code birthYear}, as of {@code today}'s year. */
    public static AgeBand of(int birthYear, Year today) {
        int age = today.getValue() - birthYear;
        for (AgeBand band : values()) {
            if (band != NOT_STATED && age >= band.from && age <= band.to) {
                return band;
            }
        }
        return NOT_STATED;
    }
}
