package org.inclusio.assessment;

/** How soon a finding should be acted on. */
public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
