package org.inclusio.assessment;

/** How great a need is, from none to urgent; the declaration order is the order of severity. */
public enum NeedLevel {
    NONE,
    LOW,
    MEDIUM,
    HIGH,
    URGENT
}
