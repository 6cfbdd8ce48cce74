package org.inclusio.practice;

/** Where a practice is in its life. */
public enum PracticeStatus {
    PLANNED, RUNNING, COMPLETED, SUSPENDED
}
