package org.inclusio.beneficiary;

public enum CaseFileStatus {
    OPEN,
    CLOSED
}
