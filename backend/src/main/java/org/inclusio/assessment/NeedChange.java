package org.inclusio.assessment;

/**
 * How a domain changed from one assessment to the next: a lower level, or the same level with a better status, is an
 * improvement; a higher level, or the same level with a worse status, is worse. NEW when only the later assessment
 * covers the domain, NOT_REASSESSED when only the earlier one does.
 */
public enum NeedChange {
    IMPROVED,
    SAME,
    WORSE,
    NEW,
    NOT_REASSESSED
}
