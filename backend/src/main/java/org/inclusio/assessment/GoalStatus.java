package org.inclusio.assessment;

/** Where a goal of the integration plan stands. */
public enum GoalStatus {
    AGREED,
    IN_PROGRESS,
    ACHIEVED,
    DROPPED
}
