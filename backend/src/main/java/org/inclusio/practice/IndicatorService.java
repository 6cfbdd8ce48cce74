package org.inclusio.practice;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/** The results framework of a practice: its indicators, their actuals and their measurements. */
public interface IndicatorService {

    /** The practice's indicators in the order of its objectives (those of the practice as a whole last). */
    @PreAuthorize(PracticeRoles.READ)
    List<Indicator> list(PracticeId practice);

    @PreAuthorize(PracticeRoles.READ)
    Indicator get(PracticeId practice, IndicatorId id);

    @PreAuthorize(PracticeRoles.MANAGE)
    Indicator define(PracticeId practice, @Valid DefineIndicator command);

    /** @param expectedVersion the version the caller started from; another one is refused as stale */
    @PreAuthorize(PracticeRoles.MANAGE)
    Indicator update(PracticeId practice, IndicatorId id, long expectedVersion, @Valid DefineIndicator changes);

    /** Removes the indicator with its measurements. */
    @PreAuthorize(PracticeRoles.MANAGE)
    void remove(PracticeId practice, IndicatorId id);

    @PreAuthorize(PracticeRoles.MANAGE)
    Indicator measure(PracticeId practice, IndicatorId id, @Valid RecordMeasurement measurement);
}
